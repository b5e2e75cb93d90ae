import { parse } from "csv-parse/sync";
import { spreadsheetText } from "@/lib/spreadsheet-csv";
import { ImportFileError } from "./errors";
import { binaryCharacters, decodeText, detectDelimiter, type TextEncodingName } from "./text";
import { isXlsxListing, isZip, listZip } from "./zip";

/** The limits of one import: the file, the rows it may hold, and any one cell. Past any of them it is refused whole. */
export const importLimits = {
  fileBytes: 10 * 1024 * 1024,
  /**
   * An office's whole list is hundreds of rows (Shandong's about 700); 20,000 is far past any. Applying writes about
   * 140 rows a second (README, "Importing partnerships"), so a file past this would hold one transaction for minutes.
   */
  rows: 20_000,
  cellBytes: 1024 * 1024,
  /** What an XLSX may unpack to (its parts are XML, which compresses 10 to 20 times). */
  unpackedBytes: 200 * 1024 * 1024,
} as const;

export const notCsvOrXlsx = "This is not a CSV or XLSX file.";

/**
 * A file's first sheet as text: its header and its data rows, each with the row number a spreadsheet shows. A cell the
 * portal's own export escaped against formulas ("'-5", lib/spreadsheet-csv.ts) is read as it was before ("-5").
 */
export interface ImportTable {
  format: "csv" | "xlsx";
  /** CSV only. */
  encoding: TextEncodingName | null;
  delimiter: "," | ";" | "\t" | null;
  header: string[];
  rows: { line: number; cells: string[] }[];
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads an uploaded file, whatever its name says: a ZIP holding an OOXML workbook is an XLSX, text is a CSV, anything
 * else is refused. Throws ImportFileError with the sentence to show.
 */
export async function readTable(bytes: Uint8Array): Promise<ImportTable> {
  checkFileSize(bytes.length);
  const table = isZip(bytes) ? await readXlsx(bytes) : readCsv(bytes);
  checkSize(table);
  return table;
}

/** Refuses an empty file or one over the limit: a caller holding only the size (a file on disk) asks before reading it. */
export function checkFileSize(size: number): void {
  if (size === 0) throw new ImportFileError("The file is empty.");
  if (size > importLimits.fileBytes) {
    throw new ImportFileError(`The file is ${megabytes(size)}; an import takes at most ${megabytes(importLimits.fileBytes)}. Split it into smaller files.`);
  }
}

function checkSize(table: ImportTable) {
  if (table.rows.length > importLimits.rows) {
    throw new ImportFileError(`The file has ${table.rows.length.toLocaleString("en")} rows; an import takes at most ${importLimits.rows.toLocaleString("en")}. Split it into smaller files.`);
  }
  const encoder = new TextEncoder();
  for (const row of [{ line: 1, cells: table.header }, ...table.rows]) {
    row.cells.forEach((cell, i) => {
      // A character is at most 3 bytes of UTF-8 below the astral planes, 4 above: measure only what may be too long.
      if (cell.length * 4 <= importLimits.cellBytes) return;
      const size = encoder.encode(cell).length;
      if (size > importLimits.cellBytes) {
        throw new ImportFileError(
          `Row ${row.line}, column ${table.header[i] ?? i + 1}: the cell holds ${megabytes(size)}; a cell may hold at most ${megabytes(importLimits.cellBytes)}. Nothing was imported.`,
        );
      }
    });
  }
}

/** Rows that hold something: spreadsheets export empty rows (",,,,") below their data. */
const blank = (cells: string[]) => cells.every((c) => c === "");

function readCsv(bytes: Uint8Array): ImportTable {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new ImportFileError(`${notCsvOrXlsx} It is an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV.`);
  }
  // UTF-16 text has NUL bytes in every other place; anything else with a NUL is binary.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0)) throw new ImportFileError(notCsvOrXlsx);
  let decoded: ReturnType<typeof decodeText>;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    throw error instanceof ImportFileError ? error : new ImportFileError(notCsvOrXlsx);
  }
  const { text, encoding } = decoded;
  if (binaryCharacters.test(text)) throw new ImportFileError(notCsvOrXlsx);
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportFileError(`The CSV can't be read: ${message}`);
  }
  const [header, ...rest] = records.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => spreadsheetText(c.trim())) })).filter((r) => !blank(r.cells));
  if (!header) throw new ImportFileError("The file has no header row.");
  return { format: "csv", encoding, delimiter, header: header.cells, rows: rest };
}

/** The minimal view of an exceljs cell that reading needs. */
interface SheetCell {
  type: number;
  value: unknown;
  text: string;
  formula?: string;
}

/**
 * A cell's text. A formula is kept as its formula ("=HYPERLINK(…)"), never as the result Excel last computed and never
 * evaluated: what staff see in the sheet's formula bar is what is imported, as text.
 */
function cellText(cell: SheetCell, formulaType: number): string {
  const value = cell.value as { formula?: string; sharedFormula?: string } | Date | null;
  if (cell.type === formulaType) {
    const formula = cell.formula ?? (value && !(value instanceof Date) ? (value.formula ?? value.sharedFormula) : undefined);
    return formula ? `=${formula}`.trim() : "";
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return spreadsheetText((cell.text ?? "").trim());
}

async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  const listing = listZip(bytes);
  if (!listing || !isXlsxListing(listing)) throw new ImportFileError(notCsvOrXlsx);
  if (listing.unpackedBytes > importLimits.unpackedBytes) {
    throw new ImportFileError(`The workbook unpacks to ${megabytes(listing.unpackedBytes)}; an import takes at most ${megabytes(importLimits.unpackedBytes)} unpacked.`);
  }
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportFileError(`The XLSX file can't be read: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError("The workbook has no sheet.");
  const rows: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c) as unknown as SheetCell, ExcelJS.ValueType.Formula));
    while (cells.length && cells[cells.length - 1] === "") cells.pop();
    if (!blank(cells)) rows.push({ line, cells });
  });
  const [header, ...rest] = rows;
  if (!header) throw new ImportFileError("The workbook's first sheet is empty.");
  return { format: "xlsx", encoding: null, delimiter: null, header: header.cells, rows: rest };
}
