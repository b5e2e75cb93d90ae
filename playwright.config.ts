import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./e2e/browser.cjs";

// Run through `npm run test:e2e` (e2e/run.mjs), which builds the app, prepares a fresh database and sets E2E_PORT.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// The server runs as `npm start` runs it, with the heap limit of package.json (config.heapMb).
const { heapMb } = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { config: { heapMb: number } }).config;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // A test is a user's whole errand (several pages, two people); on two cores with two workers, 30 s was too tight.
  timeout: 60_000,
  // A save answers with a redirect and a page rendered anew; with two workers on two cores that can pass 5 s.
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: findChromium() ?? undefined, args: chromiumArgs },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    // The public site, and signing in. Where a spec counts, it counts what it made itself, compares two pages of one
    // moment, or looks at demo records no spec changes: staff specs may run before, after or alongside.
    { name: "public", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"], testIgnore: /staff-.*\.spec\.ts/ },
    // Staff at work: these specs create, edit and publish, each with records or names of its own.
    { name: "staff", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"], testMatch: /staff-.*\.spec\.ts/ },
  ],
  webServer: {
    command: `node_modules/.bin/next start -p ${port} -H localhost`,
    env: { NODE_OPTIONS: `--max-old-space-size=${heapMb} ${process.env.NODE_OPTIONS ?? ""}`.trim() },
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
