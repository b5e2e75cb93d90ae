import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import * as t from "@/db/schema";
import { findScriptActor, listUsers } from "@/lib/data/users";
import { partnershipFileColumns } from "@/lib/import/rows";
import { listAgreements } from "@/lib/kinds/agreement/staff";
import { agreementListSchema } from "@/lib/kinds/agreement/validation";
import { listContacts } from "@/lib/kinds/contact/staff";
import { contactListSchema } from "@/lib/kinds/contact/validation";
import { listDelegations } from "@/lib/kinds/delegation/staff";
import { delegationListSchema } from "@/lib/kinds/delegation/validation";
import { listEvents } from "@/lib/kinds/event/staff";
import { eventListSchema } from "@/lib/kinds/event/validation";
import { listPartnerships } from "@/lib/kinds/partnership/staff";
import { previewImport } from "@/lib/kinds/partnership/staff-import";
import { partnershipListSchema } from "@/lib/kinds/partnership/validation";
import { listPlaces } from "@/lib/kinds/place/staff";
import { placeListSchema } from "@/lib/kinds/place/validation";
import type { Actor } from "@/lib/records/actor";
import { listAudit, recordAudit } from "@/lib/records/audit";
import { TooManyRowsError } from "@/lib/records/errors";
import { defineExport, exportResponse } from "@/lib/records/export";
import { listPage } from "@/lib/records/lists";
import { spreadsheetCell, spreadsheetText } from "@/lib/spreadsheet-csv";
import { auditListSchema } from "@/lib/validation/audit";
import { staffPageSize } from "@/lib/validation/lists";
import * as agreementsRoute from "@/app/(staff)/staff/agreements/export/route";
import * as auditRoute from "@/app/(staff)/staff/audit/export/route";
import * as contactsRoute from "@/app/(staff)/staff/contacts/export/route";
import * as delegationsRoute from "@/app/(staff)/staff/delegations/export/route";
import * as eventsRoute from "@/app/(staff)/staff/events/export/route";
import * as partnershipsRoute from "@/app/(staff)/staff/partnerships/export/route";
import * as placesRoute from "@/app/(staff)/staff/places/export/route";
import * as usersRoute from "@/app/(staff)/staff/users/export/route";
import { actAs } from "./support/actions";
import { freshDatabase } from "./support/db";

/**
 * The staff lists' exports (issue 15): each route handler called as a browser would, as a signed-in account (the
 * session is the test's, the account checked against the database as in production). What a user would notice: the
 * file has the list's rows, every page of them, in the list's order and its words; a partnerships export imports back
 * changing nothing; a cell that would run as a formula doesn't; and only who may see the list gets its file.
 */

const routes = {
  partnerships: partnershipsRoute,
  places: placesRoute,
  agreements: agreementsRoute,
  delegations: delegationsRoute,
  events: eventsRoute,
  contacts: contactsRoute,
  users: usersRoute,
  audit: auditRoute,
};
type Area = keyof typeof routes;
const contentAreas = ["partnerships", "places", "agreements", "delegations", "events", "contacts"] as const;

let db: Db;
let drop: () => Promise<void>;
let viewer: Actor;

beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  viewer = (await findScriptActor({ email: "viewer@example.org" }))!;
});
afterAll(() => drop?.());

function get(area: Area, query: string): Promise<Response> {
  return routes[area].GET(new Request(`http://localhost/staff/${area}/export?${query}`));
}

/** The export as a signed-in viewer (or `as`) gets it: the response, its bytes, and its rows as text. */
async function exported(area: Area, query: string, as = "viewer@example.org") {
  await actAs(db, as);
  const response = await get(area, query);
  expect(response.status, await response.clone().text().then((s) => s.slice(0, 200))).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const xlsx = query.includes("format=xlsx");
  const rows = xlsx ? await xlsxRows(bytes) : (parse(Buffer.from(bytes), { bom: true }) as string[][]);
  return { response, bytes, header: rows[0]!, rows: rows.slice(1) };
}

async function workbook(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

/** A sheet's rows as text, as a reader sees them. */
async function xlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const sheet = await workbook(bytes);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text);
    rows.push(cells);
  });
  return rows;
}

/** Every page of a list, as a user paging through it sees them, one after the other. */
async function allPages<T>(list: (query: never) => Promise<{ items: T[]; pages: number }>, query: Record<string, unknown>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const result = await list({ ...query, page } as never);
    items.push(...result.items);
    if (page >= result.pages) return items;
  }
}

