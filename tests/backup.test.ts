import { spawnSync } from "node:child_process";
import crypto, { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEmbedded, openServer, rowsOf, setDatabase, type Db, type Handle } from "@/db";
import * as schema from "@/db/schema";
import { demoAccounts, demoPassword } from "@/db/seed";
import { checkBackup, exportBackup, restoreBackup, type BackupManifest } from "@/lib/data/backup";
import { verifyCredentials } from "@/lib/data/sign-in";
import { createContact, updateContact } from "@/lib/kinds/contact/staff";
import type { Actor } from "@/lib/records/actor";
import { archiveDraft, deleteRecord } from "@/lib/records/lifecycle";
import { changeWithoutReview } from "@/lib/records/review";
import { freshDatabase } from "./support/db";

/** This code's migrations (drizzle's journal), and the tables a backup holds: every table but the sign-in limits. */
const journal = JSON.parse(fs.readFileSync(path.join(process.cwd(), "drizzle", "meta", "_journal.json"), "utf8")) as { entries: { idx: number; tag: string }[] };
const lastMigration = journal.entries.at(-1)!.tag;
const previousMigration = journal.entries.at(-2)!.tag;
const backedUpTables = Object.values(schema).filter((v) => is(v, PgTable)).length - 1;
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A full backup and its restore: the demo, edited by staff, exported and restored into an empty database, must come
 * back row for row, on PostgreSQL (DATABASE_URL) and on PGlite. Each damaged backup is refused with its reason and
 * leaves the empty database empty.
 */
type Fresh = Handle & { drop: () => Promise<void> };
let source: Fresh;
let target: Fresh;
let empty: Fresh;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "amity-backup-"));
const backupDir = path.join(work, "backup");

let deletedContactId: number;
let maxAuditId: number;

afterAll(async () => {
  await Promise.all([source?.drop(), target?.drop(), empty?.drop()]);
  fs.rmSync(work, { recursive: true, force: true });
});

async function query<T>(db: Db, statement: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await db.execute(statement));
}

async function actor(db: Db, email: string): Promise<Actor> {
  const [row] = await query<Actor>(db, sql`select id, email, name, role, office_place_id as "officePlaceId" from users where email = ${email}`);
  return row!;
}

async function tableNames(db: Db): Promise<string[]> {
  return (
    await query<{ name: string }>(db, sql`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`)
  ).map((r) => r.name);
}

