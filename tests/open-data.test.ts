import { getIssues } from "@placemarkio/check-geojson";
import { and, eq } from "drizzle-orm";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import * as t from "@/db/schema";
import { readPartnershipCsv } from "@/db/seed";
import { buildOpenDataFile } from "@/lib/data/open-data";
import { openDataFileNames, partnershipCsvColumns } from "@/lib/open-data/files";
import { isNotModified } from "@/lib/conditional-get";
import { openDataResponse } from "@/lib/open-data/http";
import { changeWithoutReview } from "@/lib/records/review";
import { spreadsheetCell, spreadsheetCsv } from "@/lib/spreadsheet-csv";
import { freshDatabase } from "./support/db";

/**
 * The open data files (/data/*) as a reuser gets them: read with other tools than the ones that wrote them (Papa Parse
 * for the CSV, Placemark's RFC 7946 checker for the GeoJSON), from the demo data on a fresh database.
 */

const site = "https://amity.example";
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());

const file = (name: (typeof openDataFileNames)[number]) => buildOpenDataFile(name, site);

function parseCsv(body: string): { fields: string[]; rows: Record<string, string>[] } {
  expect(body.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(body.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

interface PartnershipsJson {
  licence: { id: string; url: string; attribution: string };
  lastModified: string | null;
  count: number;
  partnerships: { slug: string; updatedAt: string; partner: { slug: string; nameEn: string; latitude: number | null } }[];
}

describe("/data/partnerships.csv", () => {
  it("holds the demo's 136 ties as the office's list gives them, read back by another parser", async () => {
    const { body } = await file("partnerships.csv");
    // Excel needs the byte order mark to read UTF-8; RFC 4180 ends every record with CRLF.
    expect(body.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(body.endsWith("\r\n")).toBe(true);
    const { fields, rows } = parseCsv(body);
    const list = readPartnershipCsv();
    // The office's columns first, in its order, then the portal's.
    expect(fields.slice(0, 9)).toEqual(Object.keys(list[0]!));
    expect(fields).toEqual([...partnershipCsvColumns]);
    expect(rows).toHaveLength(136);

    // What the demo records differently from its list, each for a reason the README gives ("The demo data"): the
    // province's record is named as one; what a place became is recorded beside its name, not in it; and the tie
    // reported in 2018 as about to be signed has no established date.
    const homeName: Record<string, string> = { Shandong: "Shandong Province" };
    const placeName: Record<string, string> = {
      "North Shore City (now part of Auckland)": "North Shore City",
      "Perm Oblast (now Perm Krai)": "Perm Oblast",
    };
    const notEstablished = (r: { home_city: string; partner_city: string }) => r.home_city === "Jining" && r.partner_city === "Springfield";
    const key = (r: Record<string, string>) =>
      JSON.stringify([r.home_city, r.home_city_zh, r.partner_city, r.partner_region, r.country_iso2, r.relationship_type, r.established_year, r.source]);
    const expected = list.map((r) =>
      key({
        ...r,
        home_city: homeName[r.home_city] ?? r.home_city,
        partner_city: placeName[r.partner_city] ?? r.partner_city,
        established_year: notEstablished(r) ? "" : r.established_year,
      }),
    );
    expect(rows.map(key).sort()).toEqual(expected.sort());

    // The portal's columns: a status a source states, the Chinese name, the position (none where the source doesn't say which place).
    // What a renamed place became is beside its name in the JSON.
    const json = JSON.parse((await file("partnerships.json")).body) as { partnerships: { slug: string; partner: { nameEn: string; successorEn: string | null } }[] };
    expect(json.partnerships.find((p) => p.slug === "qingdao-north-shore-city")?.partner).toMatchObject({ nameEn: "North Shore City", successorEn: "Auckland (merged in 2010)" });

    const row = (home: string, partner: string) => rows.find((r) => r.home_city === home && r.partner_city === partner)!;
    expect(row("Jinan", "Vantaa")).toMatchObject({ country: "Finland", status: "active", partner_city_zh: "万塔市", latitude: "60.29", longitude: "25.04" });
    expect(row("Jinan", "Kharkiv")).toMatchObject({ status: "not_recorded" });
    // A negative number is a number, not a formula to escape.
    expect(row("Jinan", "Coventry").longitude).toBe("-1.52");
    expect(row("Tai'an", "Gwangju")).toMatchObject({ partner_city_zh: "", latitude: "", longitude: "" });
  });

  it("escapes a cell that a spreadsheet would run as a formula", async () => {
    const db = await getDb();
    const [jinan] = await db.select({ id: t.places.id }).from(t.places).where(eq(t.places.slug, "jinan"));
    const [place] = await db
      .insert(t.places)
      .values({
        slug: "formula-town",
        nameEn: '=HYPERLINK("http://evil.example","Click")',
        regionEn: "@SUM(A1:A9)",
        kind: "city",
        countryCode: "FI",
        continent: "europe",
        publication: "published",
      })
      .returning({ id: t.places.id });
    await db.insert(t.partnerships).values({ slug: "jinan-formula-town", homePlaceId: jinan!.id, partnerPlaceId: place!.id, type: "friendly_cooperation", publication: "published" });
    try {
      await db.insert(t.partnershipSources).values({ partnershipId: (await tieId("jinan-formula-town"))!, position: 0, citation: "-2+3+cmd|' /C calc'!A0" });
      const { rows } = parseCsv((await file("partnerships.csv")).body);
      const formula = rows.find((r) => r.partner_city?.includes("HYPERLINK"));
      expect(formula).toMatchObject({ partner_city: `'=HYPERLINK("http://evil.example","Click")`, partner_region: "'@SUM(A1:A9)", source: "'-2+3+cmd|' /C calc'!A0" });
    } finally {
      // The other tests count the demo's places.
      await db.delete(t.partnerships).where(eq(t.partnerships.slug, "jinan-formula-town"));
      await db.delete(t.places).where(eq(t.places.slug, "formula-town"));
    }
  });
});

describe("the CSV writer", () => {
  it("prefixes an apostrophe to text that starts like a formula, and to nothing else", () => {
    for (const text of ["=1+2", "+86 531 1234 5678", "-5", "@cmd", "\tx", "\rx"]) expect(spreadsheetCell(text), JSON.stringify(text)).toBe(`'${text}`);
    for (const text of ["Jinan", "济南市", "1979", "a=b", " =1"]) expect(spreadsheetCell(text)).toBe(text);
    expect(spreadsheetCell(-1.52)).toBe("-1.52");
    expect(spreadsheetCell(null)).toBe("");
  });

  it("quotes commas, quotes and line breaks as RFC 4180 says, so that another parser reads the cells back", () => {
    const cells = ['Brittany, "Bretagne"', "two\r\nlines", "one\nbreak", "Świętochłowice", "山东省"];
    const csv = spreadsheetCsv(["a", "b", "c", "d", "e"], [cells]);
    expect(csv).toBe(`\uFEFFa,b,c,d,e\r\n"Brittany, ""Bretagne""","two\r\nlines","one\nbreak",Świętochłowice,山东省\r\n`);
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data[1]).toEqual(cells);
  });
});

describe("/data/places.geojson", () => {
  it("is a valid RFC 7946 FeatureCollection of the partner places with a position, [longitude, latitude], with their ties", async () => {
    const geo = await file("places.geojson");
    expect(getIssues(geo.body)).toEqual([]);
    const collection = JSON.parse(geo.body) as {
      type: string;
      placesWithoutPosition: number;
      features: { id: string; geometry: { type: string; coordinates: number[] }; properties: { nameEn: string; partnerships: { slug: string }[] } }[];
    };
    expect(collection.type).toBe("FeatureCollection");
    const ties = (JSON.parse((await file("partnerships.json")).body) as PartnershipsJson).partnerships;
    const partners = new Map(ties.map((tie) => [tie.partner.slug, tie.partner]));
    // Columbus (no state in its source) and Tai'an's Gwangju (which one is not said) have no position.
    const unlocated = [...partners.values()].filter((p) => p.latitude === null);
    expect(unlocated.map((p) => p.nameEn).sort()).toEqual(["Columbus", "Gwangju"]);
    expect(collection.placesWithoutPosition).toBe(2);
    expect(collection.features).toHaveLength(partners.size - 2);
    expect(collection.features.map((f) => f.id)).not.toContain(unlocated[0]!.slug);
    const vantaa = collection.features.find((f) => f.id === "vantaa")!;
    expect(vantaa.geometry).toEqual({ type: "Point", coordinates: [25.04, 60.29] });
    expect(vantaa.properties.partnerships.map((p) => p.slug)).toEqual(["jinan-vantaa"]);
    // A place with several Shandong partners is one feature with all its ties.
    const incheon = collection.features.find((f) => f.properties.nameEn === "Incheon")!;
    expect(incheon.properties.partnerships.map((p) => p.slug).sort()).toEqual(["shandong-incheon", "yantai-incheon"]);
  });
});

describe("every file", () => {
  it("holds published records only: a draft place's name, a draft or archived record, a link to a hidden tie, never", async () => {
    const db = await getDb();
    const [jinan] = await db.select({ id: t.places.id }).from(t.places).where(eq(t.places.slug, "jinan"));
    const [draftPlace] = await db
      .insert(t.places)
      .values({ slug: "hidden-draft-town", nameEn: "Hidden Draft Town", nameZh: "草稿镇", kind: "city", countryCode: "FI", continent: "europe", latitude: 61, longitude: 25, publication: "draft" })
      .returning({ id: t.places.id });
    // A published tie with a draft place: not public, nor is anything hanging on it.
    const [hiddenTie] = await db
      .insert(t.partnerships)
      .values({ slug: "jinan-hidden-draft-town", homePlaceId: jinan!.id, partnerPlaceId: draftPlace!.id, type: "sister_city", publication: "published" })
      .returning({ id: t.partnerships.id });
    await db.insert(t.agreements).values([
      { partnershipId: hiddenTie!.id, titleEn: "Hidden agreement of a draft place", kind: "mou", status: "signed", signedOn: "2024-01-01", signedPrecision: "year", publication: "published" },
      { partnershipId: (await tieId("jinan-vantaa"))!, titleEn: "Draft agreement with Vantaa", kind: "mou", status: "draft", publication: "draft" },
    ]);
    const [linked] = await db
      .insert(t.events)
      .values([
        { slug: "event-linked-to-hidden-tie", kind: "forum", titleEn: "Forum linked to a hidden tie", publication: "published" },
        { slug: "draft-event", kind: "forum", titleEn: "Draft forum", publication: "draft" },
        { slug: "archived-event", kind: "forum", titleEn: "Archived forum", publication: "draft", archivedAt: new Date() },
      ])
      .returning({ id: t.events.id });
    await db.insert(t.eventPartnerships).values([
      { eventId: linked!.id, partnershipId: hiddenTie!.id },
      { eventId: linked!.id, partnershipId: (await tieId("jinan-vantaa"))! },
    ]);

    for (const name of openDataFileNames) {
      const { body } = await file(name);
      for (const hidden of ["Hidden Draft Town", "草稿镇", "hidden-draft-town", "Hidden agreement", "Draft agreement", "Draft forum", "Archived forum"]) {
        expect(body, `${name} shows "${hidden}"`).not.toContain(hidden);
      }
    }
    const events = JSON.parse((await file("events.json")).body) as { count: number; events: { slug: string; partnerships: string[] }[] };
    expect(events.events.find((e) => e.slug === "event-linked-to-hidden-tie")?.partnerships).toEqual(["jinan-vantaa"]);
    // The demo's six events and this one; its one agreement.
    expect(events.count).toBe(7);
    const agreements = JSON.parse((await file("agreements.json")).body) as { count: number; agreements: { partnership: string; signed: string; signatories: { name: string }[] }[] };
    expect(agreements.count).toBe(1);
    expect(agreements.agreements[0]).toMatchObject({ partnership: "shandong-quebec", signed: "2008" });
    expect(agreements.agreements[0]!.signatories.map((s) => s.name)).toEqual(["Jiang Daming", "Jean Charest"]);
  });

  it("names its licence and dates itself by its latest change, a withdrawal included", async () => {
    const before = await file("partnerships.json");
    const json = JSON.parse(before.body) as PartnershipsJson;
    expect(json.licence).toMatchObject({ id: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" });
    expect(json.licence.attribution).toContain("Foreign Affairs Office of Shandong Province");
    expect(json.lastModified).toBe(json.partnerships.map((p) => p.updatedAt).sort().at(-1));
    expect(before.lastModified).toBe(json.lastModified);

    // Staff unpublish a tie: it leaves every file, and the files are dated after it, never before.
    const db = await getDb();
    const [admin] = await db.select().from(t.users).where(eq(t.users.role, "admin")).limit(1);
    const [tie] = await db.select({ id: t.partnerships.id, version: t.partnerships.version }).from(t.partnerships).where(eq(t.partnerships.slug, "qingdao-shimonoseki"));
    await changeWithoutReview({ kind: "partnership", id: tie!.id, version: tie!.version, operation: "unpublish", reason: "Withdrawn for a correction" }, admin!);
    const after = await file("partnerships.json");
    expect((JSON.parse(after.body) as PartnershipsJson).partnerships.map((p) => p.slug)).not.toContain("qingdao-shimonoseki");
    expect(after.etag).not.toBe(before.etag);
    expect(after.lastModified! > before.lastModified!).toBe(true);
    const [withdrawal] = await db
      .select({ at: t.auditLog.at })
      .from(t.auditLog)
      .where(and(eq(t.auditLog.entityType, "partnership"), eq(t.auditLog.action, "unpublish")));
    expect(after.lastModified).toBe(withdrawal!.at.toISOString());
    const csv = await file("partnerships.csv");
    expect(parseCsv(csv.body).rows).toHaveLength(135);
    expect(csv.lastModified).toBe(after.lastModified);
  });
});

describe("conditional requests", () => {
  const current = { etag: 'W/"abc"', lastModified: "2026-12-01T10:00:00.500Z" };
  const ask = (headers: Record<string, string>) => isNotModified(new Headers(headers), current);

  it("answer 304 to a client whose copy is current, and only then", () => {
    expect(ask({ "If-None-Match": 'W/"abc"' })).toBe(true);
    expect(ask({ "If-None-Match": '"abc"' })).toBe(true);
    expect(ask({ "If-None-Match": '"old", W/"abc"' })).toBe(true);
    expect(ask({ "If-None-Match": "*" })).toBe(true);
    expect(ask({ "If-None-Match": 'W/"old"' })).toBe(false);
    expect(ask({})).toBe(false);
    // An HTTP date has whole seconds: the file's time is cut to its second.
    expect(ask({ "If-Modified-Since": "Tue, 01 Dec 2026 10:00:00 GMT" })).toBe(true);
    expect(ask({ "If-Modified-Since": "Tue, 01 Dec 2026 09:59:59 GMT" })).toBe(false);
    expect(ask({ "If-Modified-Since": "yesterday" })).toBe(false);
    // If-None-Match wins over a date (RFC 9110, 13.2.2).
    expect(ask({ "If-None-Match": '"old"', "If-Modified-Since": "Tue, 01 Dec 2026 11:00:00 GMT" })).toBe(false);
  });
});

describe("the answer to a request for a file", () => {
  it("carries its type, name, licence and validators, and is 304 with no body for a current copy", async () => {
    const geo = await file("places.geojson");
    const url = `${site}/data/places.geojson`;
    const full = openDataResponse(new Request(url), geo);
    expect(full.status).toBe(200);
    expect(Object.fromEntries(full.headers)).toMatchObject({
      "content-type": "application/geo+json",
      "content-disposition": 'inline; filename="places.geojson"',
      "cache-control": "public, max-age=0, must-revalidate",
      "access-control-allow-origin": "*",
      etag: geo.etag,
      "last-modified": new Date(geo.lastModified!).toUTCString(),
    });
    expect(full.headers.get("link")).toContain('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    expect(await full.text()).toBe(geo.body);
    const again = openDataResponse(new Request(url, { headers: { "If-None-Match": geo.etag } }), geo);
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(geo.etag);
    expect(await again.text()).toBe("");
  });
});

async function tieId(slug: string): Promise<number | undefined> {
  const db = await getDb();
  const [row] = await db.select({ id: t.partnerships.id }).from(t.partnerships).where(eq(t.partnerships.slug, slug));
  return row?.id;
}
