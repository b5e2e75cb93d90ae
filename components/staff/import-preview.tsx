import Link from "next/link";
import type { Difference, RowClass } from "@/lib/import/plan";
import { reasonColumn, type ImportReport, type ReportLine, type StoredImportReport } from "@/lib/import/report";
import type { ImportColumn } from "@/lib/import/rows";
import { splitCitations } from "@/lib/import/sources";
import { partnershipStatuses, partnershipTypes, placeKinds } from "@/lib/enums";
import { staffText } from "@/lib/i18n/staff";

/**
 * The staff import page's pieces: the rows of a file as the import reads them (each cell as written, marked where it
 * is refused or differs from the record), and the result of an applied import.
 */

type Cell = "home" | "partner" | "country" | "type" | "established" | "status" | "sources" | "what";

/** Which cell of the table shows a column of the file. */
const cellOfColumn: Record<ImportColumn, Cell> = {
  home_city: "home",
  home_city_zh: "home",
  partner_city: "partner",
  partner_city_zh: "partner",
  partner_region: "partner",
  latitude: "partner",
  longitude: "partner",
  country: "country",
  country_iso2: "country",
  relationship_type: "type",
  established_year: "established",
  status: "status",
  source: "sources",
};

const cellOfDifference: Record<Difference["field"], Cell> = {
  type: "type",
  established: "established",
  status: "status",
  sources: "sources",
  publication: "what",
};

export const classStyles: Record<RowClass, string> = {
  new: "bg-green-100 text-green-900",
  changed: "bg-amber-100 text-amber-900",
  unchanged: "bg-slate-100 text-slate-700",
  refused: "bg-red-100 text-red-900",
};

export const classLabel = (c: RowClass) => staffText("Import")(`class${c[0]!.toUpperCase()}${c.slice(1)}` as "classNew");

