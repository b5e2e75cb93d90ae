import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

/** Starts the built app with the given environment and collects what it says until it exits (or 60 s pass). */
function startWith(env: Record<string, string>): Promise<{ code: number | null; stderr: string[] }> {
  return new Promise((resolve) => {
    const child = spawn("node_modules/.bin/next", ["start", "-p", "0", "-H", "127.0.0.1"], {
      env: { ...process.env, DATABASE_URL: "", AUTH_SECRET: "", ...env },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr: stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn")) });
    });
  });
}

test.describe("starting with a bad configuration", () => {
  test.describe.configure({ timeout: 90_000 });

  test("an unreachable DATABASE_URL stops the server with one line", async () => {
    const { code, stderr } = await startWith({ DATABASE_URL: "postgres://amity@127.0.0.1:9/amity", AUTH_SECRET: "s".repeat(32) });
    expect(code).toBe(1);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^Cannot reach the database at DATABASE_URL \(127\.0\.0\.1:9\/amity\): /);
  });

  test("a server database without AUTH_SECRET stops the server with one line", async () => {
    const { code, stderr } = await startWith({ DATABASE_URL: "postgres://amity@127.0.0.1:9/amity" });
    expect(code).toBe(1);
    expect(stderr).toEqual([
      "Invalid configuration: AUTH_SECRET is required when DATABASE_URL is set (try: openssl rand -base64 32).",
    ]);
  });

  test("a malformed variable stops the server with one line", async () => {
    const { code, stderr } = await startWith({ DATABASE_POOL_SIZE: "plenty" });
    expect(code).toBe(1);
    expect(stderr).toEqual(["Invalid configuration: DATABASE_POOL_SIZE must be a whole number."]);
  });

  test("the embedded demo's accounts on an https site (a real deployment) stop the server with one line", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-demo-https-"));
    try {
      const { code, stderr } = await startWith({ AMITY_SITE_URL: "https://partners.example.gov", AMITY_DATA_DIR: dir });
      expect(code).toBe(1);
      expect(stderr).toEqual([
        "Refusing to start: the demo accounts (published password amity-demo) can sign in, and AMITY_SITE_URL (https://partners.example.gov) is a real site. Use a PostgreSQL server (DATABASE_URL) with accounts made by npm run user:create.",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
