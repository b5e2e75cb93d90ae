import { stringify } from "csv-stringify/sync";

/**
 * CSV files that spreadsheets open safely and correctly: the open data export (/data/partnerships.csv) and any staff
 * export. One place for both, so that every CSV the portal writes is escaped the same way.
 */

/** A cell: text as recorded, a number, or nothing (an empty cell). */
export type Cell = string | number | null | undefined;

/**
 * A cell as a spreadsheet may read it without running it. Excel, LibreOffice and WPS take a cell that starts with
 * `=`, `+`, `-` or `@` as a formula (and a leading tab or carriage return can hide one), so text from staff or from a
 * source such as `=HYPERLINK("http://…")` would run on the reader's machine (CSV or formula injection; OWASP's advice):
 * such text gets a leading apostrophe, which spreadsheets show as text and do not display. Text that already starts
 * with apostrophes before one of those characters gets one more, so that the import (spreadsheetText) can take exactly
 * one off and read back what was written. A number is data, never a formula, and keeps its sign: -1.52 stays a
 * longitude.
 */
export function spreadsheetCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * What spreadsheetCell was given, from the text it wrote: the import reads every cell through this, so that a file
 * the portal exported imports back as it was ("'-5" is "-5"). Only its own escape is undone: an apostrophe before
 * (apostrophes and) one of the characters it escapes; any other apostrophe is the cell's own.
 */
export function spreadsheetText(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * A whole CSV file: UTF-8 with a byte order mark (without one, Excel in a Chinese or any non-UTF-8 locale reads the
 * bytes in the system's code page and the Chinese names come out garbled), records ended by CRLF, and fields quoted as
 * RFC 4180 says (a comma, a double quote or a line break inside a field; quotes doubled) by csv-stringify. Every cell
 * goes through spreadsheetCell.
 */
export function spreadsheetCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([header.map(spreadsheetCell), ...rows.map((row) => row.map(spreadsheetCell))], {
    bom: true,
    record_delimiter: "windows",
    // csv-stringify quotes a field with the record delimiter (CRLF) in it, not one with a lone LF or CR: those too.
    quoted_match: /[\r\n]/,
  });
}
