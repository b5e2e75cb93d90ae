import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import postgres from "postgres";

// A deployment that runs `npm run db:migrate` as each instance starts (a container's entry point, say) starts several
// at once against one database. The migration takes an advisory lock (db/index.ts, migrateServer): the second waits for
// the first and finds nothing left to do, instead of failing halfway through the same CREATE statements.

// Playwright runs from the repository root (its configuration file is there).
const root = process.cwd();

function migrate(url: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules", ".bin", "tsx"), "--conditions=react-server", "--tsconfig", "tsconfig.json", "scripts/db-migrate.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: crypto.randomBytes(32).toString("base64url") },
    });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

test("three instances migrating one empty database at once all succeed, and each migration is applied once", async () => {
  test.setTimeout(120_000);
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error("This test needs a PostgreSQL server: set DATABASE_URL (a database is created on it and dropped after).");
  const name = `amity_migrate_${crypto.randomBytes(4).toString("hex")}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const target = postgres(url.toString(), { max: 1, onnotice: () => {} });
  try {
    const results = await Promise.all([migrate(url.toString()), migrate(url.toString()), migrate(url.toString())]);
    for (const { code, output } of results) expect(code, output).toBe(0);
    const journal = JSON.parse(fs.readFileSync(path.join(root, "drizzle", "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
    const [row] = await target<{ applied: number }[]>`select count(*)::int as applied from drizzle.__drizzle_migrations`;
    expect(row?.applied).toBe(journal.entries.length);
    // The schema is whole: the last migration's indexes are there, once.
    const indexes = await target<{ indexname: string }[]>`select indexname from pg_indexes where tablename = 'places' and indexname = 'places_search_name_idx'`;
    expect(indexes).toHaveLength(1);
  } finally {
    await target.end();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});
