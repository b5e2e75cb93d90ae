import "server-only";
import type { z } from "zod";
import { countryNameIn } from "@/lib/i18n/format";
import { staffText } from "@/lib/i18n/staff";
import { officeTimeZone, officeToday } from "@/lib/office-clock";
import { spreadsheetCsv, type Cell } from "@/lib/spreadsheet-csv";
import { spreadsheetXlsx } from "@/lib/spreadsheet-xlsx";
import type { SearchParams } from "@/lib/validation/lists";
import { TooManyRowsError } from "./errors";
import { listedOffice } from "./offices";
import type { Page } from "./paging";

/**
 * Every staff list's export (issue 15): what the list shows, with its search, filters, archived choice and order, every
 * row of it rather than one page, as CSV or XLSX. A list gives a ListExport (a kind's in lib/kinds/<kind>/staff-export.ts):
 * its query schema (its page's own), how to read all its rows (its page's own list function, asked for every row:
 * listPage's "all"), and its columns. Each list's app/(staff)/staff/<area>/export/route.ts checks the session and
 * role, then answers with exportResponse.
 */

export interface ExportColumn<T> {
  /** In words a user understands (the list's own column headers), except where a file format fixes them. */
  header: string;
  /** In characters, as Excel measures a column. */
  width: number;
  cell: (row: T) => Cell;
}

export interface ListExport<Q, T> {
  /** The file's name: amity-<file>-<the office's date>.csv. */
  file: string;
  /** The XLSX sheet's name: the list's title. */
  sheet: string;
  /** How the list's page reads its query string; malformed values are dropped as the page drops them. */
  schema: z.ZodType<Q, unknown>;
  /** Every row of the list for the query, in the list's order: of one office's records, or every office's (null). */
  rows: (query: Q & { officePlaceId: number | null }) => Promise<T[]>;
  columns: ExportColumn<NoInfer<T>>[];
}

/**
 * A list's export, typed by its own query and rows. `make` is asked again for the sheet's name and the columns each
 * time a file is made, because their words are in the staff language of the request that asks (a spec made once at
 * module load would keep the first request's language for everyone).
 */
export const defineExport = <Q, T>(make: () => ListExport<Q, T>): ListExport<Q, T> => {
  const spec = make();
  return {
    ...spec,
    get sheet() {
      return make().sheet;
    },
    get columns() {
      return make().columns;
    },
  };
};

/** The rows of a kind's list function (listPage-based) asked for every row instead of a page. */
export const everyRow =
  <L extends { page: number | "all" }, T>(list: (query: L) => Promise<Page<T>>) =>
  async (query: Omit<L, "page">): Promise<T[]> =>
    (await list({ ...query, page: "all" } as L)).items;

export const exportFormats = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export type ExportFormat = keyof typeof exportFormats;

export interface ExportFile {
  name: string;
  contentType: string;
  body: Uint8Array | string;
}

/** The export as a file, for a query already read (see exportResponse). Throws TooManyRowsError past the limit. */
export async function exportFile<Q, T>(spec: ListExport<Q, T>, query: Q & { officePlaceId: number | null }, format: ExportFormat, today = officeToday()): Promise<ExportFile> {
  const columns = spec.columns;
  const rows = (await spec.rows(query)).map((row) => columns.map((c) => c.cell(row)));
  const name = `amity-${spec.file}-${today}.${format}`;
  const body = format === "csv" ? spreadsheetCsv(columns.map((c) => c.header), rows) : await spreadsheetXlsx(spec.sheet, columns, rows);
  return { name, contentType: exportFormats[format], body };
}

/** A query string as a page's searchParams has it: a repeated parameter as a list of its values. */
export function searchParamsOf(params: URLSearchParams): SearchParams {
  const out: SearchParams = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

const refusal = (status: number, message: string) =>
  new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

/**
 * The answer to GET <list>/export?format=csv|xlsx&<the list's query>: the file, as a download, never cached (staff data,
 * drafts included). The caller has checked the session and role. A format other than csv or xlsx is a 400; a list
 * longer than an export may be is a 422 that says how long it is.
 */
export async function exportResponse<Q, T>(request: Request, spec: ListExport<Q, T>, user: { officePlaceId: number | null }): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const format = params.get("format");
  if (format !== "csv" && format !== "xlsx") {
    return refusal(400, `Unknown export format${format ? ` "${format.slice(0, 20)}"` : ""}: ask for format=csv or format=xlsx.`);
  }
  const query = spec.schema.parse(searchParamsOf(params));
  // What the list showed: the account's office's records, or every office's (?office=all), as the page does.
  const office = listedOffice(query as { office?: "all" }, user);
  let file: ExportFile;
  try {
    file = await exportFile(spec, { ...query, officePlaceId: office }, format);
  } catch (error) {
    if (error instanceof TooManyRowsError) return refusal(422, error.message);
    throw error;
  }
  return new Response(file.body as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A record's state as its list's badge says it: "Archived", else "Published" or "Draft". */
export function stateCell(row: { publication: "draft" | "published"; archived: boolean }): string {
  const t = staffText("Common");
  return row.archived ? t("archived") : t(row.publication);
}

/** A country as staff read it ("Finland"), from its code. */
export const countryCell = (code: string) => countryNameIn("en", code);

const officeClock = new Intl.DateTimeFormat("sv-SE", { timeZone: officeTimeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZoneName: "longOffset" });

/**
 * A moment as ISO 8601 text in the office's time, with its offset ("2026-12-02T05:57:35+08:00"): what the pages show
 * (Beijing time), to the second, and unambiguous wherever the file is opened. Text rather than a spreadsheet date,
 * which has no time zone.
 */
export function exportTime(at: string | Date): string {
  const parts = Object.fromEntries(officeClock.formatToParts(typeof at === "string" ? new Date(at) : at).map((p) => [p.type, p.value]));
  const offset = (parts.timeZoneName ?? "GMT").replace(/^GMT/, "") || "+00:00";
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}
