// npm run export -- [--out DIR] [--gzip]
//
// Writes a full backup of the database (README, "Backup and restore"): a directory with manifest.json and one file of
// JSON lines per table, the users' password hashes and the audit log included. An administrator's file: keep it private.
import { parseArgs } from "node:util";
import { defaultBackupName, exportBackup, privacyWarning } from "@/lib/data/backup";
import { runScript } from "./cli";
import { openBackupDatabase, reportProgress } from "./lib/backup-database";

const usage =
  "Usage: npm run export -- [--out DIR] [--gzip]   (DIR must be new or empty; default ./amity-backup-<time>). " +
  "The backup holds every staff account's password hash: keep it private.";

runScript("export", async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string" }, gzip: { type: "boolean", default: false }, help: { type: "boolean", default: false } },
    strict: true,
  });
  if (positionals.length || values.out === "") throw new Error(usage);
  if (values.help) {
    console.log(usage);
    return;
  }
  const started = performance.now();
  const source = await openBackupDatabase({ forRestore: false });
  process.stderr.write(`Backing up ${source}. WARNING: ${privacyWarning}\n`);
  const { dir, manifest } = await exportBackup({ dir: values.out ?? defaultBackupName(), gzip: values.gzip }, { onProgress: reportProgress("Exported") });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  const bytes = manifest.tables.reduce((sum, t) => sum + t.bytes, 0);
  console.log(
    `Wrote a backup of ${manifest.tables.length} tables (${rows} rows, ${(bytes / 1024).toFixed(0)} KiB) to ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
      `at schema migration ${manifest.migration.tag}.`,
  );
  console.log(`Left out: ${manifest.omitted.map((o) => `${o.table} (${o.reason})`).join("; ")}.`);
  console.log(`WARNING: ${privacyWarning} It is readable by your account alone; copy it only to places as private.`);
});
