import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openEmbedded, rowsOf } from "@/db";

// The command-line scripts as an operator runs them, on an embedded database of their own.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-scripts-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function npmRun(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync("npm", ["run", "--silent", script, "--", ...args], {
    env: { ...process.env, DATABASE_URL: "", AMITY_DATA_DIR: dataDir, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  const lines = (text: string) => text.split("\n").filter((l) => l.trim() && !l.startsWith("npm warn"));
  return { status: result.status, out: lines(result.stdout), err: lines(result.stderr) };
}

describe("user:create", () => {
  const args = ["--email", "ops@example.org", "--name", "Operations Lead", "--role", "admin"];

  it("creates an account with the password from AMITY_USER_PASSWORD", () => {
    const result = npmRun("user:create", args, { AMITY_USER_PASSWORD: "correct horse battery" });
    expect(result.err).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.out.at(-1)).toMatch(/^Created admin account ops@example\.org \(id \d+, staff language zh, the province's office\)\.$/);
  });

  it("takes the staff language with --locale, and refuses one it does not know", () => {
    const english = npmRun("user:create", ["--email", "en@example.org", "--name", "English Reader", "--role", "viewer", "--locale", "en"], {
      AMITY_USER_PASSWORD: "correct horse battery",
    });
    expect(english.err).toEqual([]);
    expect(english.out.at(-1)).toMatch(/^Created viewer account en@example\.org \(id \d+, staff language en, the province's office\)\.$/);
    const french = npmRun("user:create", ["--email", "fr@example.org", "--name", "French Reader", "--role", "viewer", "--locale", "fr"], {
      AMITY_USER_PASSWORD: "correct horse battery",
    });
    expect(french.err).toEqual(["user:create failed: locale: Choose one of the options."]);
  });

  it("takes the office with --office (a city's address), and refuses a place that is no city office", async () => {
    const qingdao = npmRun("user:create", ["--email", "qd@example.org", "--name", "Qingdao Editor", "--role", "editor", "--office", "qingdao"], {
      AMITY_USER_PASSWORD: "correct horse battery",
    });
    expect(qingdao.err).toEqual([]);
    expect(qingdao.out.at(-1)).toMatch(/^Created editor account qd@example\.org \(id \d+, staff language zh, Qingdao's office\)\.$/);
    const nowhere = npmRun("user:create", ["--email", "nowhere@example.org", "--name", "Nowhere", "--role", "editor", "--office", "vantaa"], {
      AMITY_USER_PASSWORD: "correct horse battery",
    });
    expect(nowhere.status).toBe(1);
    expect(nowhere.err).toEqual([`user:create failed: --office: no city of the province has the address "vantaa" (see Staff → Places, the province's own)`]);
    const handle = await openEmbedded(path.join(dataDir, "pglite"), { seed: false });
    try {
      const rows = rowsOf<{ email: string; office: string | null }>(
        await handle.db.execute(sql`select u.email, p.slug as office from users u left join places p on p.id = u.office_place_id where u.email in ('qd@example.org', 'nowhere@example.org')`),
      );
      expect(rows).toEqual([{ email: "qd@example.org", office: "qingdao" }]);
    } finally {
      await handle.close();
    }
  });

  it("refuses the same email again, whatever its case, in one line", () => {
    const result = npmRun("user:create", ["--email", "OPS@example.org", "--name", "Again", "--role", "viewer"], {
      AMITY_USER_PASSWORD: "correct horse battery",
    });
    expect(result.status).toBe(1);
    expect(result.err).toEqual(["user:create failed: An account with the email OPS@example.org already exists."]);
  });

  it("refuses a short password and an unknown role, in one line each", () => {
    const short = npmRun("user:create", ["--email", "new@example.org", "--name", "New", "--role", "editor"], {
      AMITY_USER_PASSWORD: "too-short",
    });
    expect(short.status).toBe(1);
    expect(short.err).toEqual(["user:create failed: password: Use at least 12 characters."]);
    const role = npmRun("user:create", ["--email", "new@example.org", "--name", "New", "--role", "owner"], {
      AMITY_USER_PASSWORD: "long enough password",
    });
    expect(role.status).toBe(1);
    expect(role.err).toEqual(["user:create failed: role: Choose a role: viewer, editor or admin."]);
  });

  it("refuses a password that is easy to guess, saying why in one line", () => {
    const result = npmRun("user:create", ["--email", "new@example.org", "--name", "New Person", "--role", "editor"], {
      AMITY_USER_PASSWORD: "passwordpassword",
    });
    expect(result.status).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^user:create failed: password: This password is too easy to guess\. .*repeat/i);
  });

  it("asks for the password when there is no terminal and no variable, without hanging", () => {
    const result = npmRun("user:create", ["--email", "x@example.org", "--name", "X", "--role", "viewer"], {
      AMITY_USER_PASSWORD: "",
    });
    expect(result.status).toBe(1);
    expect(result.err).toEqual(["user:create failed: no terminal to ask for the password: set AMITY_USER_PASSWORD"]);
  });
});

describe("user:unlock", () => {
  /** Runs a query on the scripts' embedded database, closed again before the next script opens it. */
  async function onScriptsDatabase<T>(query: ReturnType<typeof sql>): Promise<T[]> {
    const handle = await openEmbedded(path.join(dataDir, "pglite"), { seed: false });
    try {
      return rowsOf<T>(await handle.db.execute(query));
    } finally {
      await handle.close();
    }
  }

  it("clears the sign-in limits of one account, at every address, and leaves the others", async () => {
    await onScriptsDatabase(sql`insert into sign_in_throttle (key, failures, locked_until, lockouts) values
      ('account:ops@example.org', 12, null, 0),
      ('pair:192.0.2.5|ops@example.org', 0, now() + interval '1 hour', 1),
      ('pair:198.51.100.5|ops@example.org', 3, null, 0),
      ('client:192.0.2.5', 3, null, 0),
      ('pair:192.0.2.5|other@example.org', 0, now() + interval '1 hour', 1)`);
    const result = npmRun("user:unlock", ["--email", "OPS@example.org"]);
    expect(result.err).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.out.at(-1)).toBe("Cleared 3 sign-in limits of ops@example.org.");
    const left = await onScriptsDatabase<{ key: string }>(sql`select key from sign_in_throttle order by key`);
    expect(left.map((r) => r.key)).toEqual(["client:192.0.2.5", "pair:192.0.2.5|other@example.org"]);
  });

  it("asks for the email in one line", () => {
    const result = npmRun("user:unlock", []);
    expect(result.status).toBe(1);
    expect(result.err).toEqual(["user:unlock failed: Usage: npm run user:unlock -- --email name@example.org"]);
  });
});

describe("db:reset", () => {
  it("refuses to touch a server database", () => {
    const result = npmRun("db:reset", [], { DATABASE_URL: "postgres://127.0.0.1:9/amity", AUTH_SECRET: "x".repeat(32) });
    expect(result.status).toBe(1);
    expect(result.err).toEqual([
      "db:reset failed: db:reset only resets the embedded database; unset DATABASE_URL (it never drops a server database).",
    ]);
  });
});
