import fs from "node:fs";
import path from "node:path";
import { migrateServer, openEmbedded, setDatabase } from "@/db";
import type { BackupProgress } from "@/lib/data/backup";
import { env } from "@/lib/env";

/**
 * The database of `npm run export` and `npm run restore`, made the app's `db`: the server at DATABASE_URL, or the
 * embedded one in AMITY_DATA_DIR, opened without the demo seed that the app gives an empty embedded database (a restore
 * needs it empty; an export must not change what it backs up). Returns how to name it in the scripts' output.
 */
export async function openBackupDatabase({ forRestore }: { forRestore: boolean }): Promise<string> {
  const config = env();
  if (config.DATABASE_URL) {
    // The same migration as npm run db:migrate (under its advisory lock): a new database gets its schema first.
    if (forRestore) await migrateServer(config.DATABASE_URL);
    return "the database at DATABASE_URL";
  }
  const dir = path.join(config.dataDir, "pglite");
  if (!forRestore && !fs.existsSync(dir)) throw new Error(`there is no embedded database in ${config.dataDir} to back up`);
  // Migrates a new one, as npm run db:migrate does; PGlite allows one process, so the portal must be stopped.
  setDatabase(await openEmbedded(dir, { seed: false }));
  return `the embedded database in ${config.dataDir}`;
}

/** A line on stderr as each table is done, and every 50,000 rows of a long one: stdout carries the summary alone. */
export function reportProgress(verb: string): (progress: BackupProgress) => void {
  let reported = 0;
  return ({ table, rows, done }) => {
    if (done) {
      process.stderr.write(`${verb} ${table}: ${rows} rows\n`);
      reported = 0;
    } else if (rows - reported >= 50_000) {
      process.stderr.write(`${verb} ${table}: ${rows} rows so far\n`);
      reported = rows;
    }
  };
}
