import "server-only";
import { createHash, type Hash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PassThrough, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { is, sql, type SQL } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb, getHandle, migrationsFolder, rowsOf, type Db, type Tx } from "@/db";
import * as schema from "@/db/schema";

/**
 * An administrator's full backup (`npm run export`) and its restore into an empty database (`npm run restore`).
 *
 * A backup is a directory: manifest.json, and one file of JSON lines per table (`<table>.jsonl`, or `.jsonl.gz` with
 * gzip), one row a line as PostgreSQL's row_to_json writes it, in primary key order. `head users.jsonl | jq` reads it.
 * The database writes the values and parses them back (json_populate_recordset), so nothing passes through a
 * JavaScript number: timestamps keep their microseconds, numerics their digits (written as strings, as the app reads
 * them), bigints and JSON columns their exact text. The generated search columns are left out: the database computes
 * them again. The manifest names the schema's migration, counts the rows and gives each file's SHA-256.
 */

export const backupFormat = "amity-backup";
export const backupFormatVersion = 1;
export const manifestName = "manifest.json";

export const privacyWarning =
  "This backup holds every staff account's password hash and the whole audit log: keep it private, as you would the database itself.";

/** Tables a backup leaves out, each with its reason (written into the manifest). */
export const omittedTables: Record<string, string> = {
  sign_in_throttle:
    "failed sign-in counters that expire within hours; a restored portal starts with no sign-in limits in force rather than with stale ones",
};

/** A refusal of an export or a restore: its message is one line for the administrator running it. */
export class BackupError extends Error {
  override name = "BackupError";
}

const rowsPerPage = 1000;
/** Tables whose rows are large (an attachment's bytes, up to 25 MB each, twice that as hex): fewer rows per page. */
const rowsPerPageOf: Record<string, number> = { attachment_blobs: 2 };
const restoreBatchRows = 500;
const restoreBatchChars = 4 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------------------------
// The tables, from db/schema.ts, in the order a restore inserts them.
// ---------------------------------------------------------------------------------------------------------------

interface BackupTable {
  name: string;
  primaryKey: string[];
  /**
   * Columns restored once every table's rows are in: those that refer to the same table (users.updated_by_id), and
   * those whose foreign keys close a cycle between tables (users.office_place_id → places, whose created_by_id → users).
   */
  lateReferences: string[];
}

/** Every table of db/schema.ts but the omitted ones, each after the tables its foreign keys refer to. */
export function backupTables(): BackupTable[] {
  const configs = (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => getTableConfig(table));
  const pending = configs.map((config) => {
    const primaryKey = config.primaryKeys[0]?.columns.map((c) => c.name) ?? config.columns.filter((c) => c.primary).map((c) => c.name);
    const references = config.foreignKeys.map((fk) => fk.reference());
    const foreign = references.map((ref) => getTableConfig(ref.foreignTable).name);
    return {
      name: config.name,
      primaryKey,
      lateReferences: references.filter((ref) => getTableConfig(ref.foreignTable).name === config.name).flatMap((ref) => ref.columns.map((c) => c.name)),
      dependsOn: new Set(foreign.filter((name) => name !== config.name)),
      references: references.map((ref) => ({ table: getTableConfig(ref.foreignTable).name, columns: ref.columns.map((c) => c.name) })),
    };
  });
  const ordered: BackupTable[] = [];
  const placed = new Set<string>();
  while (pending.length) {
    let next = pending.findIndex((t) => [...t.dependsOn].every((name) => placed.has(name)));
    if (next < 0) {
      // A cycle: the first table on it (by name) goes next, its references to the tables still to come restored late,
      // as a table's references to itself are.
      const onCycle = (t: (typeof pending)[number]) => {
        const seen = new Set<string>();
        const stack = [...t.dependsOn];
        while (stack.length) {
          const name = stack.pop()!;
          if (name === t.name) return true;
          if (seen.has(name)) continue;
          seen.add(name);
          stack.push(...(pending.find((p) => p.name === name)?.dependsOn ?? []));
        }
        return false;
      };
      next = pending.findIndex(onCycle);
      const table = pending[next]!;
      for (const ref of table.references) {
        if (ref.table === table.name || placed.has(ref.table)) continue;
        table.lateReferences.push(...ref.columns);
        table.dependsOn.delete(ref.table);
      }
    }
    const [table] = pending.splice(next, 1);
    placed.add(table!.name);
    if (!(table!.name in omittedTables)) ordered.push({ name: table!.name, primaryKey: table!.primaryKey, lateReferences: table!.lateReferences });
  }
  return ordered;
}

