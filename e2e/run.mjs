// npm run test:e2e: builds the app, gives it a fresh database, and runs Playwright against `next start`.
// With DATABASE_URL: a new database on that server, dropped afterwards. Without: a new embedded database in a
// temporary directory, seeded with the demo data and accounts as a newcomer's would be.
// Then, on a full run with DATABASE_URL, the two-instance test (playwright.cluster.config.ts: two instances, Redis and
// HAProxy of its own, on a database of its own). `--cluster` runs only that one.
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
const clusterOnly = process.argv.includes("--cluster");
if (!skipBuild) {
  const built = await run(bin("next"), ["build"]);
  if (built !== 0) process.exit(built);
}

// The main run tests the default, in-memory cache (a newcomer's). The shared cache in Redis has its own tests:
// tests/shared-cache.test.ts and the two-instance test below.
const { REDIS_URL: _sharedCache, ...inherited } = process.env;
const env = {
  ...inherited,
  CHROMIUM_PATH: chromium,
  E2E_PORT: String(await freePort()),
  AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
};
let cleanup = async () => {};

if (clusterOnly) {
  // Only the two-instance test, which prepares its own database.
} else if (process.env.DATABASE_URL) {
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

const args = process.argv.slice(2).filter((a) => a !== "--no-build" && a !== "--cluster");
let code = 0;
if (!clusterOnly) {
  code = await run(bin("playwright"), ["test", ...args], env);
}
await cleanup();

// The two-instance test, on a full run (not when a subset of specs was asked for): it needs a PostgreSQL server that
// both instances share, and makes its own database there.
if (clusterOnly || args.length === 0) {
  if (process.env.DATABASE_URL) {
    const clusterCode = await run(bin("playwright"), ["test", "-c", "playwright.cluster.config.ts", ...(clusterOnly ? args : [])], {
      ...process.env,
      CHROMIUM_PATH: chromium,
    });
    code ||= clusterCode;
  } else {
    console.log("The two-instance test (e2e/cluster/) needs a PostgreSQL server that both instances share: set DATABASE_URL to run it too.");
    if (clusterOnly) code = 1;
  }
}
process.exit(code);
