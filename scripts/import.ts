// npm run import -- FILE [--dry-run] [--publish] [--all-or-nothing] [--as email]
//
// Imports partnerships from a CSV or XLSX file with the columns of shared/data/shandong-partnerships.csv (README,
// "Importing partnerships"): prints what each row is (new, changed, unchanged, refused, with reasons and differences),
// then applies the new and changed rows in one transaction as the given account (default: the first administrator).
// Exits non-zero when the file is refused or nothing could be applied.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { findScriptActor } from "@/lib/data/users";
import { checkFileSize } from "@/lib/import/read";
import { formatReport, hasChanges, type ImportReport } from "@/lib/import/report";
import { applyImport, previewImport } from "@/lib/kinds/partnership/staff-import";
import { runScript } from "./cli";

const usage = "Usage: npm run import -- FILE.csv|FILE.xlsx [--dry-run] [--publish] [--all-or-nothing] [--as email]";

/** A bar on a terminal; on a pipe or a log, a line at every tenth. Both on stderr: stdout carries the report alone. */
function progressReporter(): { update: (done: number, total: number) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: "Importing [{bar}] {percentage}% | {value}/{total} records | {duration}s", hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update: (done, total) => {
        if (!started) {
          bar.start(total, done);
          started = true;
        } else bar.update(done);
      },
      stop: () => void (started && bar.stop()),
    };
  }
  let lastTenth = -1;
  return {
    update: (done, total) => {
      const tenth = total ? Math.floor((done * 10) / total) : 10;
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      process.stderr.write(`Importing: ${done} of ${total} records\n`);
    },
    stop: () => {},
  };
}

runScript("import", async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      publish: { type: "boolean", default: false },
      "all-or-nothing": { type: "boolean", default: false },
      as: { type: "string" },
    },
    strict: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new Error(usage);
  checkFileSize(fs.statSync(file).size);
  const bytes = fs.readFileSync(file);
  const actor = await findScriptActor({ email: values.as });
  if (!actor) {
    throw new Error(
      values.as
        ? `no active account ${values.as}`
        : "no active administrator to act as: create one with npm run user:create, or name an account with --as",
    );
  }
  const input = { fileName: path.basename(file), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  let report: ImportReport;
  if (values["dry-run"]) {
    report = await previewImport(input, actor, { publish: values.publish });
  } else {
    const progress = progressReporter();
    try {
      report = await applyImport(input, actor, { publish: values.publish, allOrNothing: values["all-or-nothing"], onProgress: progress.update });
    } finally {
      progress.stop();
    }
  }
  console.log(`As ${actor.email} (${actor.role}).`);
  console.log(formatReport(report));
  if (report.outcome === "applied" && report.tags.length) {
    console.log("A running portal shows published changes once its cache is refreshed: restart it (or publish from the staff area).");
  }
  if (report.outcome === "not_applied" || (report.counts.refused > 0 && !hasChanges(report))) {
    throw new Error("nothing could be applied");
  }
});