/** Every row of every table, as PostgreSQL writes a row as text (generated columns included), in primary key order. */
async function everyRow(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const name of await tableNames(db)) {
    const key = await query<{ column: string }>(
      db,
      sql`select a.attname as column from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
          where i.indrelid = to_regclass(${`"${name}"`}) and i.indisprimary order by array_position(i.indkey, a.attnum)`,
    );
    const order = sql.join(key.map((k) => sql.identifier(k.column)), sql`, `);
    out[name] = (await query<{ row: string }>(db, sql`select t::text as row from ${sql.identifier(name)} t order by ${order}`)).map((r) => r.row);
  }
  return out;
}

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of await tableNames(db)) {
    const [row] = await query<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(name)}`);
    out[name] = row!.n;
  }
  return out;
}

const emptyCounts = async (db: Db) => Object.fromEntries((await tableNames(db)).map((name) => [name, 0]));

const readManifest = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as BackupManifest;

/** A copy of the good backup, changed by `damage` (which may rewrite the manifest, as a careless hand edit would). */
function damagedCopy(name: string, damage: (dir: string, manifest: BackupManifest) => void): string {
  const dir = path.join(work, name);
  fs.cpSync(backupDir, dir, { recursive: true });
  const manifest = readManifest(dir);
  damage(dir, manifest);
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return dir;
}

/** Makes the manifest agree with a file that was changed on purpose: only the line inside is wrong then. */
function resum(dir: string, manifest: BackupManifest, file: string) {
  const bytes = fs.readFileSync(path.join(dir, file));
  const entry = manifest.tables.find((t) => t.file === file)!;
  entry.sha256 = createHash("sha256").update(bytes).digest("hex");
  entry.bytes = bytes.length;
}

beforeAll(async () => {
  source = await freshDatabase({ seed: true });
  const db = source.db;
  const editor = await actor(db, "editor@example.org");
  const admin = await actor(db, "admin@example.org");

  // Staff edits through the data layer: versions above 1, audit entries with Chinese text in their JSON.
  const protocol = { nameEn: "Protocol Division", nameZh: "礼宾处", phone: "+86 531 0000 0000", email: "protocol@example.org", addressEn: "Jinan, Shandong", addressZh: "山东省济南市" };
  const { id: published } = await createContact({ input: protocol }, editor);
  await updateContact({ id: published, version: 1, input: { ...protocol, nameZh: "外事办礼宾处", addressZh: "济南市历下区 “省府前街” 1号" } }, editor);
  await changeWithoutReview({ kind: "contact", id: published, version: 2, operation: "publish", reason: "A backup of a published record" }, admin);
  const { id: archived } = await createContact({ input: { ...protocol, nameEn: "Visa Office", nameZh: "签证处" } }, editor);
  await archiveDraft({ kind: "contact", id: archived, version: 1 }, editor);
  await createContact({ input: { ...protocol, nameEn: "Draft Section", nameZh: null, email: null } }, editor);
  ({ id: deletedContactId } = await createContact({ input: { ...protocol, nameEn: "Short-lived" } }, editor));
  await deleteRecord({ kind: "contact", id: deletedContactId, version: 1 }, editor);
  expect(await verifyCredentials({ email: "editor@example.org", password: demoPassword })).not.toBeNull();

  // Values no form writes, at the edges of their types: a bigint past 2^53, a numeric past a double's digits,
  // microseconds and an offset, wall-clock times, a float with all its digits, and an account changed by a later one.
  const [place] = await query<{ id: number }>(db, sql`select min(id) as id from places`);
  await db.execute(sql`update places set population = 9007199254740993, latitude = 36.651200000000003, longitude = 117.12009999999999 where id = ${place!.id}`);
  await db.execute(sql`update delegations set deal_amount = '12345678901234567.125', deal_currency = 'CNY' where id = (select min(id) from delegations)`);
  await db.execute(sql`
    insert into events (slug, kind, title_en, title_zh, starts_on, ends_on, date_precision, start_time, end_time, time_zone, created_at, updated_at, version)
    values ('edge-values', 'conference', 'Edge values', '边界值 — “引号” \\ 反斜杠', '2024-02-29', '2024-03-01', 'day', '09:30:00', '17:15:30.5', 'Asia/Shanghai',
            '2001-02-03 04:05:06.789012+08', '2024-02-29 23:59:59.999999+00', 7)`);
  await db.execute(sql`update users set updated_by_id = (select max(id) from users) where id = (select min(id) from users)`);
  await db.execute(sql`insert into sign_in_throttle (key, failures) values ('client:192.0.2.1', 3)`);
  // An import upload: bytes that are not text (a NUL, GB18030), and an applied report as JSON.
  await db.execute(sql`
    insert into import_uploads (uploaded_by, file_name, sha256, bytes, applied_at, applied_by, report)
    values ((select min(id) from users), '外事办.csv', repeat('a', 64), decode('00ffc4e3bac30d0a', 'hex'), now(), (select min(id) from users), '{"counts": {"new": 1}}')`);
  const [audit] = await query<{ id: string }>(db, sql`select max(id)::text as id from audit_log`);
  maxAuditId = Number(audit!.id);

  setDatabase(source);
  await exportBackup({ dir: backupDir });
  target = await freshDatabase();
  empty = await freshDatabase();
});

describe("a backup", () => {
  it("is a manifest and one file of JSON lines per table, holding every table but the sign-in limits", async () => {
    const manifest = readManifest(backupDir);
    expect(manifest).toMatchObject({ format: "amity-backup", formatVersion: 1, amityVersion: "0.1.0" });
    expect(manifest.warning).toMatch(/password hash/);
    const inBackup = [...manifest.tables.map((t) => t.name), ...manifest.omitted.map((o) => o.table)].sort();
    expect(inBackup).toEqual(await tableNames(source.db));
    expect(manifest.omitted).toEqual([{ table: "sign_in_throttle", reason: expect.stringMatching(/expire/) }]);
    // Parents before children: a restore inserts in this order.
    const order = manifest.tables.map((t) => t.name);
    expect(order.indexOf("users")).toBeLessThan(order.indexOf("places"));
    expect(order.indexOf("partnerships")).toBeLessThan(order.indexOf("partnership_sources"));
    expect(order.indexOf("delegations")).toBeLessThan(order.indexOf("delegation_partnerships"));
    const counts = await rowCounts(source.db);
    for (const table of manifest.tables) {
      expect(table.rows, table.name).toBe(counts[table.name]);
      const text = fs.readFileSync(path.join(backupDir, table.file), "utf8");
      expect(text.split("\n").filter(Boolean), table.name).toHaveLength(table.rows);
      expect(createHash("sha256").update(text).digest("hex")).toBe(table.sha256);
    }
    // Readable as it stands: the first line of the contacts is a row with its names, its version and no search columns.
    const firstContact = JSON.parse(fs.readFileSync(path.join(backupDir, "contacts.jsonl"), "utf8").split("\n")[0]!);
    expect(firstContact).toMatchObject({ name_en: "Protocol Division", name_zh: "外事办礼宾处", version: 3, publication: "published" });
    const place = JSON.parse(fs.readFileSync(path.join(backupDir, "places.jsonl"), "utf8").split("\n")[0]!);
    expect(place).not.toHaveProperty("search_name");
    // Owner-only: it holds password hashes.
    expect(fs.statSync(backupDir).mode & 0o077).toBe(0);
    expect(fs.statSync(path.join(backupDir, "users.jsonl")).mode & 0o077).toBe(0);
  });

  it("restores into an empty database row for row, every table and every value", async () => {
    setDatabase(target);
    const summary = await restoreBackup(await checkBackup({ dir: backupDir }));
    expect(summary.rows).toBe(readManifest(backupDir).tables.reduce((sum, t) => sum + t.rows, 0));
    const before = await everyRow(source.db);
    const after = await everyRow(target.db);
    expect(after.sign_in_throttle).toEqual([]);
    expect(before.sign_in_throttle).toHaveLength(1);
    delete before.sign_in_throttle;
    delete after.sign_in_throttle;
    expect(after).toEqual(before);
    // The edge values, read back as values rather than text.
    const [edge] = await query<Record<string, string>>(
      target.db,
      sql`select (select population::text from places order by id limit 1) as population,
                 (select deal_amount::text from delegations order by id limit 1) as amount,
                 (select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') from events where slug = 'edge-values') as created,
                 (select end_time::text from events where slug = 'edge-values') as ends,
                 (select after ->> 'nameZh' from audit_log where entity_type = 'contact' and action = 'update' order by id limit 1) as audited,
                 (select encode(bytes, 'hex') from import_uploads limit 1) as uploaded`,
    );
    expect(edge).toEqual({ population: "9007199254740993", amount: "12345678901234567.125", created: "2001-02-02 20:05:06.789012", ends: "17:15:30.5", audited: "外事办礼宾处", uploaded: "00ffc4e3bac30d0a" });
  });

  it("leaves the restored database taking new records after the restored ones, and the staff's passwords working", async () => {
    setDatabase(target);
    const editor = await actor(target.db, "editor@example.org");
    const { id } = await createContact({ input: { nameEn: "After the restore", nameZh: "恢复之后", phone: null, email: null, addressEn: null, addressZh: null } }, editor);
    // Past the deleted contact's id too: the audit log still names that one.
    expect(id).toBeGreaterThan(deletedContactId);
    const [audit] = await query<{ id: string }>(target.db, sql`select max(id)::text as id from audit_log`);
    expect(Number(audit!.id)).toBeGreaterThan(maxAuditId);
    expect(await verifyCredentials({ email: "admin@example.org", password: demoPassword })).toMatchObject({ email: "admin@example.org", role: "admin" });
    expect(await verifyCredentials({ email: "admin@example.org", password: "not-the-password" })).toBeNull();
  });

  it("can be written with gzip, and restores the same", async () => {
    setDatabase(source);
    const zipped = path.join(work, "zipped");
    const { manifest } = await exportBackup({ dir: zipped, gzip: true });
    expect(manifest.tables.every((t) => t.file.endsWith(".jsonl.gz"))).toBe(true);
    const fresh = await freshDatabase();
    try {
      await restoreBackup(await checkBackup({ dir: zipped }));
      const before = await everyRow(source.db);
      delete before.sign_in_throttle;
      const after = await everyRow(fresh.db);
      delete after.sign_in_throttle;
      expect(after).toEqual(before);
    } finally {
      await fresh.drop();
    }
  });

  it("is not written over an existing backup", async () => {
    setDatabase(source);
    await expect(exportBackup({ dir: backupDir })).rejects.toThrow(`${backupDir} already exists and is not an empty directory: name a new one with --out.`);
  });
});

describe("a restore refuses", () => {
  it("a database that has rows, naming a table, and changes nothing", async () => {
    // The database the backup was made from: the same ids, so anything written would show.
    setDatabase(source);
    const before = await everyRow(source.db);
    await expect(restoreBackup(await checkBackup({ dir: backupDir }))).rejects.toThrow(
      /^The database is not empty: the table \w+ has rows\. Restore only into an empty database\.$/,
    );
    expect(await everyRow(source.db)).toEqual(before);
  });

  const refusals: [string, (dir: string, manifest: BackupManifest) => void, RegExp][] = [
    [
      "a file whose checksum is not the manifest's",
      (dir) => {
        const file = path.join(dir, "partnerships.jsonl");
        fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("Jinan", "Jinam"));
      },
      /^The backup's file partnerships\.jsonl is damaged: its SHA-256 is not the one in manifest\.json\.$/,
    ],
    [
      "a file cut short in the middle of a line",
      (dir, manifest) => {
        const file = path.join(dir, "partnership_steps.jsonl");
        const text = fs.readFileSync(file, "utf8");
        fs.writeFileSync(file, text.slice(0, text.length - 40));
        resum(dir, manifest, "partnership_steps.jsonl");
      },
      /^The backup's file partnership_steps\.jsonl is cut short: its line \d+ has no end\.$/,
    ],
    [
      "a line that is not JSON",
      (dir, manifest) => {
        const file = path.join(dir, "partnership_sources.jsonl");
        const lines = fs.readFileSync(file, "utf8").split("\n");
        lines[2] = lines[2]!.slice(0, 30);
        fs.writeFileSync(file, lines.join("\n"));
        resum(dir, manifest, "partnership_sources.jsonl");
      },
      /^The backup's file partnership_sources\.jsonl is damaged at line 3: .+\.$/,
    ],
    [
      "a row with a column the table does not have",
      (dir, manifest) => {
        const file = path.join(dir, "events.jsonl");
        fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('{"id":', '{"colour":"red","id":'));
        resum(dir, manifest, "events.jsonl");
      },
      /^The backup's file events\.jsonl has an unknown column at line 1: colour\.$/,
    ],
    [
      "fewer rows than the manifest counts",
      (dir, manifest) => {
        const file = path.join(dir, "places.jsonl");
        fs.writeFileSync(file, fs.readFileSync(file, "utf8").split("\n").slice(1).join("\n"));
        resum(dir, manifest, "places.jsonl");
      },
      /^The backup's file places\.jsonl has \d+ rows, its manifest says \d+\.$/,
    ],
    [
      "a backup of another schema",
      (_dir, manifest) => {
        manifest.migration = { ...manifest.migration, count: journal.entries.length - 1, tag: previousMigration, hash: "0".repeat(64) };
      },
      new RegExp(`^This backup was made with the schema at migration ${escaped(previousMigration)}, this code's schema is at ${escaped(lastMigration)}: restore it with Amity 0\\.1\\.0, the version that made it\\.$`),
    ],
    [
      "a table this code does not know",
      (dir, manifest) => {
        fs.writeFileSync(path.join(dir, "gifts.jsonl"), "");
        manifest.tables.push({ ...manifest.tables[0]!, name: "gifts", file: "gifts.jsonl", rows: 0, bytes: 0, sha256: createHash("sha256").digest("hex") });
      },
      /^The backup has a table this code does not know: gifts\.$/,
    ],
    [
      "a table listed twice",
      (_dir, manifest) => {
        manifest.tables.push(manifest.tables[0]!);
      },
      /^The backup lists the table users \(or its file users\.jsonl\) twice\.$/,
    ],
    [
      "a missing file",
      (dir) => fs.rmSync(path.join(dir, "users.jsonl")),
      /^The backup's file users\.jsonl is missing from .+\.$/,
    ],
    [
      "a file name that leaves the backup",
      (_dir, manifest) => {
        manifest.tables[0]!.file = "../users.jsonl";
      },
      /manifest\.json is not an Amity backup manifest: tables\.0\.file must be a plain file name ending in \.jsonl or \.jsonl\.gz\.$/,
    ],
  ];

  it.each(refusals)("%s, with its reason, and the database stays empty", async (name, damage, message) => {
    setDatabase(empty);
    const dir = damagedCopy(name.replace(/\W+/g, "-"), damage);
    await expect(checkBackup({ dir }).then((backup) => restoreBackup(backup))).rejects.toThrow(message);
    expect(await rowCounts(empty.db)).toEqual(await emptyCounts(empty.db));
  });

  it("a directory that is no backup", async () => {
    await expect(checkBackup({ dir: work })).rejects.toThrow(`${work} is not an Amity backup: it has no manifest.json.`);
    await expect(checkBackup({ dir: path.join(work, "nowhere") })).rejects.toThrow(`There is no backup at ${path.join(work, "nowhere")}.`);
  });
});