const column = (header: string[], rows: string[][], name: string) => {
  const i = header.indexOf(name);
  expect(i, `a column "${name}" in ${header.join(", ")}`).toBeGreaterThanOrEqual(0);
  return rows.map((r) => r[i]!);
};

const file = (fileName: string, bytes: Uint8Array) => ({ fileName, bytes });

describe("the partnerships export", () => {
  beforeAll(async () => {
    // A draft, with text a spreadsheet would run as a formula: its partner's region and Chinese name, and its one
    // source; and a tie whose one source starts with an apostrophe before a "+", which the export escapes once more.
    const ties = await db.select({ id: t.partnerships.id, partner: t.partnerships.partnerPlaceId }).from(t.partnerships).orderBy(asc(t.partnerships.id)).limit(2);
    const [first, second] = ties;
    await db.update(t.partnerships).set({ publication: "draft" }).where(eq(t.partnerships.id, first!.id));
    await db.update(t.places).set({ regionEn: "-North", nameZh: "=1+2" }).where(eq(t.places.id, first!.partner));
    for (const [tie, citation] of [
      [first!, '=HYPERLINK("https://evil.example/","click")'],
      [second!, "'+ a citation that starts with an apostrophe"],
    ] as const) {
      await db.delete(t.partnershipSources).where(eq(t.partnershipSources.partnershipId, tie.id));
      await db.insert(t.partnershipSources).values({ partnershipId: tie.id, position: 0, citation });
    }
  });

  it("has every partnership of the list in the import's columns, all pages of it, in the list's order, drafts included", async () => {
    const { response, bytes, header, rows } = await exported("partnerships", "format=csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="amity-partnerships-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header).toEqual([...partnershipFileColumns]);
    const listed = await allPages(listPartnerships, partnershipListSchema.parse({}));
    expect(listed.length).toBeGreaterThan(staffPageSize);
    expect(rows).toHaveLength(listed.length);
    expect(rows.map((r) => `${r[0]} – ${r[2]}`)).toEqual(listed.map((p) => `${p.homeName} – ${p.partnerName}`));
    expect(listed.some((p) => p.publication === "draft")).toBe(true);
  });

  it("writes readable values: country names, the year, coordinates as numbers", async () => {
    const { header, rows } = await exported("partnerships", "format=csv");
    const countries = column(header, rows, "country");
    expect(countries).toContain("Finland");
    expect(column(header, rows, "country_iso2")).toContain("FI");
    expect(column(header, rows, "established_year").filter(Boolean).every((y) => /^\d{4}$/.test(y))).toBe(true);
    expect(column(header, rows, "latitude").filter(Boolean).every((v) => Number.isFinite(Number(v)))).toBe(true);
  });

  it("escapes text that would run as a formula, in the CSV and the XLSX", async () => {
    const csvText = new TextDecoder().decode((await exported("partnerships", "format=csv")).bytes);
    expect(csvText).toContain(`"'=HYPERLINK(""https://evil.example/"",""click"")`);
    expect(csvText).toContain(",'-North,");
    expect(csvText).toContain(",'=1+2,");
    expect(csvText).toContain(",''+ a citation that starts with an apostrophe,");

    const { bytes, header, rows } = await exported("partnerships", "format=xlsx");
    const sheet = await workbook(bytes);
    const regions = column(header, rows, "partner_region");
    expect(regions).toContain("'-North");
    // Not a formula cell: the text as written, apostrophe first.
    const line = regions.indexOf("'-North") + 2;
    const source = sheet.getRow(line).getCell(header.indexOf("source") + 1);
    expect(source.type).toBe(ExcelJS.ValueType.String);
    expect(source.value).toBe(`'=HYPERLINK("https://evil.example/","click")`);
    expect(sheet.getRow(line).getCell(header.indexOf("partner_city_zh") + 1).value).toBe("'=1+2");
  });

  it("is a workbook with a bold, frozen header, set widths, and numbers as numbers", async () => {
    const { bytes, header } = await exported("partnerships", "format=xlsx");
    const sheet = await workbook(bytes);
    expect(sheet.name).toBe("Partnerships");
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(header.indexOf("source") + 1).width).toBeGreaterThan(sheet.getColumn(header.indexOf("country_iso2") + 1).width!);
    const latitudes: unknown[] = [];
    const years: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      latitudes.push(row.getCell(header.indexOf("latitude") + 1).value);
      years.push(row.getCell(header.indexOf("established_year") + 1).value);
    });
    expect(latitudes.filter((v) => v !== null).every((v) => typeof v === "number")).toBe(true);
    expect(years.filter((v) => v !== null).every((v) => typeof v === "number")).toBe(true);
  });

  it("imports back unchanged, as CSV and as XLSX: nothing new, changed or refused", async () => {
    for (const format of ["csv", "xlsx"]) {
      const { bytes, rows } = await exported("partnerships", `format=${format}`);
      const report = await previewImport(file(`export.${format}`, bytes), viewer);
      expect(report.counts, format).toEqual({ new: 0, changed: 0, refused: 0, unchanged: rows.length });
    }
  });

  it("exports a filtered list (sister cities of one home, by year) with just its rows, which import back unchanged", async () => {
    const [jinan] = await db.select({ id: t.places.id }).from(t.places).where(eq(t.places.slug, "jinan"));
    const query = `type=sister_city&home=${jinan!.id}&sort=established`;
    const listed = await allPages(listPartnerships, partnershipListSchema.parse({ type: "sister_city", home: String(jinan!.id), sort: "established" }));
    for (const format of ["csv", "xlsx"]) {
      const { bytes, header, rows } = await exported("partnerships", `format=${format}&${query}&page=2`);
      expect(rows.length, format).toBe(listed.length);
      expect(rows.length).toBeGreaterThan(1);
      expect(new Set(column(header, rows, "relationship_type"))).toEqual(new Set(["sister_city"]));
      expect(new Set(column(header, rows, "home_city"))).toEqual(new Set(["Jinan"]));
      expect(column(header, rows, "partner_city")).toEqual(listed.map((p) => p.partnerName));
      const report = await previewImport(file(`sister.${format}`, bytes), viewer);
      expect(report.counts, format).toEqual({ new: 0, changed: 0, refused: 0, unchanged: listed.length });
    }
  });

  it("follows the search box too", async () => {
    const { header, rows } = await exported("partnerships", "format=csv&q=FI");
    const listed = await allPages(listPartnerships, partnershipListSchema.parse({ q: "FI" }));
    expect(rows.length).toBe(listed.length);
    expect(rows.length).toBeGreaterThan(0);
    // A two-letter word is a country code, or part of a name ("Springfield"), as on the list.
    expect(column(header, rows, "country_iso2")).toContain("FI");
    expect(column(header, rows, "partner_city")).toEqual(listed.map((p) => p.partnerName));
  });
});

