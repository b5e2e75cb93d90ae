import { verify } from "@node-rs/argon2";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import * as t from "@/db/schema";
import { demoAccounts, demoPassword, partnerKey, readPartnershipCsv, seedIfEmpty } from "@/db/seed";
import { placeHistory, tieHistory } from "@/db/seed-data/history";
import { freshDatabase } from "./support/db";

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());

const home = alias(t.places, "home");
const partner = alias(t.places, "partner");

async function tie(homeName: string, partnerName: string) {
  const [row] = await db
    .select({
      id: t.partnerships.id,
      slug: t.partnerships.slug,
      type: t.partnerships.type,
      establishedOn: t.partnerships.establishedOn,
      establishedPrecision: t.partnerships.establishedPrecision,
      publication: t.partnerships.publication,
    })
    .from(t.partnerships)
    .innerJoin(home, eq(home.id, t.partnerships.homePlaceId))
    .innerJoin(partner, eq(partner.id, t.partnerships.partnerPlaceId))
    .where(and(eq(home.nameEn, homeName), eq(partner.nameEn, partnerName)));
  return row;
}

const linkedSlugs = async (table: typeof t.eventPartnerships, eventId: number) =>
  (
    await db
      .select({ slug: t.partnerships.slug })
      .from(table)
      .innerJoin(t.partnerships, eq(t.partnerships.id, table.partnershipId))
      .where(eq(table.eventId, eventId))
  )
    .map((r) => r.slug)
    .sort();

