import { isCountryCode } from "@/lib/countries";
import { partnershipStatuses, partnershipTypes } from "@/lib/enums";
import { ImportFileError } from "./errors";
import type { ImportTable } from "./read";
import { splitCitations } from "./sources";

/** The columns of shared/data/shandong-partnerships.csv, which every import file has (a cell may be empty). */
export const requiredColumns = [
  "home_city",
  "home_city_zh",
  "partner_city",
  "partner_region",
  "country",
  "country_iso2",
  "relationship_type",
  "established_year",
  "source",
] as const;

/** Columns a file may add: the tie's standing, the partner's Chinese name, and its position (for a new place). */
export const optionalColumns = ["status", "partner_city_zh", "latitude", "longitude"] as const;

/** Every column, in the order the portal writes them (its CSV export, /data/partnerships.csv), so an export reads back in. */
export const partnershipFileColumns = [...requiredColumns, ...optionalColumns] as const;

export type ImportColumn = (typeof requiredColumns)[number] | (typeof optionalColumns)[number];
export type PartnershipType = (typeof partnershipTypes)[number];
export type PartnershipStatus = (typeof partnershipStatuses)[number];

/** The earliest year a tie of the People's Republic can have: ties date from 1949 on (Shandong's first is 1979). */
export const earliestYear = 1949;

const maxNameLength = 200;
const maxCitationLength = 1000;
const maxCitations = 30;

/** Where each known column is in the file's rows. Throws ImportFileError naming the missing and unknown columns. */
export function checkHeader(header: string[]): Map<ImportColumn, number> {
  const known = new Set<string>([...requiredColumns, ...optionalColumns]);
  const names = header.map((h) => h.replace(/^\uFEFF/, "").trim().toLowerCase());
  const positions = new Map<ImportColumn, number>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  names.forEach((name, i) => {
    if (name === "" && header.slice(i).every((h) => h.trim() === "")) return;
    if (!known.has(name)) unknown.push(name === "" ? `(an empty header in column ${i + 1})` : header[i]!.trim());
    else if (positions.has(name as ImportColumn)) repeated.push(name);
    else positions.set(name as ImportColumn, i);
  });
  const missing = requiredColumns.filter((c) => !positions.has(c));
  if (missing.length || unknown.length || repeated.length) {
    const parts = [
      missing.length ? `missing required column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}` : null,
      unknown.length ? `unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}` : null,
      repeated.length ? `column${repeated.length > 1 ? "s" : ""} given twice: ${repeated.join(", ")}` : null,
    ].filter(Boolean);
    throw new ImportFileError(
      `The header row does not fit: ${parts.join("; ")}. The columns are ${requiredColumns.join(", ")}, and optionally ${optionalColumns.join(", ")}.`,
    );
  }
  return positions;
}

/** One valid row, as the import uses it. */
export interface ImportRow {
  line: number;
  homeCity: string;
  homeCityZh: string;
  partnerCity: string;
  /** Null where the file has no partner_city_zh column or the cell is empty. */
  partnerCityZh: string | null;
  partnerRegion: string | null;
  country: string;
  countryCode: string;
  type: PartnershipType;
  /** Null: the sources give no year. */
  year: number | null;
  /** Null: the file does not say (no status column, or an empty cell). */
  status: PartnershipStatus | null;
  /** Null: the file does not give both. */
  coordinates: { latitude: number; longitude: number } | null;
  citations: string[];
}

export type RowCheck = { ok: true; row: ImportRow } | { ok: false; line: number; label: string; reasons: string[] };

/** "Jinan – Vantaa (FI)": how the report names a row, from its cells as written. */
export function rowLabel(cell: (c: ImportColumn) => string): string {
  const home = cell("home_city") || cell("home_city_zh") || "?";
  const partner = cell("partner_city") || cell("partner_city_zh") || "?";
  const country = cell("country_iso2");
  return `${home} – ${partner}${country ? ` (${country})` : ""}`;
}

function coordinate(value: string, column: "latitude" | "longitude", limit: number, reasons: string[]): number | null {
  if (value === "") return null;
  const n = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n)) reasons.push(`${column}: "${value}" is not a number`);
  else if (Math.abs(n) > limit) reasons.push(`${column}: ${value} is outside -${limit} to ${limit}`);
  else return n;
  return null;
}