describe("npm run export and npm run restore", () => {
  // As an operator runs them: the export from an embedded demo database of its own; the restore into a new database
  // with no schema yet, on the server at DATABASE_URL when it is set, else embedded.
  const from = path.join(work, "cli-from");
  const out = path.join(work, "cli-backup");
  const serverUrl = process.env.DATABASE_URL;
  const targetName = `amity_test_${crypto.randomBytes(6).toString("hex")}`;
  const to = serverUrl ? Object.assign(new URL(serverUrl), { pathname: `/${targetName}` }).toString() : path.join(work, "cli-to");
  const toEnv: Record<string, string> = serverUrl ? { DATABASE_URL: to, AUTH_SECRET: "x".repeat(32) } : { DATABASE_URL: "", AMITY_DATA_DIR: to };
  const toName = serverUrl ? "the database at DATABASE_URL" : `the embedded database in ${to}`;
  const admin = serverUrl ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : null;
  afterAll(async () => {
    await admin?.unsafe(`DROP DATABASE IF EXISTS ${targetName} WITH (FORCE)`);
    await admin?.end();
  });

  function npmRun(script: string, args: string[], env: Record<string, string>) {
    const result = spawnSync("npm", ["run", "--silent", script, "--", ...args], { env: { ...process.env, ...env }, encoding: "utf8", timeout: 120_000 });
    const lines = (text: string) => text.split("\n").filter((l) => l.trim() && !l.startsWith("npm warn"));
    return { status: result.status, out: lines(result.stdout), err: lines(result.stderr) };
  }
  const fromEnv = { DATABASE_URL: "", AMITY_DATA_DIR: from };

  async function rowsIn(handle: Handle) {
    try {
      const rows = await everyRow(handle.db);
      delete rows.sign_in_throttle;
      return rows;
    } finally {
      await handle.close();
    }
  }
  const openTarget = () => (serverUrl ? openServer(to, 1) : openEmbedded(path.join(to, "pglite"), { seed: false }));

  it("back up the demo and restore it into a new database, which the restore migrates first", { timeout: 180_000 }, async () => {
    const demo = await openEmbedded(path.join(from, "pglite"));
    await demo.close();
    const exported = npmRun("export", ["--out", out], fromEnv);
    expect(exported.status).toBe(0);
    expect(exported.out[0]).toMatch(new RegExp(`^Wrote a backup of ${backedUpTables} tables \\(\\d+ rows, \\d+ KiB\\) to ${out} in [\\d.]+ s, at schema migration ${escaped(lastMigration)}\\.$`));
    expect(exported.out.at(-1)).toMatch(/^WARNING: This backup holds every staff account's password hash/);
    expect(exported.err[0]).toMatch(/^Backing up the embedded database in .+\. WARNING: .*password hash/);
    expect(exported.err).toContain(`Exported users: ${demoAccounts.length} rows`);

    // No schema at all: a new embedded directory, or a new server database.
    if (admin) await admin.unsafe(`CREATE DATABASE ${targetName}`);
    else expect(fs.existsSync(to)).toBe(false);
    const restored = npmRun("restore", [out], toEnv);
    expect(restored.err.filter((l) => !l.startsWith("Restored "))).toEqual([]);
    expect(restored.status).toBe(0);
    expect(restored.out[0]).toMatch(new RegExp(`^Restored \\d+ rows in ${backedUpTables} tables from ${out} \\(made .+ by Amity 0\\.1\\.0\\) into ${toName} in [\\d.]+ s; new records get ids after the restored ones\\.$`));
    expect(await rowsIn(await openTarget())).toEqual(await rowsIn(await openEmbedded(path.join(from, "pglite"), { seed: false })));

    const again = npmRun("restore", [out], toEnv);
    expect(again.status).toBe(1);
    expect(again.err).toEqual([expect.stringMatching(/^restore failed: The database is not empty: the table \w+ has rows\. Restore only into an empty database\.$/)]);
  });

  it("say how they are used, and refuse what is no backup, in one line", { timeout: 120_000 }, () => {
    const usage = npmRun("restore", [], toEnv);
    expect(usage.status).toBe(1);
    expect(usage.err).toEqual(["restore failed: Usage: npm run restore -- DIR   (a backup directory from npm run export; the database must be empty)"]);
    const missing = npmRun("restore", [path.join(work, "nowhere")], toEnv);
    expect(missing.err).toEqual([`restore failed: There is no backup at ${path.join(work, "nowhere")}.`]);
    const help = npmRun("export", ["--help"], fromEnv);
    expect(help.status).toBe(0);
    expect(help.out).toEqual([expect.stringMatching(/^Usage: npm run export -- \[--out DIR\] \[--gzip\].*password hash.*keep it private\.$/)]);
  });
});
