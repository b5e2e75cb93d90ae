import crypto from "node:crypto";
import type { Difference, ImportPlan, PlannedRow, RowClass } from "./plan";
import type { ImportTable } from "./read";
import { checkHeader, partnershipFileColumns, type ImportColumn } from "./rows";

/**
 * One row of the file as the staff page's preview shows it: its cells as written, and what the import makes of it.
 * `partner` (a new partnership): the place abroad it names, found or to be created; `tieId`: the partnership it changes
 * or matches.
 */
export interface ReportLine {
  line: number;
  class: RowClass;
  cells: Record<ImportColumn, string>;
  partner: { id: number; nameEn: string } | "new" | null;
  tieId: number | null;
  differences: Difference[];
  reasons: string[];
}

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
  /**
   * What the plan would do, as a digest: an apply given the digest of the preview it was asked from refuses to go on if
   * the records changed in between and the plan with them, so nothing the user did not see is written.
   */
  planDigest: string;
  /** Every data row, in the file's order. */
  lines: ReportLine[];
}

/** The report as kept once applied (the staff page shows it later): without its rows, which the file still has. */
export type StoredImportReport = Omit<ImportReport, "lines">;

/** A digest of what each row would do (its class, the tie or place it touches, its differences): see planDigest. */
export function planDigestOf(plan: ImportPlan): string {
  const hash = crypto.createHash("sha256");
  for (const r of plan.rows) hash.update(JSON.stringify(digestPart(r)) + "\n");
  for (const p of plan.newPlaces) hash.update(JSON.stringify(["place", p.key, p.lines]) + "\n");
  return hash.digest("hex");
}

function digestPart(r: PlannedRow): unknown[] {
  switch (r.class) {
    case "new":
      return [r.line, r.class, r.home.id, "place" in r.partner ? r.partner.place.id : r.partner.create.key];
    case "changed":
      return [r.line, r.class, r.tie.id, r.tie.version, r.differences];
    case "unchanged":
      return [r.line, r.class, r.tie.id, r.tie.version];
    case "refused":
      return [r.line, r.class, r.reasons];
  }
}

/** The rows of the table with their cells by column name, for the preview. */
function reportLines(table: ImportTable, plan: ImportPlan): ReportLine[] {
  const columns = checkHeader(table.header);
  const cellsOf = new Map(
    table.rows.map((r) => [
      r.line,
      Object.fromEntries(partnershipFileColumns.map((c) => [c, columns.has(c) ? (r.cells[columns.get(c)!] ?? "").trim() : ""])) as Record<ImportColumn, string>,
    ]),
  );
  return plan.rows.map((r) => ({
    line: r.line,
    class: r.class,
    cells: cellsOf.get(r.line)!,
    partner: r.class !== "new" ? null : "place" in r.partner ? { id: r.partner.place.id, nameEn: r.partner.place.nameEn } : "new",
    tieId: r.class === "changed" || r.class === "unchanged" ? r.tie.id : null,
    differences: r.class === "changed" ? r.differences : [],
    reasons: r.class === "refused" ? r.reasons : [],
  }));
}

/** The column a reason is about, where it names one ("country_iso2: … is not a country code"), for the cell to mark. */
export function reasonColumn(reason: string): ImportColumn | null {
  const name = /^([a-z0-9_]+):/.exec(reason)?.[1];
  return (partnershipFileColumns as readonly string[]).includes(name ?? "") ? (name as ImportColumn) : null;
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
    planDigest: planDigestOf(plan),
    lines: reportLines(table, plan),
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
