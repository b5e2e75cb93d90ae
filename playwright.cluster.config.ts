import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./e2e/browser.cjs";

// The two-instance test (e2e/cluster/): it starts its own cluster (two `next start` instances of the existing build, a
// private Redis, HAProxy) on a fresh database on the PostgreSQL server at DATABASE_URL. Run by `npm run test:e2e` after
// the main run, or alone with `npm run test:cluster`.
export default defineConfig({
  testDir: "./e2e/cluster",
  // Named *.cluster.ts so that the main run (playwright.config.ts, every *.spec.ts under e2e/) leaves it alone.
  testMatch: /\.cluster\.ts$/,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [["list"]],
  timeout: 90_000,
  use: {
    ...devices["Desktop Chrome"],
    trace: "retain-on-failure",
    launchOptions: { executablePath: findChromium() ?? undefined, args: chromiumArgs },
  },
});
