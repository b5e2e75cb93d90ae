import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/db";
import * as t from "@/db/schema";
import { readPartnershipCsv, seed } from "@/db/seed";
import { tieHistory } from "@/db/seed-data/history";
import { countryCodes } from "@/lib/countries";
import { continentOfCountry } from "@/lib/country-continents";
import { findScriptActor } from "@/lib/data/users";
import { ImportFileError } from "@/lib/import/errors";
import { detectDelimiter } from "@/lib/import/text";
import { formatReport, reasonColumn } from "@/lib/import/report";
import { requiredColumns } from "@/lib/import/rows";
import {
  applyImport,
  applyImportUpload,
  getImportUpload,
  ImportAlreadyAppliedError,
  ImportPlanChangedError,
  previewImport,
  saveImportUpload,
} from "@/lib/kinds/partnership/staff-import";
import { ForbiddenError } from "@/lib/records/errors";
import type { Actor } from "@/lib/records/actor";
import { auditSince, fingerprint, lastAuditId } from "./support/actions";
import { zip } from "./support/zip";
import { freshDatabase } from "./support/db";

const seedCsvPath = path.join(process.cwd(), "db", "seed-data", "shandong-partnerships.csv");
const seedCsv = fs.readFileSync(seedCsvPath);

const home = alias(t.places, "home");
const partner = alias(t.places, "partner");

/** Every partnership as a reader of the portal knows it: its two places, type, date, standing, publication, sources. */
async function tiesOf(db: Db) {
  const ties = await db
    .select({
      id: t.partnerships.id,
      slug: t.partnerships.slug,
      home: home.nameEn,
      partner: partner.nameEn,
      partnerZh: partner.nameZh,
      country: partner.countryCode,
      type: t.partnerships.type,
      status: t.partnerships.status,
      establishedOn: t.partnerships.establishedOn,
      establishedPrecision: t.partnerships.establishedPrecision,
      publication: t.partnerships.publication,
    })
    .from(t.partnerships)
    .innerJoin(home, eq(home.id, t.partnerships.homePlaceId))
    .innerJoin(partner, eq(partner.id, t.partnerships.partnerPlaceId))
    .orderBy(asc(t.partnerships.slug));
  const sources = await db
    .select({
      partnershipId: t.partnershipSources.partnershipId,
      position: t.partnershipSources.position,
      citation: t.partnershipSources.citation,
      url: t.partnershipSources.url,
      titleEn: t.partnershipSources.titleEn,
      titleZh: t.partnershipSources.titleZh,
      kind: t.partnershipSources.kind,
      note: t.partnershipSources.note,
    })
    .from(t.partnershipSources)
    .orderBy(asc(t.partnershipSources.partnershipId), asc(t.partnershipSources.position));
  return ties.map(({ id, ...tie }) => ({
    ...tie,
    sources: sources.filter((s) => s.partnershipId === id).map(({ partnershipId: _p, ...s }) => s),
  }));
}

