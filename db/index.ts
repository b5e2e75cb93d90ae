import fs from "node:fs";
import path from "node:path";
import type { ExtractTablesWithRelations, Logger } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { ConfigError, env, type Env } from "@/lib/env";
import { databaseIsDown, DatabaseUnavailableError, reportDatabaseError } from "./health";
import * as schema from "./schema";

/**
 * The one database of the app. With DATABASE_URL: postgres.js against that server (migrated by `npm run db:migrate`).
 * Without it: PGlite, an embedded PostgreSQL persisted in AMITY_DATA_DIR (default .data/), migrated automatically and
 * seeded with the demo data on first use. Both speak the same SQL, so the same schema, migrations and queries serve
 * both. Nothing here runs at import time: `next build` never opens a database.
 */
export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export const migrationsFolder = path.join(process.cwd(), "drizzle");

export interface Handle {
  db: Db;
  mode: Env["mode"];
  close: () => Promise<void>;
  /** How the job queue (lib/jobs) reaches the same database: the server's address, or the embedded client itself. */
  jobs: { url: string } | { pglite: import("@electric-sql/pglite").PGlite };
}

// Kept on globalThis so that dev-server reloads and several route bundles share one pool (and one PGlite, which must
// never be opened twice on the same directory).
const globalForDb = globalThis as typeof globalThis & { __amityDb?: Promise<Handle> };

/** The database, or at once a DatabaseUnavailableError while it is known to be unreachable (db/health.ts). */
export function getDb(): Promise<Db> {
  if (databaseIsDown()) return Promise.reject(new DatabaseUnavailableError("The database can't be reached at the moment."));
  return getHandle().then((h) => h.db);
}

/**
 * For the places that answer requests: notes a failure, and if it means the database is unreachable, marks it down
 * and probes it until it is back. Returns whether it was such a failure.
 */
export function noteDatabaseError(error: unknown): boolean {
  return reportDatabaseError(error, async () => {
    const { sql } = await import("drizzle-orm");
    await (await getHandle()).db.execute(sql`select 1`);
  });
}

export { DatabaseUnavailableError, isConnectionError } from "./health";

export function getHandle(): Promise<Handle> {
  globalForDb.__amityDb ??= open(env()).catch((error: unknown) => {
    globalForDb.__amityDb = undefined;
    throw error;
  });
  return globalForDb.__amityDb;
}

export async function closeDb(): Promise<void> {
  const pending = globalForDb.__amityDb;
  globalForDb.__amityDb = undefined;
  if (pending) await (await pending).close();
}

async function open(config: Env): Promise<Handle> {
  return config.DATABASE_URL
    ? openServer(config.DATABASE_URL, config.DATABASE_POOL_SIZE)
    : openEmbedded(path.join(config.dataDir, "pglite"));
}

/** A drizzle logger sees every statement a handle runs (the benchmark counts them). */
export interface OpenOptions {
  logger?: Logger;
}

export async function openServer(url: string, poolSize = 10, options: OpenOptions = {}): Promise<Handle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, {
    max: poolSize,
    connect_timeout: 5,
    idle_timeout: 60,
    onnotice: () => {},
  });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 });
    throw new ConfigError(`Cannot reach the database at DATABASE_URL (${describe(url)}): ${oneLine(error)}.`);
  }
  return {
    db: drizzle({ client, schema, logger: options.logger }) as unknown as Db,
    mode: "server",
    close: () => client.end({ timeout: 5 }),
    jobs: { url },
  };
}

/** Opens (creating if needed) an embedded database, brings it to the latest migration and seeds it once. */
export async function openEmbedded(dir: string | null, options: { seed?: boolean } & OpenOptions = {}): Promise<Handle> {
  const { PGlite } = await import("@electric-sql/pglite");
  // The extensions the searches' indexes need (drizzle/0006_search_trigrams.sql creates them in the database).
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  // null: in memory, for tests.
  if (dir) fs.mkdirSync(dir, { recursive: true });
  const extensions = { pg_trgm, unaccent };
  const client = dir ? new PGlite(dir, { extensions }) : new PGlite({ extensions });
  await client.waitReady;
  const db = drizzle({ client, schema, logger: options.logger }) as unknown as Db;
  await migrate(db as never, { migrationsFolder });
  if (options.seed !== false) {
    const { seedIfEmpty } = await import("./seed");
    await seedIfEmpty(db, { demoAccounts: true });
  }
  return { db, mode: "embedded", close: () => client.close(), jobs: { pglite: client } };
}

function describe(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "unparseable URL";
  }
}

export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code;
  const text = message || code || "unknown error";
  return text.split("\n")[0]!.trim();
}

/** Points the app's one `db` at an already opened database: used by the test suites, each on a fresh one. */
export function setDatabase(handle: Handle): void {
  globalForDb.__amityDb = Promise.resolve(handle);
}

/**
 * The advisory lock that `npm run db:migrate` holds while it migrates: a deployment may run it from every instance as
 * it starts, and the second then waits for the first and finds nothing left to do, instead of racing it through the
 * same CREATE statements.
 */
export const migrationLockKey = 0x616d_6974; // "amit"

/** Applies the committed migrations in drizzle/ to a server database, on one connection of its own. */
export async function migrateServer(url: string): Promise<void> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    // One connection (max: 1), so the session that takes the lock is the one that migrates; it ends with the session.
    await client`select pg_advisory_lock(${migrationLockKey})`;
    await migrate(drizzle({ client }), { migrationsFolder });
  } catch (error) {
    throw new ConfigError(`Migrating the database at DATABASE_URL (${describe(url)}) failed: ${oneLine(error)}.`);
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** How many of the committed migrations a server database has not applied yet (all of them if it has none). */
export async function pendingMigrationCount(db: Db): Promise<number> {
  const { sql } = await import("drizzle-orm");
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  const result = await db.execute(sql`
    select case when to_regclass('drizzle.__drizzle_migrations') is null then 0
           else (select count(*) from drizzle.__drizzle_migrations) end::int as applied`);
  const [row] = rowsOf<{ applied: number }>(result);
  return Math.max(0, journal.entries.length - (row?.applied ?? 0));
}

/** Rows of a raw `db.execute`: postgres.js answers an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
