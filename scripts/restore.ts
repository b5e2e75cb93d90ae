// npm run restore -- DIR
//
// Loads a backup written by `npm run export` into an empty database (README, "Backup and restore"), migrating a new one
// first. Refuses a database with any rows, a backup of another schema, and a damaged backup, writing nothing.
import { checkBackup, restoreBackup } from "@/lib/data/backup";
import { runScript } from "./cli";
import { openBackupDatabase, reportProgress } from "./lib/backup-database";

const usage = "Usage: npm run restore -- DIR   (a backup directory from npm run export; the database must be empty)";

runScript("restore", async () => {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0]!.startsWith("-")) throw new Error(usage);
  const started = performance.now();
  // The backup first, before the database is touched (or given a schema).
  const backup = await checkBackup({ dir: args[0]! });
  const target = await openBackupDatabase({ forRestore: true });
  const summary = await restoreBackup(backup, { onProgress: reportProgress("Restored") });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Restored ${summary.rows} rows in ${summary.tables.length} tables from ${backup.dir} (made ${backup.manifest.createdAt} by Amity ${backup.manifest.amityVersion}) ` +
      `into ${target} in ${seconds} s; new records get ids after the restored ones.`,
  );
  console.log("Staff sign in with the passwords they had. Restart a running portal so that it shows the restored records.");
});
