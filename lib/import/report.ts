import type { Difference, ImportPlan, RowClass } from "./plan";
import type { ImportTable } from "./read";

/** What an import said or did, for the command line and the staff page alike: plain data, no database rows. */
export interface ImportReport {
  fileName: string;
  sha256: string;
  format: ImportTable["format"];
  encoding: ImportTable["encoding"];
  delimiter: ImportTable["delimiter"];
  rows: number;
  counts: Record<RowClass, number>;
  created: { line: number; label: string }[];
  changed: { line: number; label: string; differences: Difference[] }[];
  refused: { line: number; label: string; reasons: string[] }[];
  newPlaces: { nameEn: string; regionEn: string | null; countryCode: string; kind: string; lines: number[] }[];
  /** preview: nothing written; applied: the changes were made; not_applied: refused rows stopped an all-or-nothing import. */
  outcome: "preview" | "applied" | "not_applied";
  publish: boolean;
  /** The cache tags of the public pages the import changed (empty unless something published changed). */
  tags: string[];
}

export function reportOf(
  file: { fileName: string; sha256: string },
  table: ImportTable,
  plan: ImportPlan,
  rest: Pick<ImportReport, "outcome" | "publish" | "tags">,
): ImportReport {
  return {
    ...file,
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    rows: table.rows.length,
    counts: plan.counts,
    created: plan.rows.flatMap((r) => (r.class === "new" ? [{ line: r.line, label: r.label }] : [])),
    changed: plan.rows.flatMap((r) => (r.class === "changed" ? [{ line: r.line, label: r.label, differences: r.differences }] : [])),
    refused: plan.rows.flatMap((r) => (r.class === "refused" ? [{ line: r.line, label: r.label, reasons: r.reasons }] : [])),
    newPlaces: plan.newPlaces.map((p) => ({ nameEn: p.nameEn, regionEn: p.regionEn, countryCode: p.countryCode, kind: p.kind, lines: p.lines })),
    ...rest,
  };
}

/** Whether anything was written, or would be by applying. */
export const hasChanges = (report: ImportReport) => report.counts.new + report.counts.changed > 0;

const delimiterNames = { ",": "comma", ";": "semicolon", "\t": "tab" } as const;

/** The one-sentence outcome. */
export function outcomeSentence(report: ImportReport): string {
  const { counts } = report;
  // Without --publish only what is new is a draft: a change to a published partnership is published with it, as a
  // staff edit's is (a review before publication is still to come).
  const state = report.publish ? "all published" : "new ones as drafts; a changed partnership keeps its state";
  if (report.outcome === "not_applied") {
    return `Nothing was imported: ${counts.refused} row${counts.refused === 1 ? " was" : "s were"} refused, and all-or-nothing was asked.`;
  }
  if (report.outcome === "preview") {
    return hasChanges(report)
      ? `Preview only: applying would create ${counts.new} and change ${counts.changed} partnership${counts.changed === 1 ? "" : "s"} (${state}).`
      : "Preview only: applying would change nothing.";
  }
  if (!hasChanges(report)) return counts.refused ? "Nothing was imported: every row was refused or already up to date." : "Nothing to import: every row is already up to date.";
  return `Imported: ${counts.new} partnership${counts.new === 1 ? "" : "s"} created and ${counts.changed} changed (${state})${counts.refused ? `; ${counts.refused} refused row${counts.refused === 1 ? "" : "s"} left out` : ""}.`;
}

/** The report as text: counts per class, then each refused row with its reasons, then each changed row with its differences. */
export function formatReport(report: ImportReport): string {
  const out: string[] = [];
  const kind =
    report.format === "xlsx" ? "XLSX, first sheet" : `CSV, ${report.encoding}, ${report.delimiter ? delimiterNames[report.delimiter] : "comma"}-separated`;
  out.push(`${report.fileName} (${kind}; SHA-256 ${report.sha256}): ${report.rows} row${report.rows === 1 ? "" : "s"}`);
  out.push(`  new        ${report.counts.new}`);
  out.push(`  changed    ${report.counts.changed}`);
  out.push(`  unchanged  ${report.counts.unchanged}`);
  out.push(`  refused    ${report.counts.refused}`);
  if (report.newPlaces.length) {
    out.push("", `New partner places to create (${report.publish ? "published" : "drafts"}): ${report.newPlaces.length}`);
    for (const p of report.newPlaces) {
      out.push(`  ${p.nameEn}${p.regionEn ? `, ${p.regionEn}` : ""} (${p.countryCode}, ${p.kind}; row${p.lines.length > 1 ? "s" : ""} ${p.lines.join(", ")})`);
    }
  }
  if (report.refused.length) {
    out.push("", "Refused rows:");
    for (const r of report.refused) {
      out.push(`  row ${r.line}: ${r.label}`);
      for (const reason of r.reasons) out.push(`    - ${reason}`);
    }
  }
  if (report.changed.length) {
    out.push("", "Changed rows:");
    for (const r of report.changed) {
      out.push(`  row ${r.line}: ${r.label}`);
      for (const d of r.differences) out.push(`    - ${d.field}: ${d.before} → ${d.after}`);
    }
  }
  out.push("", outcomeSentence(report));
  return out.join("\n");
}