// ---------------------------------------------------------------------------------------------------------------
// Migrations: the code's, the database's.
// ---------------------------------------------------------------------------------------------------------------

export interface MigrationMark {
  /** How many migrations, and the last one's journal tag, its folder time and drizzle's hash of its SQL. */
  count: number;
  tag: string;
  createdAt: number;
  hash: string;
}

/** The last migration in drizzle/, as drizzle's migrator records it. */
export function codeMigration(): MigrationMark {
  const files = readMigrationFiles({ migrationsFolder });
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
  const last = files.at(-1);
  if (!last) throw new Error("drizzle/ has no migrations.");
  return { count: files.length, tag: journal.entries[files.length - 1]?.tag ?? "unknown", createdAt: last.folderMillis, hash: last.hash };
}

function migrationTag(hash: string): string {
  const files = readMigrationFiles({ migrationsFolder });
  const index = files.findIndex((f) => f.hash === hash);
  if (index < 0) return `an unknown migration (hash ${hash.slice(0, 12)}…)`;
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
  return journal.entries[index]?.tag ?? `migration ${index}`;
}

/** The last migration the database has applied, or null when it has none (no schema yet). */
async function databaseMigration(db: Db | Tx): Promise<{ count: number; hash: string } | null> {
  const [exists] = rowsOf<{ present: boolean }>(await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`));
  if (!exists?.present) return null;
  const [row] = rowsOf<{ hash: string | null; count: number }>(
    await db.execute(sql`select (select hash from drizzle.__drizzle_migrations order by created_at desc, id desc limit 1) as hash, count(*)::int as count from drizzle.__drizzle_migrations`),
  );
  return row?.hash ? { count: Number(row.count), hash: row.hash } : null;
}

/** Refuses a database whose schema is not the one this code's migrations make. */
async function assertDatabaseAtCodeMigration(db: Db | Tx, code: MigrationMark, doing: string): Promise<void> {
  const applied = await databaseMigration(db);
  if (!applied) throw new BackupError(`The database has no schema yet: run npm run db:migrate before ${doing}.`);
  if (applied.hash !== code.hash) {
    throw new BackupError(
      `The database's schema is at ${migrationTag(applied.hash)}, this code's at ${code.tag}: run npm run db:migrate, or use the Amity version that matches the database, before ${doing}.`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// What the database says about a table's columns.
// ---------------------------------------------------------------------------------------------------------------

interface CatalogColumn {
  name: string;
  type: string;
  /** A generated column (the search columns): left out, the database computes it again. */
  generated: boolean;
  /** Whether the value is written as a JSON string rather than a number (numeric: exact digits for every reader). */
  asText: boolean;
  /** The identity or serial sequence that gives this column its values, if any. */
  sequence: string | null;
}

async function catalogColumns(db: Db | Tx, table: string): Promise<CatalogColumn[]> {
  const rows = rowsOf<{ name: string; type: string; generated: boolean; base: string; sequence: string | null }>(
    await db.execute(sql`
      select a.attname as name, format_type(a.atttypid, a.atttypmod) as type, a.attgenerated <> '' as generated,
             coalesce(bt.typname, t.typname) as base, pg_get_serial_sequence(${quoted(table)}, a.attname) as sequence
      from pg_attribute a
      join pg_type t on t.oid = a.atttypid
      left join pg_type bt on bt.oid = t.typbasetype and t.typtype = 'd'
      where a.attrelid = to_regclass(${quoted(table)}) and a.attnum > 0 and not a.attisdropped
      order by a.attnum`),
  );
  if (!rows.length) throw new BackupError(`The database has no table ${table}: is it migrated?`);
  return rows.map((r) => ({ name: r.name, type: r.type, generated: r.generated, asText: r.base === "numeric", sequence: r.sequence }));
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const ident = (name: string) => sql.identifier(name);
const list = (names: string[]) => sql.join(names.map(ident), sql`, `);

// ---------------------------------------------------------------------------------------------------------------
// The manifest.
// ---------------------------------------------------------------------------------------------------------------

const fileName = z
  .string()
  .regex(/^[a-z0-9_]+\.jsonl(\.gz)?$/, { error: "must be a plain file name ending in .jsonl or .jsonl.gz" });

const manifestSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.literal(backupFormatVersion),
  amityVersion: z.string(),
  createdAt: z.string(),
  warning: z.string().optional(),
  database: z.object({ mode: z.string(), serverVersion: z.string() }).optional(),
  migration: z.object({ count: z.number().int(), tag: z.string(), createdAt: z.number(), hash: z.string() }),
  tables: z.array(
    z.object({
      name: z.string(),
      file: fileName,
      rows: z.number().int().nonnegative(),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      primaryKey: z.array(z.string()).min(1),
      columns: z.array(z.object({ name: z.string(), type: z.string() })),
      sequences: z.array(z.object({ column: z.string(), next: z.string().regex(/^\d+$/) })),
    }),
  ),
  omitted: z.array(z.object({ table: z.string(), reason: z.string() })),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type BackupManifestTable = BackupManifest["tables"][number];

function amityVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(process.cwd(), "package.json"), "utf8")) as { version?: string }).version ?? "unknown";
  } catch {
    return "unknown";
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Export.
// ---------------------------------------------------------------------------------------------------------------

export interface BackupProgress {
  table: string;
  rows: number;
  done: boolean;
}

export interface ExportSummary {
  dir: string;
  manifest: BackupManifest;
}

/** A name for a backup made now, such as amity-backup-2026-12-01T215736Z. */
export function defaultBackupName(now = new Date()): string {
  return `amity-backup-${now.toISOString().replace(/[:-]/g, "").replace(/\.\d+Z$/, "Z").replace(/^(\d{4})(\d{2})(\d{2})/, "$1-$2-$3")}`;
}

/**
 * Writes a backup of the whole database into `dir`, which must not exist or be empty. All tables are read in one
 * read-only snapshot, a page of rows at a time by primary key, and written through as they are read. The files go
 * into a sibling directory first and take `dir`'s name only once the manifest is written, so that a backup cut short
 * is never mistaken for a whole one. Files and directory are readable by their owner alone.
 */
export async function exportBackup(
  { dir, gzip = false }: { dir: string; gzip?: boolean },
  { onProgress }: { onProgress?: (progress: BackupProgress) => void } = {},
): Promise<ExportSummary> {
  const target = path.resolve(dir);
  if (fs.existsSync(target) && (!fs.statSync(target).isDirectory() || fs.readdirSync(target).length)) {
    throw new BackupError(`${dir} already exists and is not an empty directory: name a new one with --out.`);
  }
  const code = codeMigration();
  const db = await getDb();
  const { mode } = await getHandle();
  const working = `${target}.partial-${process.pid}`;
  fs.rmSync(working, { recursive: true, force: true });
  fs.mkdirSync(working, { recursive: true, mode: 0o700 });
  try {
    const manifest = await db.transaction(
      async (tx) => {
        await tx.execute(sql`set local time zone 'UTC'`);
        await assertDatabaseAtCodeMigration(tx, code, "a backup");
        const [server] = rowsOf<{ version: string }>(await tx.execute(sql`select current_setting('server_version') as version`));
        const tables: BackupManifestTable[] = [];
        for (const table of backupTables()) tables.push(await exportTable(tx, table, working, gzip, onProgress));
        return {
          format: backupFormat,
          formatVersion: backupFormatVersion,
          amityVersion: amityVersion(),
          createdAt: new Date().toISOString(),
          warning: privacyWarning,
          database: { mode, serverVersion: server?.version ?? "unknown" },
          migration: code,
          tables,
          omitted: Object.entries(omittedTables).map(([table, reason]) => ({ table, reason })),
        } satisfies BackupManifest;
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    fs.writeFileSync(path.join(working, manifestName), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    fs.renameSync(working, target);
    return { dir: target, manifest };
  } catch (error) {
    fs.rmSync(working, { recursive: true, force: true });
    throw error;
  }
}

async function exportTable(
  tx: Tx,
  table: BackupTable,
  dir: string,
  gzip: boolean,
  onProgress?: (progress: BackupProgress) => void,
): Promise<BackupManifestTable> {
  const columns = (await catalogColumns(tx, table.name)).filter((c) => !c.generated);
  const keyTypes = table.primaryKey.map((name) => columns.find((c) => c.name === name)?.type ?? "text");
  const selected = sql.join(
    columns.map((c) => (c.asText ? sql`${ident(c.name)}::text as ${ident(c.name)}` : ident(c.name))),
    sql`, `,
  );
  const keys = sql.join(table.primaryKey.map((name, i) => sql`r.${ident(name)}::text as ${ident(`k${i}`)}`), sql`, `);
  const order = sql.join(table.primaryKey.map((name) => sql`r.${ident(name)}`), sql`, `);
  let rows = 0;
  const pageRows = rowsPerPageOf[table.name] ?? rowsPerPage;

  async function* lines() {
    let after: string[] | null = null;
    for (;;) {
      const where: SQL = after
        ? sql`where (${list(table.primaryKey)}) > (${sql.join(after.map((value, i) => sql`${value}::${sql.raw(keyTypes[i]!)}`), sql`, `)})`
        : sql``;
      const page = rowsOf<Record<string, string>>(
        await tx.execute(sql`
          select ${keys}, row_to_json(r)::text as line
          from (select ${selected} from ${ident(table.name)} ${where} order by ${list(table.primaryKey)} limit ${pageRows}) r
          order by ${order}`),
      );
      if (!page.length) return;
      rows += page.length;
      const last = page.at(-1)!;
      after = table.primaryKey.map((_, i) => last[`k${i}`]!);
      onProgress?.({ table: table.name, rows, done: false });
      yield `${page.map((row) => row.line).join("\n")}\n`;
      if (page.length < pageRows) return;
    }
  }

  const file = `${table.name}.jsonl${gzip ? ".gz" : ""}`;
  const hash = createHash("sha256");
  const counted = { bytes: 0 };
  const out = fs.createWriteStream(path.join(dir, file), { flags: "wx", mode: 0o600 });
  if (gzip) await pipeline(lines, zlib.createGzip(), hashing(hash, counted), out);
  else await pipeline(lines, hashing(hash, counted), out);
  onProgress?.({ table: table.name, rows, done: true });

  const sequences: { column: string; next: string }[] = [];
  for (const column of columns.filter((c) => c.sequence)) {
    const [row] = rowsOf<{ last: string | null }>(await tx.execute(sql`select pg_sequence_last_value(${column.sequence}::regclass)::text as last`));
    sequences.push({ column: column.name, next: row?.last == null ? "1" : (BigInt(row.last) + BigInt(1)).toString() });
  }
  return {
    name: table.name,
    file,
    rows,
    bytes: counted.bytes,
    sha256: hash.digest("hex"),
    primaryKey: table.primaryKey,
    columns: columns.map((c) => ({ name: c.name, type: c.type })),
    sequences,
  };
}

/** Passes bytes through, hashing and counting them on the way. */
function hashing(hash: Hash, counted: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      counted.bytes += chunk.length;
      done(null, chunk);
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Restore.
// ---------------------------------------------------------------------------------------------------------------

/** A backup whose manifest, schema and checksums were checked (checkBackup): what restoreBackup takes. */
export interface CheckedBackup {
  dir: string;
  manifest: BackupManifest;
}

/**
 * Checks a backup without touching any database: that it is one, that it was made at this code's schema, that it holds
 * every table this code backs up and no other, and that every file is whole (its SHA-256 as the manifest says).
 */
export async function checkBackup({ dir }: { dir: string }): Promise<CheckedBackup> {
  const manifestPath = path.join(dir, manifestName);
  if (!fs.existsSync(dir)) throw new BackupError(`There is no backup at ${dir}.`);
  if (!fs.statSync(dir).isDirectory()) throw new BackupError(`${dir} is a file: name the backup's directory (the one with ${manifestName} in it).`);
  if (!fs.existsSync(manifestPath)) throw new BackupError(`${dir} is not an Amity backup: it has no ${manifestName}.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
  } catch (error) {
    throw new BackupError(`${manifestPath} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new BackupError(`${manifestPath} is not an Amity backup manifest: ${issue?.path.join(".") || "manifest"} ${issue?.message ?? "is invalid"}.`);
  }
  const manifest = result.data;
  const code = codeMigration();
  if (manifest.migration.hash !== code.hash) {
    const same = manifest.migration.tag === code.tag;
    throw new BackupError(
      `This backup was made with the schema at migration ${manifest.migration.tag}${same ? ` (hash ${manifest.migration.hash.slice(0, 12)}…)` : ""}, ` +
        `this code's schema is at ${code.tag}${same ? ` (hash ${code.hash.slice(0, 12)}…)` : ""}: restore it with Amity ${manifest.amityVersion}, the version that made it.`,
    );
  }
  const twice = manifest.tables.find((t, i) => manifest.tables.findIndex((u) => u.name === t.name || u.file === t.file) !== i);
  if (twice) throw new BackupError(`The backup lists the table ${twice.name} (or its file ${twice.file}) twice.`);
  const expected = backupTables().map((t) => t.name);
  const unknown = manifest.tables.find((t) => !expected.includes(t.name));
  if (unknown) throw new BackupError(`The backup has a table this code does not know: ${unknown.name}.`);
  const missing = expected.find((name) => !manifest.tables.some((t) => t.name === name));
  if (missing) throw new BackupError(`The backup has no file for the table ${missing}.`);
  for (const table of manifest.tables) {
    const file = path.join(dir, table.file);
    if (!fs.existsSync(file)) throw new BackupError(`The backup's file ${table.file} is missing from ${dir}.`);
    const hash = createHash("sha256");
    for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
    if (hash.digest("hex") !== table.sha256) {
      throw new BackupError(`The backup's file ${table.file} is damaged: its SHA-256 is not the one in ${manifestName}.`);
    }
  }
  return { dir, manifest };
}

export interface RestoreSummary {
  tables: { name: string; rows: number }[];
  rows: number;
}

/**
 * Loads a checked backup into the app's database, which must be at this code's schema and empty (no rows in any table).
 * One transaction: every table in foreign-key order, then every identity sequence set past the highest id restored
 * (and past the ids the backed-up database had already given, so that an id of a deleted record, which the audit log
 * still names, is never given again). Any problem rolls it all back.
 */
export async function restoreBackup(
  { dir, manifest }: CheckedBackup,
  { onProgress }: { onProgress?: (progress: BackupProgress) => void } = {},
): Promise<RestoreSummary> {
  const code = codeMigration();
  const db = await getDb();
  const restored = await db.transaction(async (tx) => {
    // Two restores at once would each find the database empty.
    await tx.execute(sql`select pg_advisory_xact_lock(${0x616d_7273})`);
    await assertDatabaseAtCodeMigration(tx, code, "a restore");
    await assertEmpty(tx);
    const counts: { name: string; rows: number }[] = [];
    const plans: { table: BackupTable; entry: BackupManifestTable; columns: CatalogColumn[] }[] = [];
    for (const table of backupTables()) {
      const entry = manifest.tables.find((t) => t.name === table.name)!;
      const columns = (await catalogColumns(tx, table.name)).filter((c) => !c.generated);
      const names = columns.map((c) => c.name);
      const theirs = entry.columns.map((c) => c.name);
      if (names.join(",") !== theirs.join(",")) {
        throw new BackupError(`The backup's table ${table.name} has the columns ${theirs.join(", ")}; this database's has ${names.join(", ")}.`);
      }
      plans.push({ table, entry, columns });
    }
    for (const { table, entry, columns } of plans) {
      counts.push({ name: table.name, rows: await restoreTable(tx, dir, table, entry, columns, onProgress) });
    }
    for (const { table, entry } of plans) if (table.lateReferences.length) await restoreLateReferences(tx, dir, table, entry);
    for (const { table, entry, columns } of plans) {
      for (const column of columns.filter((c) => c.sequence)) {
        const next = entry.sequences.find((s) => s.column === column.name)?.next ?? "1";
        await tx.execute(sql`
          select setval(${column.sequence}::regclass,
                        greatest((select coalesce(max(${ident(column.name)}), 0) + 1 from ${ident(table.name)}), ${next}::bigint), false)`);
      }
    }
    return counts;
  });
  // Fresh statistics for the planner: the tables went from empty to full in one go.
  await db.execute(sql`analyze`);
  return { tables: restored, rows: restored.reduce((sum, t) => sum + t.rows, 0) };
}

/** Refuses a database with rows in any of its tables (every table, not only those a backup holds). */
async function assertEmpty(tx: Tx): Promise<void> {
  const tables = rowsOf<{ name: string }>(
    await tx.execute(sql`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`),
  );
  for (const { name } of tables) {
    const [row] = rowsOf<{ any: boolean }>(await tx.execute(sql`select exists (select 1 from ${ident(name)}) as any`));
    if (row?.any) throw new BackupError(`The database is not empty: the table ${name} has rows. Restore only into an empty database.`);
  }
}

async function restoreTable(
  tx: Tx,
  dir: string,
  table: BackupTable,
  entry: BackupManifestTable,
  columns: CatalogColumn[],
  onProgress?: (progress: BackupProgress) => void,
): Promise<number> {
  const names = new Set(columns.map((c) => c.name));
  const inserted = columns.map((c) => c.name).filter((name) => !table.lateReferences.includes(name));
  const insert = (batch: string[]) =>
    tx.execute(sql`
      insert into ${ident(table.name)} (${list(inserted)}) overriding system value
      select ${list(inserted)} from json_populate_recordset(null::${ident(table.name)}, ${`[${batch.join(",")}]`}::json)`);
  let rows = 0;
  let batch: string[] = [];
  let chars = 0;
  for await (const { line, number } of backupLines(dir, entry)) {
    checkRow(line, number, entry.file, names);
    batch.push(line);
    chars += line.length;
    rows++;
    if (batch.length >= restoreBatchRows || chars >= restoreBatchChars) {
      await insert(batch);
      onProgress?.({ table: table.name, rows, done: false });
      batch = [];
      chars = 0;
    }
  }
  if (batch.length) await insert(batch);
  if (rows !== entry.rows) throw new BackupError(`The backup's file ${entry.file} has ${rows} rows, its manifest says ${entry.rows}.`);
  onProgress?.({ table: table.name, rows, done: true });
  return rows;
}

/** The rows' late references (see BackupTable), once every table's rows are in (a row may name one that comes later). */
async function restoreLateReferences(tx: Tx, dir: string, table: BackupTable, entry: BackupManifestTable): Promise<void> {
  const update = (batch: string[]) =>
    tx.execute(sql`
      update ${ident(table.name)} as t set ${sql.join(table.lateReferences.map((c) => sql`${ident(c)} = j.${ident(c)}`), sql`, `)}
      from json_populate_recordset(null::${ident(table.name)}, ${`[${batch.join(",")}]`}::json) as j
      where ${sql.join(table.primaryKey.map((c) => sql`t.${ident(c)} = j.${ident(c)}`), sql` and `)}`);
  let batch: string[] = [];
  for await (const { line } of backupLines(dir, entry)) {
    const row = JSON.parse(line) as Record<string, unknown>;
    if (table.lateReferences.every((c) => row[c] === null)) continue;
    batch.push(line);
    if (batch.length >= restoreBatchRows) {
      await update(batch);
      batch = [];
    }
  }
  if (batch.length) await update(batch);
}

/** A line must be one JSON object with exactly the table's columns. */
function checkRow(line: string, number: number, file: string, columns: Set<string>): void {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (error) {
    throw new BackupError(`The backup's file ${file} is damaged at line ${number}: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (typeof row !== "object" || row === null || Array.isArray(row)) {
    throw new BackupError(`The backup's file ${file} is damaged at line ${number}: it is not a JSON object.`);
  }
  const keys = Object.keys(row);
  const unknown = keys.find((key) => !columns.has(key));
  if (unknown) throw new BackupError(`The backup's file ${file} has an unknown column at line ${number}: ${unknown}.`);
  if (keys.length !== columns.size) {
    const missing = [...columns].find((c) => !keys.includes(c));
    throw new BackupError(`The backup's file ${file} lacks the column ${missing} at line ${number}.`);
  }
}

/**
 * The lines of a backup file, read as a stream (gunzipped where its name ends in .gz), hashed on the way: the file is
 * checked again against its SHA-256 at its end, in case it changed since checkBackup read it.
 */
async function* backupLines(dir: string, entry: BackupManifestTable): AsyncGenerator<{ line: string; number: number }> {
  const hash = createHash("sha256");
  const text = new PassThrough();
  const source = fs.createReadStream(path.join(dir, entry.file));
  const read = pipeline(entry.file.endsWith(".gz") ? [source, hashing(hash, { bytes: 0 }), zlib.createGunzip(), text] : [source, hashing(hash, { bytes: 0 }), text]);
  // Its failure reaches the loop below through `text`; this only keeps it from being reported as unhandled.
  read.catch(() => {});
  text.setEncoding("utf8");
  let rest = "";
  let number = 0;
  try {
    for await (const chunk of text as AsyncIterable<string>) {
      rest += chunk;
      let end: number;
      while ((end = rest.indexOf("\n")) >= 0) {
        number++;
        yield { line: rest.slice(0, end), number };
        rest = rest.slice(end + 1);
      }
    }
    await read;
  } catch (error) {
    throw new BackupError(`The backup's file ${entry.file} can't be read: ${error instanceof Error ? error.message : String(error)}.`);
  } finally {
    source.destroy();
  }
  if (rest) throw new BackupError(`The backup's file ${entry.file} is cut short: its line ${number + 1} has no end.`);
  if (hash.digest("hex") !== entry.sha256) throw new BackupError(`The backup's file ${entry.file} changed while it was being restored.`);
}