function OutcomeBadge({ value }: { value: RowClass }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${classStyles[value]}`}>{classLabel(value)}</span>;
}

const isType = (v: string): v is (typeof partnershipTypes)[number] => (partnershipTypes as readonly string[]).includes(v);
const isStatus = (v: string): v is (typeof partnershipStatuses)[number] => (partnershipStatuses as readonly string[]).includes(v);

/** A difference's value in words: "Sister city", "Draft", "not recorded"; never the stored key. */
function differenceValue(field: Difference["field"], value: string): string {
  const t = staffText("Import");
  const enums = staffText("Enums");
  const common = staffText("Common");
  if (value === "none") return field === "sources" ? t("none") : t("notRecorded");
  if (field === "type" && isType(value)) return enums(`partnershipTypes.${value}`);
  if (field === "status" && isStatus(value)) return enums(`partnershipStatuses.${value}`);
  if (field === "publication") return value === "published" ? common("published") : common("draft");
  return value;
}

const fieldLabel = (field: Difference["field"]) => staffText("Import")(`diff${field[0]!.toUpperCase()}${field.slice(1)}` as "diffType");

/** One difference as a line: "Type: Friendly-cooperation city → Sister city"; sources as counts with the lists below. */
export function DifferenceLine({ difference: d }: { difference: Difference }) {
  const t = staffText("Import");
  if (d.field === "sources") {
    const before = d.before === "none" ? [] : splitCitations(d.before);
    const after = d.after === "none" ? [] : splitCitations(d.after);
    return (
      <details>
        <summary className="cursor-pointer">
          {fieldLabel("sources")}: {t("sourcesCount", { count: before.length })} → {t("sourcesCount", { count: after.length })}
        </summary>
        <ul className="mt-1 list-disc pl-5 text-xs">
          {after.map((s) => (
            <li key={s} className={before.includes(s) ? "" : "font-medium"}>
              {s}
            </li>
          ))}
        </ul>
      </details>
    );
  }
  return (
    <span>
      {fieldLabel(d.field)}: {differenceValue(d.field, d.before)} → <strong className="font-medium">{differenceValue(d.field, d.after)}</strong>
    </span>
  );
}

const kindLabel = (kind: string) => ((placeKinds as readonly string[]).includes(kind) ? staffText("Enums")(`placeKinds.${kind as (typeof placeKinds)[number]}`) : kind);

/** What the import does with a row, in words, with the reasons or differences that have no cell of their own. */
function WhatHappens({ line, newPlaceKind, notes }: { line: ReportLine; newPlaceKind: string; notes: React.ReactNode[] }) {
  const t = staffText("Import");
  const record = line.tieId !== null && (
    <Link href={`/staff/partnerships/${line.tieId}`} className="text-brand-700 underline">
      {t("openRecord")}
    </Link>
  );
  switch (line.class) {
    case "new":
      return (
        <p>
          {line.partner === "new"
            ? t("whatNewPlace", { place: line.cells.partner_city, kind: kindLabel(newPlaceKind) })
            : t("whatNewExisting", { place: line.partner?.nameEn ?? line.cells.partner_city })}
        </p>
      );
    case "unchanged":
      return (
        <p>
          {t("whatUnchanged")} {record}
        </p>
      );
    case "changed":
      return (
        <>
          <p>
            {t("whatChanged")} {record}
          </p>
          {notes.length > 0 && <ul className="mt-1 list-disc pl-5">{notes}</ul>}
        </>
      );
    case "refused":
      return notes.length > 0 ? (
        <>
          <p className="font-medium">{t("whatRefused")}</p>
          <ul className="mt-1 list-disc pl-5">{notes}</ul>
        </>
      ) : (
        <p className="font-medium">{t("whatRefusedCells", { count: line.reasons.length })}</p>
      );
  }
}

/** The rows of the file: each cell as written; a refused cell red with its reason, a changed one amber with its change. */
export function ImportRowsTable({ report, lines, caption }: { report: ImportReport; lines: ReportLine[]; caption: string }) {
  const t = staffText("Import");
  // The kind the import gives each new place (lib/import/plan.ts, kindFromName), by the rows that name it.
  const newPlaceKinds = new Map(report.newPlaces.flatMap((p) => p.lines.map((l) => [l, p.kind] as const)));
  if (!lines.length) return <p className="mt-4 rounded border border-dashed border-slate-300 p-6 text-slate-700">{t("noRows")}</p>;
  const headers: [Cell | "row" | "outcome", string][] = [
    ["row", t("colRow")],
    ["outcome", t("colOutcome")],
    ["home", t("colHome")],
    ["partner", t("colPartner")],
    ["country", t("colCountry")],
    ["type", t("colType")],
    ["established", t("colEstablished")],
    ["status", t("colStatus")],
    ["sources", t("colSources")],
    ["what", t("colWhat")],
  ];
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full min-w-[64rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300 text-slate-600">
          <tr>
            {headers.map(([key, label]) => (
              <th key={key} scope="col" className="py-2 pr-3 font-medium">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <ImportRow key={line.line} line={line} newPlaceKind={newPlaceKinds.get(line.line) ?? "city"} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ImportRow({ line, newPlaceKind }: { line: ReportLine; newPlaceKind: string }) {
  const t = staffText("Import");
  const c = line.cells;
  // Reasons and differences go to the cell they are about; the rest to "what the import does".
  const marks = new Map<Cell, React.ReactNode[]>();
  const mark = (cell: Cell, node: React.ReactNode) => marks.set(cell, [...(marks.get(cell) ?? []), node]);
  line.reasons.forEach((reason, i) => {
    const column = reasonColumn(reason);
    mark(column ? cellOfColumn[column] : "what", <li key={`r${i}`}>{column ? reason.slice(column.length + 1).trim() : reason}</li>);
  });
  line.differences.forEach((d) => mark(cellOfDifference[d.field], <li key={d.field}><DifferenceLine difference={d} /></li>));
  const tone = line.class === "refused" ? "bg-red-50 ring-1 ring-inset ring-red-300" : "bg-amber-50 ring-1 ring-inset ring-amber-300";
  const td = (cell: Exclude<Cell, "what">, content: React.ReactNode, className = "") => {
    const notes = marks.get(cell);
    return (
      <td className={`py-2 pr-3 pl-1 ${notes ? tone : ""} ${className}`}>
        {content}
        {notes && <ul className={`mt-1 text-xs ${line.class === "refused" ? "text-red-800" : "text-amber-900"}`}>{notes}</ul>}
      </td>
    );
  };
  const sources = splitCitations(c.source);
  return (
    <tr className="border-b border-slate-100 align-top">
      <th scope="row" className="py-2 pr-3 font-normal tabular-nums text-slate-600">
        {line.line}
      </th>
      <td className="py-2 pr-3">
        <OutcomeBadge value={line.class} />
      </td>
      {td("home", <Names first={c.home_city} second={c.home_city_zh} />)}
      {td(
        "partner",
        <>
          <Names first={c.partner_city} second={c.partner_city_zh} />
          {c.partner_region && <span className="block text-xs text-slate-600">{c.partner_region}</span>}
          {(c.latitude || c.longitude) && (
            <span className="block text-xs tabular-nums text-slate-600">
              {c.latitude}, {c.longitude}
            </span>
          )}
        </>,
      )}
      {td(
        "country",
        <>
          {c.country_iso2 && <span className="font-mono">{c.country_iso2}</span>} {c.country && <span className="text-slate-600">{c.country}</span>}
        </>,
      )}
      {td("type", c.relationship_type && <code className="text-xs">{c.relationship_type}</code>)}
      {td("established", c.established_year, "tabular-nums")}
      {td("status", c.status && <code className="text-xs">{c.status}</code>)}
      {td(
        "sources",
        sources.length > 0 && (
          <details>
            <summary className="cursor-pointer">{t("sourcesCount", { count: sources.length })}</summary>
            <ul className="mt-1 list-disc pl-4 text-xs break-words">
              {sources.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </details>
        ),
      )}
      <td className={`py-2 pr-3 pl-1 ${line.class === "refused" ? "text-red-900" : ""}`}>
        <WhatHappens line={line} newPlaceKind={newPlaceKind} notes={marks.get("what") ?? []} />
      </td>
    </tr>
  );
}

function Names({ first, second }: { first: string; second: string }) {
  return (
    <>
      {first && <span className="block font-medium">{first}</span>}
      {second && (
        <span lang="zh-CN" className="block">
          {second}
        </span>
      )}
    </>
  );
}

/** An applied import's result: its counts, then what it created, changed and left out (the first few hundred of each). */
export function ImportResult({ report }: { report: StoredImportReport }) {
  const t = staffText("Import");
  return (
    <div className="mt-4 flex flex-col gap-6">
      <p>{report.counts.new + report.counts.changed > 0 ? t("appliedCounts", report.counts) : t("appliedNothing")}</p>
      <ResultRows id="import-created" title={t("appliedCreated")} rows={report.created} listClassName="columns-1 gap-6 sm:columns-2" />
      <ResultRows
        id="import-changed"
        title={t("appliedChanged")}
        rows={report.changed}
        details={(r) => r.differences.map((d) => <li key={d.field}><DifferenceLine difference={d} /></li>)}
      />
      <ResultRows id="import-refused" title={t("appliedRefused")} tone="text-red-900" detailsClassName="text-red-900" rows={report.refused} details={(r) => r.reasons.map((reason) => <li key={reason}>{reason}</li>)} />
    </div>
  );
}

/** One list of the result (nothing if it is empty): each row's number and label, with its details below it. */
function ResultRows<R extends { line: number; label: string }>({
  id,
  title,
  rows,
  details,
  tone = "text-brand-800",
  listClassName = "flex flex-col gap-2",
  detailsClassName = "",
}: {
  id: string;
  title: string;
  rows: R[];
  details?: (row: R) => React.ReactNode;
  tone?: string;
  listClassName?: string;
  detailsClassName?: string;
}) {
  const shown = 200;
  if (!rows.length) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={`text-lg font-semibold ${tone}`}>
        {title} ({rows.length})
      </h2>
      <ul className={`mt-2 text-sm ${listClassName}`}>
        {rows.slice(0, shown).map((r) => (
          <li key={r.line}>
            <span className="tabular-nums text-slate-600">{r.line}.</span> {r.label}
            {details && <ul className={`list-disc pl-6 ${detailsClassName}`}>{details(r)}</ul>}
          </li>
        ))}
      </ul>
      {rows.length > shown && <p className="mt-1 text-sm text-slate-700">{staffText("Import")("more", { count: rows.length - shown })}</p>}
    </section>
  );
}