/** Checks one row's cells, giving every reason it can't be imported (a reason per cell, prefixed with its column). */
export function checkRow(line: number, cells: string[], columns: Map<ImportColumn, number>, headerLength: number, currentYear: number): RowCheck {
  const cell = (c: ImportColumn) => {
    const i = columns.get(c);
    return i === undefined ? "" : (cells[i] ?? "").trim();
  };
  const reasons: string[] = [];
  const extra = cells.slice(headerLength).filter((c) => c.trim() !== "").length;
  if (extra) reasons.push(`the row has ${extra} more cell${extra > 1 ? "s" : ""} than the header has columns`);

  const homeCity = cell("home_city");
  const homeCityZh = cell("home_city_zh");
  if (!homeCity && !homeCityZh) reasons.push("home_city: missing (give home_city or home_city_zh)");
  const partnerCity = cell("partner_city");
  if (!partnerCity) reasons.push("partner_city: missing");
  for (const c of ["home_city", "home_city_zh", "partner_city", "partner_city_zh", "partner_region"] as const) {
    if (cell(c).length > maxNameLength) reasons.push(`${c}: longer than ${maxNameLength} characters`);
  }

  const countryCode = cell("country_iso2").toUpperCase();
  if (!countryCode) reasons.push("country_iso2: missing");
  else if (!isCountryCode(countryCode)) reasons.push(`country_iso2: "${cell("country_iso2")}" is not a country code (ISO 3166-1 alpha-2, such as DE)`);
  else if (countryCode === "CN") reasons.push("country_iso2: CN is the office's own country; a partner is abroad");

  const typeCell = cell("relationship_type");
  const type = partnershipTypes.find((t) => t === typeCell.toLowerCase());
  if (!type) reasons.push(typeCell ? `relationship_type: "${typeCell}" is not one of ${partnershipTypes.join(", ")}` : "relationship_type: missing");

  const yearCell = cell("established_year");
  let year: number | null = null;
  if (yearCell) {
    if (!/^\d{4}$/.test(yearCell)) reasons.push(`established_year: "${yearCell}" is not a year (four digits, such as 1983)`);
    else if (Number(yearCell) > currentYear) reasons.push(`established_year: ${yearCell} is in the future`);
    else if (Number(yearCell) < earliestYear) reasons.push(`established_year: ${yearCell} is before ${earliestYear}`);
    else year = Number(yearCell);
  }

  const statusCell = cell("status");
  const status = statusCell ? (partnershipStatuses.find((s) => s === statusCell.toLowerCase()) ?? null) : null;
  if (statusCell && !status) reasons.push(`status: "${statusCell}" is not one of ${partnershipStatuses.join(", ")}`);

  const latitude = coordinate(cell("latitude"), "latitude", 90, reasons);
  const longitude = coordinate(cell("longitude"), "longitude", 180, reasons);
  if ((cell("latitude") === "") !== (cell("longitude") === "")) reasons.push("latitude and longitude: give both or neither");

  const citations = splitCitations(cell("source"));
  if (citations.length > maxCitations) reasons.push(`source: ${citations.length} citations; a partnership keeps at most ${maxCitations}`);
  if (citations.some((c) => c.length > maxCitationLength)) reasons.push(`source: a citation longer than ${maxCitationLength} characters`);

  if (reasons.length || !type) return { ok: false, line, label: rowLabel(cell), reasons };
  return {
    ok: true,
    row: {
      line,
      homeCity,
      homeCityZh,
      partnerCity,
      partnerCityZh: cell("partner_city_zh") || null,
      partnerRegion: cell("partner_region") || null,
      country: cell("country"),
      countryCode,
      type,
      year,
      status,
      coordinates: latitude !== null && longitude !== null ? { latitude, longitude } : null,
      citations,
    },
  };
}

/** Every data row of a table, checked. Throws ImportFileError for a header that does not fit. */
export function checkRows(table: ImportTable, currentYear: number): RowCheck[] {
  const columns = checkHeader(table.header);
  if (!table.rows.length) throw new ImportFileError("The file has a header but no rows.");
  return table.rows.map((r) => checkRow(r.line, r.cells, columns, table.header.length, currentYear));
}