describe("demo seed", () => {
  it("holds every row of the partnership list as a published partnership, true to its type, year and sources", async () => {
    const rows = readPartnershipCsv();
    expect(rows).toHaveLength(136);
    for (const row of rows) {
      const homeName = row.home_city === "Shandong" ? "Shandong Province" : row.home_city;
      // A place renamed since (North Shore City, now part of Auckland) goes by the name the tie was made with.
      const found = await tie(homeName, placeHistory[partnerKey(row)]?.nameEn ?? row.partner_city);
      expect(found, `${row.home_city} - ${row.partner_city}`).toBeDefined();
      expect(found!.type).toBe(row.relationship_type);
      expect(found!.publication).toBe("published");
      // Where the row's year is not one of an established tie (Jining-Springfield: "about to be signed"), no year.
      const established = tieHistory[found!.slug]?.established === null ? "" : row.established_year;
      if (established) {
        expect(found!.establishedOn).toBe(`${row.established_year}-01-01`);
        expect(found!.establishedPrecision).toBe("year");
      } else {
        expect(found!.establishedOn).toBeNull();
      }
      const sources = await db
        .select({ citation: t.partnershipSources.citation, url: t.partnershipSources.url })
        .from(t.partnershipSources)
        .where(eq(t.partnershipSources.partnershipId, found!.id))
        .orderBy(asc(t.partnershipSources.position));
      expect(sources.map((s) => s.citation)).toEqual(row.source.split(" | ").map((s) => s.trim()));
      for (const s of sources) expect(s.url).toMatch(/^https?:\/\//);
    }
    const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(t.partnerships);
    expect(n).toBe(136);
  });

  it("keeps names as the sources spell them and gives every place it can identify a position on the map", async () => {
    const names = (await db.select({ name: t.places.nameEn }).from(t.places)).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Klaipėda", "Świętochłowice", "Hachiōji", "Örebro", "São Paulo (state)"]));
    const unplaced = await db.select({ name: t.places.nameEn }).from(t.places).where(sql`${t.places.latitude} is null`);
    // Tai'an's partners "Columbus" (no state) and "Gwangju" (which one?) rest on one list that doesn't say: no
    // position is better than a guessed one.
    expect(unplaced.map((p) => p.name).sort()).toEqual(["Columbus", "Gwangju"]);
  });

  it("records Qingdao-Shimonoseki, 1979, as the province's first tie", async () => {
    const [first] = await db
      .select({ slug: t.partnerships.slug, establishedOn: t.partnerships.establishedOn })
      .from(t.partnerships)
      .where(isNotNull(t.partnerships.establishedOn))
      .orderBy(asc(t.partnerships.establishedOn))
      .limit(1);
    expect(first).toEqual({ slug: "qingdao-shimonoseki", establishedOn: "1979-01-01" });
  });

  it("invents no day: every tie is dated by its year alone, or not at all", async () => {
    const precise = await db
      .select({ slug: t.partnerships.slug })
      .from(t.partnerships)
      .where(sql`${t.partnerships.establishedPrecision} <> 'year'`);
    expect(precise).toEqual([]);
  });

  it("has the 2008 Shandong-Quebec agreement signed by Governor Jiang Daming and Premier Jean Charest", async () => {
    const quebec = await tie("Shandong Province", "Quebec");
    const [agreement] = await db
      .select({ id: t.agreements.id, signedOn: t.agreements.signedOn, signedPrecision: t.agreements.signedPrecision, title: t.agreements.titleEn })
      .from(t.agreements)
      .where(eq(t.agreements.partnershipId, quebec!.id));
    expect(agreement).toMatchObject({ signedOn: "2008-01-01", signedPrecision: "year" });
    expect(agreement!.title).toMatch(/friendly ties/i);
    const signatories = await db
      .select({ name: t.agreementSignatories.name, office: t.agreementSignatories.office, side: t.agreementSignatories.side })
      .from(t.agreementSignatories)
      .where(eq(t.agreementSignatories.agreementId, agreement!.id))
      .orderBy(asc(t.agreementSignatories.position));
    expect(signatories).toEqual([
      { name: "Jiang Daming", office: "Governor of Shandong Province", side: "home" },
      { name: "Jean Charest", office: "Premier of Quebec", side: "partner" },
    ]);
  });

  it("has the April 2011 Hanover Fair delegation: 21 enterprises, EUR 240 million, and the two named orders", async () => {
    const [d] = await db.select().from(t.delegations).where(eq(t.delegations.slug, "hanover-fair-2011"));
    expect(d).toMatchObject({
      direction: "outgoing",
      startsOn: "2011-04-01",
      datePrecision: "month",
      enterpriseCount: 21,
      dealAmount: "240000000.000",
      dealCurrency: "EUR",
    });
    const enterprises = await db
      .select({ name: t.delegationEnterprises.nameEn, amount: t.delegationEnterprises.dealAmount, currency: t.delegationEnterprises.dealCurrency })
      .from(t.delegationEnterprises)
      .where(eq(t.delegationEnterprises.delegationId, d!.id));
    expect(enterprises).toEqual(
      expect.arrayContaining([
        { name: "Shandong Yonghe Precise Metals Co Ltd", amount: "10000000.000", currency: "EUR" },
        { name: "Shandong Huali Electric Motor Co Ltd", amount: "30000000.000", currency: "EUR" },
      ]),
    );
  });

  it("has Jinan's October 2021 online conference with its sister cities, dated to the month the source gives", async () => {
    const [e] = await db.select().from(t.events).where(eq(t.events.slug, "jinan-sister-cities-online-conference-2021"));
    expect(e).toMatchObject({ kind: "online_meeting", online: true, startsOn: "2021-10-01", datePrecision: "month" });
    expect(await linkedSlugs(t.eventPartnerships, e!.id)).toEqual(["jinan-coventry", "jinan-vantaa"]);
  });

  it("has the sister-city garden project, the Confucius festivals and the statue donations", async () => {
    const [garden] = await db.select().from(t.events).where(eq(t.events.slug, "jinan-international-sister-city-garden"));
    expect(garden!.descriptionEn).toMatch(/Kazanlak/);
    expect(await linkedSlugs(t.eventPartnerships, garden!.id)).toEqual(["jinan-kazanlak", "jinan-vantaa"]);

    const [festivals] = await db.select().from(t.events).where(eq(t.events.slug, "confucius-festivals-and-culture-weeks-abroad"));
    expect(festivals!.descriptionEn).toMatch(/more than 40 Confucius festivals/);

    const [statues] = await db.select().from(t.events).where(eq(t.events.slug, "confucius-statues-for-partner-regions"));
    expect(statues).toMatchObject({ kind: "donation", startsOn: null, datePrecision: null });
    expect(await linkedSlugs(t.eventPartnerships, statues!.id)).toEqual([
      "shandong-bahia",
      "shandong-bavaria",
      "shandong-wakayama-prefecture",
    ]);
  });

  it("has the province's summit with Bavaria, Upper Austria, Western Cape, Quebec, Georgia and Sao Paulo", async () => {
    const [summit] = await db.select().from(t.events).where(eq(t.events.slug, "regional-leaders-summit"));
    expect(summit!.descriptionEn).toMatch(/met five times/);
    expect(await linkedSlugs(t.eventPartnerships, summit!.id)).toEqual([
      "shandong-bavaria",
      "shandong-georgia",
      "shandong-quebec",
      "shandong-sao-paulo",
      "shandong-upper-austria",
      "shandong-western-cape",
    ]);
  });

  it("creates the demo accounts, in English, with argon2id hashes of the documented password", async () => {
    const accounts = await db.select({ email: t.users.email, role: t.users.role, locale: t.users.locale, hash: t.users.passwordHash }).from(t.users);
    expect(accounts.map(({ email, role, locale }) => ({ email, role, locale })).sort((a, b) => a.email.localeCompare(b.email))).toEqual(
      demoAccounts.map(({ email, role }) => ({ email, role, locale: "en" })).sort((a, b) => a.email.localeCompare(b.email)),
    );
    for (const a of accounts) {
      expect(a.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await verify(a.hash, demoPassword)).toBe(true);
    }
  });

  it("leaves a database that already has data alone", async () => {
    expect(await seedIfEmpty(db, { demoAccounts: true })).toBe(false);
    const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(t.users);
    expect(n).toBe(demoAccounts.length);
  });
});