describe("the other lists' exports", () => {
  beforeAll(async () => {
    // The demo has no office contacts: two, one with a telephone number a spreadsheet would take for a formula.
    await db.insert(t.contacts).values([
      { nameEn: "Foreign Affairs Office, Europe desk", nameZh: "欧洲处", phone: "+86 531 8691 0000", email: "europe@example.org", publication: "published" },
      { nameEn: "Protocol office", phone: "0531-86910001", publication: "draft" },
    ]);
  });

  const cases = [
    {
      area: "places" as const,
      query: "side=foreign&country=JP",
      list: () => allPages(listPlaces, placeListSchema.parse({ side: "foreign", country: "JP" })),
      first: (p: { nameEn: string }) => p.nameEn,
      words: { Country: "Japan", Side: "Abroad" },
    },
    {
      area: "agreements" as const,
      query: "sort=title",
      list: () => allPages(listAgreements, agreementListSchema.parse({ sort: "title" })),
      first: (a: { titleEn: string }) => a.titleEn,
      words: {},
    },
    {
      area: "delegations" as const,
      query: "direction=outgoing",
      list: () => allPages(listDelegations, delegationListSchema.parse({ direction: "outgoing" })),
      first: (d: { titleEn: string }) => d.titleEn,
      words: { Direction: "Outgoing" },
    },
    {
      area: "events" as const,
      query: "",
      list: () => allPages(listEvents, eventListSchema.parse({})),
      first: (e: { titleEn: string }) => e.titleEn,
      words: {},
    },
    {
      area: "contacts" as const,
      query: "",
      list: () => allPages(listContacts, contactListSchema.parse({})),
      first: (c: { nameEn: string }) => c.nameEn,
      words: {},
    },
  ];

  for (const c of cases) {
    it(`${c.area}: the list's rows, in its order, in words, as CSV and XLSX`, async () => {
      const listed = (await c.list()) as never[];
      expect(listed.length, "the demo has some").toBeGreaterThan(0);
      for (const format of ["csv", "xlsx"]) {
        const { response, header, rows } = await exported(c.area, `format=${format}${c.query ? `&${c.query}` : ""}`);
        expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="amity-${c.area}-\\d{4}-\\d{2}-\\d{2}\\.${format}"$`));
        expect(rows.map((r) => r[0]), format).toEqual(listed.map((item) => c.first(item)));
        expect(new Set(column(header, rows, "State")).size).toBeGreaterThan(0);
        for (const state of column(header, rows, "State")) expect(["Draft", "Published", "Archived"]).toContain(state);
        for (const [name, word] of Object.entries(c.words)) expect(new Set(column(header, rows, name)), name).toEqual(new Set([word]));
      }
    });
  }

  it("writes dates at their known precision and counts as numbers", async () => {
    const { bytes, header, rows } = await exported("agreements", "format=xlsx");
    for (const signed of column(header, rows, "Signed").filter(Boolean)) expect(signed).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    const sheet = await workbook(bytes);
    expect(typeof sheet.getRow(2).getCell(header.indexOf("Signatories") + 1).value).toBe("number");
    expect(column(header, rows, "Kind").every((k) => /^[A-Z]/.test(k) && !k.includes("_"))).toBe(true);
  });

  it("shows an archived record as Archived when the list includes them, and leaves it out otherwise", async () => {
    const [place] = await db.select({ id: t.places.id, nameEn: t.places.nameEn }).from(t.places).where(eq(t.places.countryCode, "JP")).limit(1);
    await db.update(t.places).set({ archivedAt: new Date() }).where(eq(t.places.id, place!.id));
    const hidden = await exported("places", "format=csv&country=JP");
    expect(column(hidden.header, hidden.rows, "Name in English")).not.toContain(place!.nameEn);
    const shown = await exported("places", "format=csv&country=JP&archived=include");
    const i = column(shown.header, shown.rows, "Name in English").indexOf(place!.nameEn);
    expect(shown.rows[i]![shown.header.indexOf("State")]).toBe("Archived");
    await db.update(t.places).set({ archivedAt: null }).where(eq(t.places.id, place!.id));
  });

  it("escapes a contact's telephone number that starts with +, and writes a delegation's deals as a number", async () => {
    const csvText = new TextDecoder().decode((await exported("contacts", "format=csv")).bytes);
    expect(csvText).toContain(",'+86 531 8691 0000,");
    const contacts = await exported("contacts", "format=xlsx");
    expect(column(contacts.header, contacts.rows, "Telephone")).toEqual(["'+86 531 8691 0000", "0531-86910001"]);
    expect(column(contacts.header, contacts.rows, "State")).toEqual(["Published", "Draft"]);
    const { bytes, header } = await exported("delegations", "format=xlsx&direction=outgoing");
    const row = (await workbook(bytes)).getRow(2);
    expect(row.getCell(header.indexOf("Deals") + 1).value).toBe(240_000_000);
    expect(row.getCell(header.indexOf("Currency") + 1).value).toBe("EUR");
    expect(row.getCell(header.indexOf("Starts") + 1).value).toBe("2011-04");
  });

  it("staff accounts: every account, roles and statuses in words (for administrators)", async () => {
    const { header, rows } = await exported("users", "format=csv", "admin@example.org");
    const accounts = await listUsers();
    expect(column(header, rows, "Email")).toEqual(accounts.map((u) => u.email));
    expect(new Set(column(header, rows, "Role"))).toEqual(new Set(["Administrator", "Editor", "Viewer"]));
    for (const status of column(header, rows, "Status")) expect(["Active", "Deactivated"]).toContain(status);
  });

  it("audit log: the filtered entries, newest first, in words and the office's time", async () => {
    // Changes made as staff make them, each with its audit entry.
    await actAs(db, "editor@example.org");
    const [contact] = await db.select({ id: t.contacts.id }).from(t.contacts).limit(1);
    const editor = (await findScriptActor({ email: "editor@example.org" }))!;
    for (const action of ["create", "update", "create"] as const) {
      await recordAudit(db, { actor: editor, action, entityType: "contact", entityId: contact!.id, before: action === "update" ? { phone: "1" } : null, after: { phone: "+2", addressEn: "Long ".repeat(200) } });
    }
    const query = auditListSchema.parse({ action: "create" });
    const listed = await listAudit({ ...query, page: "all" });
    const { header, rows } = await exported("audit", "format=csv&action=create", "admin@example.org");
    expect(listed.total).toBeGreaterThan(0);
    expect(rows).toHaveLength(listed.total);
    expect(new Set(column(header, rows, "What"))).toEqual(new Set(["Created"]));
    expect(new Set(column(header, rows, "Record type"))).toEqual(new Set(["Office contact"]));
    const changes = column(header, rows, "Changes");
    expect(changes.some((c) => c.startsWith("Telephone: +2\n"))).toBe(true);
    // Whole, where the page cuts a long value at 300 characters.
    expect(changes.some((c) => c.includes(`Address (English): ${"Long ".repeat(200)}`))).toBe(true);
    for (const when of column(header, rows, "When")) expect(when).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    const times = column(header, rows, "When");
    expect([...times].sort().reverse()).toEqual(times);
  });
});

describe("who may export, and what is refused", () => {
  it("refuses every export without a session (401), with nothing of the list in the answer", async () => {
    await actAs(db, null);
    for (const area of Object.keys(routes) as Area[]) {
      const response = await get(area, "format=csv");
      expect(response.status, area).toBe(401);
      expect(response.headers.get("content-disposition"), area).toBeNull();
      expect(await response.text(), area).toMatch(/session has ended/);
    }
  });

  it("lets a viewer export the content lists, not the accounts or the audit log (403), which an administrator may", async () => {
    await actAs(db, "viewer@example.org");
    for (const area of contentAreas) expect((await get(area, "format=xlsx")).status, area).toBe(200);
    for (const as of ["viewer@example.org", "editor@example.org"]) {
      await actAs(db, as);
      for (const area of ["users", "audit"] as const) {
        const response = await get(area, "format=csv");
        expect(response.status, `${area} as ${as}`).toBe(403);
        expect(await response.json()).toEqual({ error: "Your role does not allow this." });
      }
    }
    await actAs(db, "admin@example.org");
    for (const area of ["users", "audit"] as const) expect((await get(area, "format=xlsx")).status, area).toBe(200);
  });

  it("refuses a session whose account has since been deactivated", async () => {
    await actAs(db, "viewer@example.org");
    await db.execute(sql`update users set active = false, session_version = session_version + 1 where email = 'viewer@example.org'`);
    expect((await get("partnerships", "format=csv")).status).toBe(401);
    await db.execute(sql`update users set active = true where email = 'viewer@example.org'`);
  });

  it("answers an unknown or missing format with 400 and what to ask for", async () => {
    await actAs(db, "viewer@example.org");
    for (const query of ["format=pdf", "", "format=CSV&type=sister_city"]) {
      const response = await get("partnerships", query);
      expect(response.status, query).toBe(400);
      expect(await response.text(), query).toMatch(/format=csv or format=xlsx/);
    }
  });

  it("refuses a list longer than an export may be, saying how long and what to do (422)", async () => {
    const tooLong = defineExport(() => ({
      file: "places",
      sheet: "Places",
      schema: placeListSchema,
      rows: async () => (await listPage(db, "all", [], db.select({ id: t.places.id }).from(t.places).$dynamic(), { limit: 5 })).items,
      columns: [{ header: "Id", width: 5, cell: (r: { id: number }) => r.id }],
    }));
    const n = await db.$count(t.places);
    await expect(listPage(db, "all", [], db.select({ id: t.places.id }).from(t.places).$dynamic(), { limit: 5 })).rejects.toBeInstanceOf(TooManyRowsError);
    const response = await exportResponse(new Request("http://localhost/staff/places/export?format=csv"), tooLong, { officePlaceId: null });
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(new RegExp(`has ${n.toLocaleString("en")} records; an export holds at most 5\\. Narrow it`));
  });
});

describe("formula escaping and the import read each other exactly", () => {
  it("undoes the export's escape and nothing else", () => {
    for (const text of ["=1+2", "+86 531", "-5", "@cmd", "\tx", "'=already quoted", "''-two", "'plain", "it's", "Jinan", ""]) {
      expect(spreadsheetText(spreadsheetCell(text)), JSON.stringify(text)).toBe(text);
    }
    expect(spreadsheetText("'-5")).toBe("-5");
    expect(spreadsheetText("'plain")).toBe("'plain");
  });

  it("imports a hand-made file's escaped cell as its text", async () => {
    const rows = [
      [...partnershipFileColumns],
      ["Jinan", "济南市", "Vantaa", "'-Uusimaa", "Finland", "FI", "sister_city", "1989", "'=HYPERLINK(\"x\")", "", "", "", ""],
    ];
    const text = rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n");
    const report = await previewImport(file("escaped.csv", new TextEncoder().encode(text)), viewer);
    // The tie exists: its sources differ (the file gives the formula's text as its one citation, unescaped).
    expect(report.counts).toMatchObject({ refused: 0, changed: 1 });
    expect(JSON.stringify(report)).toContain('=HYPERLINK(\\"x\\")');
    expect(JSON.stringify(report)).not.toContain("'=HYPERLINK");
  });
});
