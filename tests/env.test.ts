import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/env";

const secret = "x".repeat(32);

describe("environment", () => {
  it("needs nothing for the embedded demo", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ mode: "embedded", DATABASE_POOL_SIZE: 10, AMITY_SESSION_HOURS: 8 });
    expect(env.dataDir).toBe(path.resolve(".data"));
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", AUTH_SECRET: "" }).mode).toBe("embedded");
  });

  it.each([
    [{ DATABASE_URL: "postgres://localhost/amity" }, "Invalid configuration: AUTH_SECRET is required when DATABASE_URL is set"],
    [{ DATABASE_URL: "mysql://localhost/amity", AUTH_SECRET: secret }, "Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL."],
    [{ DATABASE_URL: "not a url", AUTH_SECRET: secret }, "Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL."],
    [{ DATABASE_POOL_SIZE: "lots" }, "Invalid configuration: DATABASE_POOL_SIZE must be a whole number."],
    [{ DATABASE_POOL_SIZE: "0" }, "Invalid configuration: DATABASE_POOL_SIZE must be between 1 and 100."],
    [{ AUTH_SECRET: "short" }, "Invalid configuration: AUTH_SECRET must be at least 32 characters"],
    [{ AMITY_SESSION_HOURS: "24" }, "Invalid configuration: AMITY_SESSION_HOURS must be between 0.25 and 8 hours."],
  ])("refuses %o with one line", (vars, message) => {
    expect(() => parseEnv(vars)).toThrow(ConfigError);
    try {
      parseEnv(vars);
    } catch (error) {
      expect((error as Error).message).toContain(message);
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("a script against an unreachable database exits non-zero with one line and no stack trace", () => {
    const result = spawnSync("npm", ["run", "--silent", "db:migrate"], {
      env: { ...process.env, DATABASE_URL: "postgres://amity@127.0.0.1:9/amity", AUTH_SECRET: secret },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split("\n").filter((l) => l.trim() && !l.includes("npm warn"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Migrating the database at DATABASE_URL \(127\.0\.0\.1:9\/amity\) failed: /);
  });
});
