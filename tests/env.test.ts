import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, officeContact, parseEnv } from "@/lib/env";

const secret = "x".repeat(32);

describe("environment", () => {
  it("needs nothing for the embedded demo", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ mode: "embedded", DATABASE_POOL_SIZE: 10, AMITY_SESSION_HOURS: 8 });
    expect(env.dataDir).toBe(path.resolve(".data"));
  });

  it("gives the office's contact as configured, and marks the demo's stand-in as a placeholder", () => {
    expect(officeContact(parseEnv({}))).toEqual({
      addressEn: "Jinan, Shandong Province, China",
      addressZh: "中国山东省济南市",
      phone: null,
      email: null,
      placeholder: true,
    });
    const configured = parseEnv({
      AMITY_OFFICE_ADDRESS_EN: "1 Example Road, Jinan",
      AMITY_OFFICE_ADDRESS_ZH: "济南市示例路1号",
      AMITY_OFFICE_PHONE: "+86 531 1234 5678",
      AMITY_OFFICE_EMAIL: "office@example.org",
    });
    expect(officeContact(configured)).toEqual({
      addressEn: "1 Example Road, Jinan",
      addressZh: "济南市示例路1号",
      phone: "+86 531 1234 5678",
      email: "office@example.org",
      placeholder: false,
    });
    expect(parseEnv({}).AMITY_RECORDS_COMPLETE).toBe(false);
    expect(parseEnv({ AMITY_RECORDS_COMPLETE: "true" }).AMITY_RECORDS_COMPLETE).toBe(true);
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
    [{ AMITY_OFFICE_PHONE: "call us" }, "Invalid configuration: AMITY_OFFICE_PHONE must be a telephone number in digits"],
    [{ AMITY_OFFICE_EMAIL: "office at example" }, "Invalid configuration: AMITY_OFFICE_EMAIL must be an email address."],
    [{ AMITY_RECORDS_COMPLETE: "yes" }, "Invalid configuration: AMITY_RECORDS_COMPLETE must be true or false."],
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
