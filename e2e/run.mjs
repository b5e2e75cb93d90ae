// npm run test:e2e: builds the app, gives it a fresh database, and runs Playwright against `next start`.
// With DATABASE_URL: a new database on that server, dropped afterwards. Without: a new embedded database in a
// temporary directory, seeded with the demo data and accounts as a newcomer's would be.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { bin, freePort, run } from "../scripts/lib/harness.mjs";
import { findChromium } from "./browser.cjs";

const chromium = findChromium();
if (!chromium) {
  console.error("No Chromium found for the end-to-end tests: install one (apt-get install -y chromium) or set CHROMIUM_PATH.");
  process.exit(1);
}

const skipBuild = process.argv.includes("--no-build");
if (!skipBuild) {
  const built = await run(bin("next"), ["build"]);
  if (built !== 0) process.exit(built);
}

const env = {
  ...process.env,
  CHROMIUM_PATH: chromium,
  E2E_PORT: String(await freePort()),
  AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
};
let cleanup = async () => {};

if (process.env.DATABASE_URL) {
  const name = `amity_e2e_${Date.now()}_${crypto.randomBytes(3).toString("hex")}`;
  const prepared = await run(bin("tsx"), ["--conditions=react-server", "scripts/fresh-database.ts", "create", name], env);
  if (prepared !== 0) process.exit(prepared);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = () => run(bin("tsx"), ["--conditions=react-server", "scripts/fresh-database.ts", "drop", name], process.env);
} else {
  console.log("The database fault tests (e2e/staff-faults.spec.ts) need a PostgreSQL server: set DATABASE_URL to run them too.");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-e2e-"));
  env.AMITY_DATA_DIR = dir;
  cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
}

const args = process.argv.slice(2).filter((a) => a !== "--no-build");
const code = await run(bin("playwright"), ["test", ...args], env);
await cleanup();
process.exit(code);
