import { spreadsheetCell, type Cell } from "./spreadsheet-csv";

/** A column of a workbook: its header and its width in characters (Excel's unit). */
export interface SheetColumn {
  header: string;
  width: number;
}

/** Excel refuses a sheet name over 31 characters or with any of : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet1";

/**
 * A workbook of one sheet, the twin of spreadsheetCsv (lib/spreadsheet-csv.ts) for staff exports: the header row in
 * bold and frozen, so it stays in view while scrolling, and each column as wide as asked. Text goes through
 * spreadsheetCell like the CSV's, so the two files hold the same text and the import reads either back; a number is a
 * number cell (a count sums, a longitude keeps its sign); an empty cell is left empty.
 */
export async function spreadsheetXlsx(name: string, columns: readonly SheetColumn[], rows: readonly (readonly Cell[])[]): Promise<Uint8Array> {
  // Loaded when a workbook is asked for: it is large, and only exports and the import use it.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Amity";
  const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: spreadsheetCell(c.header), width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(row.map((cell) => (typeof cell === "number" ? (Number.isFinite(cell) ? cell : null) : cell === null || cell === undefined ? null : spreadsheetCell(cell))));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