/** A CSV from rows of cells, quoted where needed. */
function csv(rows: string[][], delimiter = ","): string {
  const quote = (c: string) => (/[",;\t\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(quote).join(delimiter)).join("\r\n") + "\r\n";
}

const header = [...requiredColumns];
const row = (over: Partial<Record<(typeof requiredColumns)[number] | "status" | "partner_city_zh" | "latitude" | "longitude", string>>) => ({
  home_city: "Jinan",
  home_city_zh: "济南市",
  partner_city: "Nowhere",
  partner_region: "",
  country: "Poland",
  country_iso2: "PL",
  relationship_type: "friendly_cooperation",
  established_year: "2015",
  source: "https://example.org/source",
  ...over,
});
const cellsOf = (columns: string[], r: Record<string, string>) => columns.map((c) => r[c] ?? "");
const file = (fileName: string, text: string | Uint8Array) => ({ fileName, bytes: typeof text === "string" ? new TextEncoder().encode(text) : text });

async function xlsx(rows: (string | number | ExcelJS.CellFormulaValue)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Partnerships");
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

let db: Db;
let drop: () => Promise<void>;
let admin: Actor;
let editor: Actor;
let viewer: Actor;
let reference: Awaited<ReturnType<typeof tiesOf>>;

beforeAll(async () => {
  // The demo as the normal seed makes it, kept as plain values; then the database the suite imports into.
  const normal = await freshDatabase({ seed: true });
  reference = await tiesOf(normal.db);
  await normal.drop();
  ({ db, drop } = await freshDatabase());
  await seed(db, { demoAccounts: true, partnerships: false });
  admin = (await findScriptActor({}))!;
  editor = (await findScriptActor({ email: "editor@example.org" }))!;
  viewer = (await findScriptActor({ email: "viewer@example.org" }))!;
});
afterAll(() => drop?.());

/** Runs `work` and says whether the database is exactly as before it. */
async function unchangedBy(work: () => Promise<unknown>): Promise<boolean> {
  const before = await fingerprint(db);
  await work().catch(() => {});
  return JSON.stringify(await fingerprint(db)) === JSON.stringify(before);
}

/** The message a refused file gets; the database is unchanged. */
async function refusal(input: { fileName: string; bytes: Uint8Array }): Promise<string> {
  const before = await fingerprint(db);
  const error = await applyImport(input, admin, { publish: true }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  expect(await fingerprint(db)).toEqual(before);
  return (error as Error).message;
}

describe("importing the demo's partnership list into a database seeded without partnerships", () => {
  it("starts with the places and no partnership", async () => {
    expect(reference).toHaveLength(136);
    expect(await tiesOf(db)).toEqual([]);
  });

  it("previews 136 new partnerships and writes nothing", async () => {
    let report: Awaited<ReturnType<typeof previewImport>> | undefined;
    expect(await unchangedBy(async () => (report = await previewImport(file("shandong-partnerships.csv", seedCsv), viewer, { publish: true })))).toBe(true);
    expect(report!.counts).toEqual({ new: 136, changed: 0, unchanged: 0, refused: 0 });
    // Every partner place is matched, North Shore City (now part of Auckland) and the two Gwangjus included.
    expect(report!.newPlaces).toEqual([]);
    expect(report!.outcome).toBe("preview");
  });

  it("recreates the 136 ties as the normal seed has them, with an audit entry each and one for the import", async () => {
    const auditBefore = await lastAuditId(db);
    const report = await applyImport(file("shandong-partnerships.csv", seedCsv), admin, { publish: true });
    expect(report.counts).toEqual({ new: 136, changed: 0, unchanged: 0, refused: 0 });
    expect(report.outcome).toBe("applied");

    // What db/seed-data/history.ts adds to the list from sources beyond its rows (a stated status, a year that is not
    // one of an established tie) is not in the file: the import takes the file's word there, and only there.
    const beyondTheList = Object.entries(tieHistory).filter(([, h]) => h.status !== undefined || h.established !== undefined);
    expect(beyondTheList.map(([slug]) => slug).sort()).toEqual(["jinan-coventry", "jinan-vantaa", "jining-springfield"]);
    const list = readPartnershipCsv();
    const expected = reference.map((tie) => {
      const history = tieHistory[tie.slug];
      if (!history || (history.status === undefined && history.established === undefined)) return tie;
      const csvRow = list.find((r) => tie.slug.startsWith(r.home_city.toLowerCase()) && r.partner_city === tie.partner)!;
      const year = csvRow.established_year;
      return { ...tie, status: "not_recorded", establishedOn: year ? `${year}-01-01` : null, establishedPrecision: year ? "year" : null };
    });
    const imported = await tiesOf(db);
    expect(imported).toHaveLength(136);
    expect(imported).toEqual(expected);

    const entries = await auditSince(db, auditBefore);
    expect(entries.filter((e) => e.action === "create" && e.entity_type === "partnership")).toHaveLength(136);
    expect(entries.every((e) => e.actor_id === admin.id)).toBe(true);
    const sha256 = crypto.createHash("sha256").update(seedCsv).digest("hex");
    const own = entries.filter((e) => e.entity_type === "import");
    expect(own).toHaveLength(1);
    expect(own[0]!.after).toMatchObject({ file: "shandong-partnerships.csv", sha256, created: 136, changed: 0, unchanged: 0, refused: 0, publication: "published" });
    expect(entries).toHaveLength(137);
  });

  it("imports the same file again as 136 unchanged rows and changes nothing", async () => {
    let report: Awaited<ReturnType<typeof applyImport>> | undefined;
    expect(await unchangedBy(async () => (report = await applyImport(file("shandong-partnerships.csv", seedCsv), admin, { publish: true })))).toBe(true);
    expect(report!.counts).toEqual({ new: 0, changed: 0, unchanged: 136, refused: 0 });
    expect(formatReport(report!)).toContain("Nothing to import: every row is already up to date.");
  });
});

describe("changes, new places, names", () => {
  it("lists a changed row's differences, old to new, and records the edit like a staff save", async () => {
    const [vantaa] = await tiesOf(db).then((all) => all.filter((x) => x.slug === "jinan-vantaa"));
    const text = csv([
      [...header, "status"],
      cellsOf([...header, "status"], row({ partner_city: "Vantaa", country: "Finland", country_iso2: "FI", relationship_type: "sister_city", established_year: "2002", source: [...vantaa!.sources.map((s) => s.citation), "https://example.org/vantaa"].join(" | "), status: "dormant" })),
    ]);
    const auditBefore = await lastAuditId(db);
    const report = await applyImport(file("vantaa.csv", text), editor);
    expect(report.counts).toEqual({ new: 0, changed: 1, unchanged: 0, refused: 0 });
    const differences = report.changed[0]!.differences;
    expect(differences.map((d) => [d.field, d.before, d.after])).toEqual([
      ["established", "2001", "2002"],
      ["status", "not_recorded", "dormant"],
      ["sources", vantaa!.sources.map((s) => s.citation).join(" | "), [...vantaa!.sources.map((s) => s.citation), "https://example.org/vantaa"].join(" | ")],
    ]);
    expect(formatReport(report)).toContain("- established: 2001 → 2002");
    const [after] = (await tiesOf(db)).filter((x) => x.slug === "jinan-vantaa");
    expect(after).toMatchObject({ status: "dormant", establishedOn: "2002-01-01", establishedPrecision: "year", publication: "published" });
    // The sources it had keep their titles and kinds; the new one has none yet.
    expect(after!.sources.slice(0, -1)).toEqual(vantaa!.sources);
    expect(after!.sources.at(-1)).toMatchObject({ citation: "https://example.org/vantaa", url: "https://example.org/vantaa", titleEn: null, kind: null });
    const entries = await auditSince(db, auditBefore);
    expect(entries.map((e) => [e.action, e.entity_type])).toEqual([
      ["update", "partnership"],
      ["create", "import"],
    ]);
    expect(entries[0]!.before).toMatchObject({ status: "not_recorded", establishedOn: "2001-01-01" });
    expect(entries[0]!.after).toMatchObject({ status: "dormant", establishedOn: "2002-01-01" });
    const [versioned] = rowsOf<{ version: number }>(await db.execute(sql`select version from partnerships where slug = 'jinan-vantaa'`));
    expect(versioned!.version).toBe(2);
  });

  it("matches places whatever their accents, case or language, and creates a missing partner with its diacritics and Chinese name", async () => {
    const columns = [...header, "partner_city_zh", "latitude", "longitude"];
    const taianSwietochlowice = { ...readPartnershipCsv().find((r) => r.partner_city === "Świętochłowice")! } as unknown as Record<string, string>;
    const text = csv([
      columns,
      // Québec as "QUEBEC": the existing Shandong–Quebec tie, unchanged.
      cellsOf(columns, row({ home_city: "Shandong", home_city_zh: "山东省", partner_city: "QUÉBEC", country: "Canada", country_iso2: "CA", relationship_type: "province_state", established_year: "2008", source: reference.find((x) => x.slug === "shandong-quebec")!.sources.map((s) => s.citation).join(" | ") })),
      // Named by its Chinese name only on the home side.
      cellsOf(columns, row({ home_city: "", home_city_zh: "济南市", partner_city: "Łódź", partner_region: "Łódź Voivodeship", partner_city_zh: "罗兹市", latitude: "51.76", longitude: "19.46" })),
      cellsOf(columns, row({ home_city: "Qingdao", home_city_zh: "青岛市", partner_city: "Wrocław", partner_city_zh: "弗罗茨瓦夫市" })),
      // Świętochłowice written without its diacritics: the demo's place and tie.
      cellsOf(columns, { ...taianSwietochlowice, partner_city: "SWIETOCHLOWICE" }),
    ]);
    const report = await applyImport(file("poland.csv", text), editor);
    expect(report.counts).toEqual({ new: 2, changed: 0, unchanged: 2, refused: 0 });
    expect(report.newPlaces.map((p) => p.nameEn)).toEqual(["Łódź", "Wrocław"]);
    const [lodz] = rowsOf<Record<string, unknown>>(
      await db.execute(sql`select name_en, name_zh, region_en, country_code, continent, kind, latitude, longitude, publication, is_home from places where slug = 'lodz'`),
    );
    expect(lodz).toEqual({ name_en: "Łódź", name_zh: "罗兹市", region_en: "Łódź Voivodeship", country_code: "PL", continent: "europe", kind: "city", latitude: 51.76, longitude: 19.46, publication: "draft", is_home: false });
    const ties = (await tiesOf(db)).filter((x) => x.country === "PL" && ["Łódź", "Wrocław"].includes(x.partner));
    expect(ties.map((x) => [x.slug, x.home, x.partner, x.partnerZh, x.publication])).toEqual([
      ["jinan-lodz", "Jinan", "Łódź", "罗兹市", "draft"],
      ["qingdao-wroclaw", "Qingdao", "Wrocław", "弗罗茨瓦夫市", "draft"],
    ]);
    // The same place matched again by its Chinese name alone.
    const again = await previewImport(file("again.csv", csv([columns, cellsOf(columns, row({ partner_city: "罗兹市", partner_region: "" }))])), viewer);
    expect(again.counts.unchanged).toBe(1);
  });

  it("publishes what it finds as a draft when an administrator asks it to (an editor's import is reviewed), as a change", async () => {
    const columns = [...header, "partner_city_zh"];
    const lodz = () => file("lodz.csv", csv([columns, cellsOf(columns, row({ home_city_zh: "", partner_city: "Lodz", partner_region: "Łódź Voivodeship" }))]));
    expect(await unchangedBy(() => expect(applyImport(lodz(), editor, { publish: true })).rejects.toThrow("This change needs the admin role."))).toBe(true);
    const report = await applyImport(lodz(), admin, { publish: true });
    expect(report.counts).toEqual({ new: 0, changed: 1, unchanged: 0, refused: 0 });
    expect(report.changed[0]!.differences).toEqual([{ field: "publication", before: "draft", after: "published" }]);
    const [tie] = (await tiesOf(db)).filter((x) => x.slug === "jinan-lodz");
    expect(tie!.publication).toBe("published");
  });

  it("reads GB18030 and BOM-marked UTF-8, with semicolons or tabs", async () => {
    const columns = [...header, "partner_city_zh"];
    const rows = [columns, cellsOf(columns, row({ home_city: "", home_city_zh: "青岛市", partner_city: "Kraków", partner_city_zh: "克拉科夫市" }))];
    const gb = iconv.encode(csv(rows, ";"), "gb18030");
    expect(new TextDecoder("gb18030").decode(gb)).toContain("克拉科夫市");
    const preview = await previewImport(file("gb.csv", new Uint8Array(gb)), viewer);
    expect(preview).toMatchObject({ encoding: "GB18030", delimiter: ";", counts: { new: 1 } });
    const applied = await applyImport(file("gb.csv", new Uint8Array(gb)), editor);
    expect(applied.counts.new).toBe(1);
    const [krakow] = rowsOf<{ name_en: string; name_zh: string }>(await db.execute(sql`select name_en, name_zh from places where slug = 'krakow'`));
    expect(krakow).toEqual({ name_en: "Kraków", name_zh: "克拉科夫市" });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv(rows, "\t"))]);
    expect(await previewImport(file("bom.tsv", bom), viewer)).toMatchObject({ encoding: "UTF-8", delimiter: "\t", counts: { unchanged: 1 } });
    expect(detectDelimiter("a;b;\"c,d,e\"\n")).toBe(";");
  });

  it("keeps a formula in an XLSX cell as its text, never its computed result", async () => {
    const bytes = await xlsx([
      header,
      cellsOf(header, row({ partner_city: "Gdańsk" })).map((c, i) =>
        header[i] === "source" ? ({ formula: 'HYPERLINK("https://example.org/gdansk","Gdańsk city")', result: "Gdańsk city" } as ExcelJS.CellFormulaValue) : c,
      ),
    ]);
    const report = await applyImport(file("gdansk.xlsx", bytes), editor);
    expect(report).toMatchObject({ format: "xlsx", counts: { new: 1, refused: 0 } });
    const [tie] = (await tiesOf(db)).filter((x) => x.partner === "Gdańsk");
    expect(tie!.sources).toEqual([{ position: 0, citation: '=HYPERLINK("https://example.org/gdansk","Gdańsk city")', url: null, titleEn: null, titleZh: null, kind: null, note: null }]);
  });
});

describe("refused rows", () => {
  const columns = [...header, "latitude", "longitude"];
  const bad = csv([
    columns,
    cellsOf(columns, row({ partner_city: "Atlantis", country_iso2: "XX" })),
    cellsOf(columns, row({ partner_city: "Future", established_year: String(new Date().getFullYear() + 2) })),
    cellsOf(columns, row({ partner_city: "Old", established_year: "1930" })),
    cellsOf(columns, row({ partner_city: "Twin", relationship_type: "twin_town" })),
    cellsOf(columns, row({ partner_city: "" })),
    cellsOf(columns, row({ partner_city: "Twice" })),
    cellsOf(columns, row({ partner_city: "TWICE", established_year: "2016" })),
    cellsOf(columns, row({ partner_city: "Offmap", latitude: "95", longitude: "10" })),
    cellsOf(columns, row({ home_city: "Beijing", home_city_zh: "北京市", partner_city: "Elsewhere" })),
    cellsOf(columns, row({ partner_city: "Fine" })),
  ]);

  it("gives every reason, cell by cell, and with all-or-nothing applies nothing", async () => {
    let report: Awaited<ReturnType<typeof applyImport>> | undefined;
    expect(await unchangedBy(async () => (report = await applyImport(file("bad.csv", bad), editor, { allOrNothing: true })))).toBe(true);
    expect(report!.outcome).toBe("not_applied");
    expect(report!.counts).toEqual({ new: 1, changed: 0, unchanged: 0, refused: 9 });
    expect(report!.refused.map((r) => [r.line, r.reasons])).toEqual([
      [2, ['country_iso2: "XX" is not a country code (ISO 3166-1 alpha-2, such as DE)']],
      [3, [`established_year: ${new Date().getFullYear() + 2} is in the future`]],
      [4, ["established_year: 1930 is before 1949"]],
      [5, ['relationship_type: "twin_town" is not one of sister_city, friendly_cooperation, province_state']],
      [6, ["partner_city: missing"]],
      [7, ["rows 7 and 8 both give the partnership Jinan – Twice: keep one"]],
      [8, ["rows 7 and 8 both give the partnership Jinan – TWICE: keep one"]],
      [9, ["latitude: 95 is outside -90 to 90"]],
      [10, [expect.stringMatching(/^home_city: Beijing \/ 北京市 is not one of the office's places \(.*Jinan.*\)$/)]],
    ]);
    expect(formatReport(report!)).toContain("Nothing was imported: 9 rows were refused, and all-or-nothing was asked.");
  });

  it("without all-or-nothing applies the good rows and leaves the refused ones out", async () => {
    const report = await applyImport(file("bad.csv", bad), editor);
    expect(report).toMatchObject({ outcome: "applied", counts: { new: 1, refused: 9 } });
    const partners = (await tiesOf(db)).filter((x) => x.country === "PL").map((x) => x.partner);
    expect(partners).toContain("Fine");
    expect(partners).not.toContain("Twice");
  });

  it("lets no viewer apply an import", async () => {
    expect(await unchangedBy(() => applyImport(file("x.csv", csv([header, cellsOf(header, row({ partner_city: "Viewerville" }))])), viewer))).toBe(true);
    await expect(applyImport(file("x.csv", csv([header, cellsOf(header, row({ partner_city: "Viewerville" }))])), viewer)).rejects.toThrow("editor role");
  });
});

describe("refused files", () => {
  it("refuses what is neither CSV nor XLSX, by its content", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(await refusal(file("partners.csv", png))).toBe("This is not a CSV or XLSX file.");
    const docx = zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
    expect(await refusal(file("partners.xlsx", docx))).toBe("This is not a CSV or XLSX file.");
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await refusal(file("partners.xls", xls))).toMatch(/^This is not a CSV or XLSX file\. It is an Excel 97-2003 workbook/);
  });

  it("refuses a file over 10 MB, of 100,000 rows (over 20,000), or with a cell over 1 MB", async () => {
    expect(await refusal(file("big.csv", new Uint8Array(11 * 1024 * 1024).fill(0x61)))).toBe(
      "The file is 11.0 MB; an import takes at most 10.0 MB. Split it into smaller files.",
    );
    const many = header.join(",") + "\n" + "Jinan,,P,,,PL,sister_city,,\n".repeat(100_000);
    expect(await refusal(file("many.csv", many))).toBe("The file has 100,000 rows; an import takes at most 20,000. Split it into smaller files.");
    const justOver = header.join(",") + "\n" + "Jinan,,P,,,PL,sister_city,,\n".repeat(20_001);
    expect(await refusal(file("over.csv", justOver))).toBe("The file has 20,001 rows; an import takes at most 20,000. Split it into smaller files.");
    const huge = csv([header, cellsOf(header, row({ source: "https://example.org/" + "a".repeat(1024 * 1024) }))]);
    expect(await refusal(file("huge.csv", huge))).toBe("Row 2, column source: the cell holds 1.0 MB; a cell may hold at most 1.0 MB. Nothing was imported.");
  });

  it("names the missing and unknown columns", async () => {
    const columns = [...header.filter((c) => c !== "source" && c !== "partner_region"), "stauts"];
    expect(await refusal(file("columns.csv", csv([columns, cellsOf(columns, row({}))])))).toBe(
      "The header row does not fit: missing required columns: partner_region, source; unknown column: stauts. The columns are home_city, home_city_zh, partner_city, partner_region, country, country_iso2, relationship_type, established_year, source, and optionally status, partner_city_zh, latitude, longitude.",
    );
  });

  it("refuses a file that mixes UTF-8 and GB18030 lines", async () => {
    const first = new TextEncoder().encode(csv([header, cellsOf(header, row({ home_city: "", home_city_zh: "济南市", partner_city: "A" }))]));
    const second = iconv.encode(csv([cellsOf(header, row({ home_city: "", home_city_zh: "青岛市", partner_city: "B" }))]), "gb18030");
    expect(await refusal(file("mixed.csv", new Uint8Array([...first, ...second])))).toBe(
      'The file mixes text encodings: line 2 is UTF-8 and line 3 is not. Save the whole file again as "CSV UTF-8" and import that.',
    );
    const latin1 = iconv.encode(csv([header, cellsOf(header, row({ partner_city: "Québec", country_iso2: "CA" }))]), "latin1");
    expect(await refusal(file("latin1.csv", new Uint8Array(latin1)))).toMatch(/^The file's text is neither UTF-8 nor GB18030/);
  });
});

describe("the staff page's uploads", () => {
  const uploads = async () => rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from import_uploads`))[0]!.n;

  it("keeps a file for its preview only if it reads as an import, and only for editors and administrators", async () => {
    const before = await uploads();
    await expect(saveImportUpload(file("empty.csv", ""), editor)).rejects.toThrow(new ImportFileError("The file is empty."));
    await expect(saveImportUpload(file("notes.csv", "name,notes\nA,B\n"), editor)).rejects.toThrow(/missing required columns/);
    const good = file("ok.csv", csv([header, cellsOf(header, row({ partner_city: "Poznań" }))]));
    await expect(saveImportUpload(good, viewer)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await uploads()).toBe(before);
    const { id } = await saveImportUpload(good, editor);
    const upload = await getImportUpload({ id }, editor);
    expect(upload).toMatchObject({ fileName: "ok.csv", size: good.bytes.length, sha256: crypto.createHash("sha256").update(good.bytes).digest("hex"), applied: null });
    expect(Buffer.from(upload!.file.bytes).equals(Buffer.from(good.bytes))).toBe(true);
    expect(await getImportUpload({ id: "not-a-uuid" }, editor)).toBeNull();
    expect(await getImportUpload({ id: crypto.randomUUID() }, editor)).toBeNull();
    await expect(getImportUpload({ id }, viewer)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("shows every row with its cells as written, each refusal under the column it is about", async () => {
    const columns = [...header, "status"];
    const text = csv([
      columns,
      cellsOf(columns, row({ partner_city: "Szczecin", country_iso2: "XA", established_year: "2999" })),
      cellsOf(columns, row({ partner_city: "Toruń", status: "asleep" })),
      cellsOf(columns, row({ partner_city: "Lublin" })),
      cellsOf(columns, row({ partner_city: "LUBLIN" })),
      cellsOf(columns, row({ partner_city: "lublin" })),
    ]);
    const report = await previewImport(file("marks.csv", text), editor);
    expect(report.lines.map((l) => [l.line, l.class])).toEqual([
      [2, "refused"],
      [3, "refused"],
      [4, "refused"],
      [5, "refused"],
      [6, "refused"],
    ]);
    const [szczecin, torun, lublin] = report.lines;
    expect(szczecin!.cells).toMatchObject({ partner_city: "Szczecin", country_iso2: "XA", established_year: "2999", status: "", latitude: "" });
    expect(szczecin!.reasons.map(reasonColumn)).toEqual(["country_iso2", "established_year"]);
    expect(torun!.reasons.map(reasonColumn)).toEqual(["status"]);
    // A duplicate pair is about two rows, not a cell.
    expect(lublin!.reasons).toEqual(["rows 4, 5 and 6 all give the partnership Jinan – Lublin: keep one"]);
    expect(lublin!.reasons.map(reasonColumn)).toEqual([null]);
  });

  it("applies an upload once, as its preview showed it, and keeps the report", async () => {
    const text = csv([header, cellsOf(header, row({ partner_city: "Gniezno" })), cellsOf(header, row({ partner_city: "Gniezno", home_city: "Atlantis", home_city_zh: "" }))]);
    const { id } = await saveImportUpload(file("gniezno.csv", text), editor);
    const preview = await previewImport((await getImportUpload({ id }, editor))!.file, editor);
    expect(preview.counts).toMatchObject({ new: 1, refused: 1 });
    const auditBefore = await lastAuditId(db);
    const report = await applyImportUpload({ id, publish: false, allOrNothing: false, expectedPlan: preview.planDigest }, editor);
    expect(report).toMatchObject({ outcome: "applied", counts: { new: 1, refused: 1 } });
    expect((await auditSince(db, auditBefore)).map((e) => [e.entity_type, e.after?.file ?? null])).toEqual([
      ["place", null],
      ["partnership", null],
      ["import", "gniezno.csv"],
    ]);
    const applied = await getImportUpload({ id }, admin);
    expect(applied!.applied).toMatchObject({ byName: "Demo Editor", report: { outcome: "applied", counts: { new: 1, changed: 0, unchanged: 0, refused: 1 }, created: [{ line: 2 }] } });
    expect(applied!.applied!.report).not.toHaveProperty("lines");
    // Again (a second tab, a colleague): refused, and nothing is written.
    let again: unknown;
    expect(
      await unchangedBy(async () => {
        again = await applyImportUpload({ id, publish: false, allOrNothing: false, expectedPlan: preview.planDigest }, admin).catch((e: unknown) => e);
      }),
    ).toBe(true);
    expect(again).toBeInstanceOf(ImportAlreadyAppliedError);
  });

  it("applies nothing when the records changed after the preview and the import would now do something else", async () => {
    const text = csv([header, cellsOf(header, row({ partner_city: "Sopot", established_year: "2011" }))]);
    const { id } = await saveImportUpload(file("sopot.csv", text), editor);
    const preview = await previewImport(file("sopot.csv", text), editor);
    expect(preview.counts.new).toBe(1);
    // Meanwhile a colleague imports the same tie with another year: the row is now a change, not a new tie.
    await applyImport(file("colleague.csv", csv([header, cellsOf(header, row({ partner_city: "Sopot", established_year: "2010" }))])), admin);
    let error: unknown;
    expect(
      await unchangedBy(async () => {
        error = await applyImportUpload({ id, publish: false, allOrNothing: false, expectedPlan: preview.planDigest }, editor).catch((e: unknown) => e);
      }),
    ).toBe(true);
    expect(error).toBeInstanceOf(ImportPlanChangedError);
    // The updated preview says what applying would do now, and applying that works.
    const now = await previewImport(file("sopot.csv", text), editor);
    expect(now.changed[0]!.differences).toEqual([{ field: "established", before: "2010", after: "2011" }]);
    const report = await applyImportUpload({ id, publish: false, allOrNothing: false, expectedPlan: now.planDigest }, editor);
    expect(report.counts.changed).toBe(1);
  });

  it("refuses an all-or-nothing apply with a refused row, and leaves the upload to apply again", async () => {
    const text = csv([header, cellsOf(header, row({ partner_city: "Opole" })), cellsOf(header, row({ partner_city: "Tarnów", relationship_type: "twin_town" }))]);
    const { id } = await saveImportUpload(file("opole.csv", text), editor);
    const preview = await previewImport(file("opole.csv", text), editor);
    let report: Awaited<ReturnType<typeof applyImportUpload>> | undefined;
    expect(await unchangedBy(async () => (report = await applyImportUpload({ id, publish: false, allOrNothing: true, expectedPlan: preview.planDigest }, editor)))).toBe(true);
    expect(report!.outcome).toBe("not_applied");
    expect((await getImportUpload({ id }, editor))!.applied).toBeNull();
  });
});

describe("continents", () => {
  it("has a continent for every country code but Antarctica and the uninhabited southern islands", () => {
    expect(countryCodes.filter((c) => continentOfCountry(c) === null)).toEqual(["AQ", "BV", "HM", "TF"]);
  });
});
