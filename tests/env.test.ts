import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, officeContact, parseEnv } from "@/lib/env";
import { mapHeight, mapWidth } from "@/lib/world-map";

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
    // A telephone alone doesn't make the demo's city a real address: it still says it stands in.
    expect(officeContact(parseEnv({ AMITY_OFFICE_PHONE: "+86 531 1234 5678" }))).toMatchObject({ addressEn: "Jinan, Shandong Province, China", placeholder: true });
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

  describe("an office's own base map", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-base-map-"));
    const file = (name: string, text: string) => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, text);
      return p;
    };
    const approved = file("approved.svg", `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapWidth} ${mapHeight}"><path d="M0 0h1v1z"/></svg>`);
    const otherBox = file("other-box.svg", `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 500"></svg>`);
    const notSvg = file("map.png", "\u0089PNG");

    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("is an SVG in the maps' box, with its approval number (审图号)", () => {
      const env = parseEnv({ AMITY_BASE_MAP: path.relative(process.cwd(), approved), AMITY_BASE_MAP_APPROVAL: " GS(2024)1234号 " });
      expect(env.AMITY_BASE_MAP).toBe(approved);
      expect(env.AMITY_BASE_MAP_APPROVAL).toBe("GS(2024)1234号");
    });

    it.each([
      [{ AMITY_BASE_MAP: approved }, "Invalid configuration: AMITY_BASE_MAP_APPROVAL is required when AMITY_BASE_MAP is set (the map's approval number, 审图号, such as GS(2024)1234号)."],
      [{ AMITY_BASE_MAP_APPROVAL: "GS(2024)1234号" }, "Invalid configuration: AMITY_BASE_MAP_APPROVAL is set but AMITY_BASE_MAP (the approved map it numbers) is not."],
      [{ AMITY_BASE_MAP: path.join(dir, "missing.svg"), AMITY_BASE_MAP_APPROVAL: "GS(2024)1234号" }, "Invalid configuration: AMITY_BASE_MAP must be the path of a readable SVG file."],
      [{ AMITY_BASE_MAP: dir, AMITY_BASE_MAP_APPROVAL: "GS(2024)1234号" }, "Invalid configuration: AMITY_BASE_MAP must be the path of a readable SVG file."],
      [{ AMITY_BASE_MAP: notSvg, AMITY_BASE_MAP_APPROVAL: "GS(2024)1234号" }, 'Invalid configuration: AMITY_BASE_MAP must be an SVG file whose <svg> has viewBox="0 0 960 480"'],
      [{ AMITY_BASE_MAP: otherBox, AMITY_BASE_MAP_APPROVAL: "GS(2024)1234号" }, 'Invalid configuration: AMITY_BASE_MAP must be an SVG file whose <svg> has viewBox="0 0 960 480"'],
      [{ AMITY_BASE_MAP: approved, AMITY_BASE_MAP_APPROVAL: "GS(2024)\n1234号" }, "Invalid configuration: AMITY_BASE_MAP_APPROVAL must be one line of text."],
    ])("refuses %o with one line", (vars, message) => {
      expect(() => parseEnv(vars)).toThrow(ConfigError);
      expect(() => parseEnv(vars)).toThrow(message);
    });
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
