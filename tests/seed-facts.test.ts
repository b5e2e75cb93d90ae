import fs from "node:fs";
import path from "node:path";
import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import * as t from "@/db/schema";
import { listUnverifiedPartnerships } from "@/lib/data/dashboard";
import { isUnverified } from "@/lib/kinds/partnership/sources";
import { freshDatabase } from "./support/db";

// The facts a fact-checker holding the two seed articles and shared/data/README.md would check on the public site
// (issue 11, "Facts that are wrong or overstated"): each test fails on the seed as it was before that issue.

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());

const partner = alias(t.places, "partner");

async function tie(slug: string) {
  const [row] = await db
    .select({
      id: t.partnerships.id,
      status: t.partnerships.status,
      establishedOn: t.partnerships.establishedOn,
      summaryEn: t.partnerships.summaryEn,
      summaryZh: t.partnerships.summaryZh,
      sourceNoteEn: t.partnerships.sourceNoteEn,
      sourceNoteZh: t.partnerships.sourceNoteZh,
      bodyEn: t.partnerships.bodyEn,
      bodyZh: t.partnerships.bodyZh,
      partner: { nameEn: partner.nameEn, nameZh: partner.nameZh, regionEn: partner.regionEn, latitude: partner.latitude, longitude: partner.longitude, successorEn: partner.successorEn, successorZh: partner.successorZh, id: partner.id },
    })
    .from(t.partnerships)
    .innerJoin(partner, eq(partner.id, t.partnerships.partnerPlaceId))
    .where(eq(t.partnerships.slug, slug));
  if (!row) throw new Error(`No tie ${slug}`);
  return row;
}

const stepsOf = async (slug: string) =>
  db
    .select({ on: t.partnershipSteps.occurredOn, precision: t.partnershipSteps.precision })
    .from(t.partnershipSteps)
    .innerJoin(t.partnerships, eq(t.partnerships.id, t.partnershipSteps.partnershipId))
    .where(eq(t.partnerships.slug, slug))
    .orderBy(asc(t.partnershipSteps.position));

const sourcesOf = async (slug: string) =>
  db
    .select({ kind: t.partnershipSources.kind, titleEn: t.partnershipSources.titleEn, titleZh: t.partnershipSources.titleZh, url: t.partnershipSources.url })
    .from(t.partnershipSources)
    .innerJoin(t.partnerships, eq(t.partnerships.id, t.partnershipSources.partnershipId))
    .where(eq(t.partnerships.slug, slug))
    .orderBy(asc(t.partnershipSources.position));

/** The two seed articles, as copied from shared/seeds into db/seed-data/articles. */
const seedArticles = () =>
  ["shandong-sister-cities-three-decades.txt", "jinan-sister-cities-online-conference-2021.txt"]
    .map((name) => fs.readFileSync(path.join(process.cwd(), "db", "seed-data", "articles", name), "utf8"))
    .join("\n");

describe("facts of the demo seed", () => {
  it("gives Zibo its Gwangju in Gyeonggi-do, and Tai'an a Gwangju of its own that says it is unverified", async () => {
    const zibo = await tie("zibo-gwangju-gyeonggi-do");
    expect(zibo.partner).toMatchObject({ nameEn: "Gwangju", nameZh: "京畿道广州市", regionEn: "Gyeonggi-do" });
    // About 40 km south-east of Seoul, not Gwangju Metropolitan City (35.16 N, 126.85 E), 250 km south.
    expect(zibo.partner.latitude).toBeCloseTo(37.43, 1);
    expect(zibo.partner.longitude).toBeCloseTo(127.26, 1);
    expect(zibo.summaryZh).toContain("韩国京畿道广州市");
    expect(zibo.summaryZh).not.toContain("光州");
    expect((await sourcesOf("zibo-gwangju-gyeonggi-do"))[0]).toMatchObject({ kind: "official_home", url: "https://english.zibo.gov.cn/2023-01/20/c_1073.htm" });

    const taian = await tie("taian-gwangju");
    expect(taian.partner.id).not.toBe(zibo.partner.id);
    expect(taian.partner).toMatchObject({ nameZh: null, latitude: null, longitude: null });
    expect(isUnverified(await sourcesOf("taian-gwangju"))).toBe(true);
    expect(taian.sourceNoteEn).toMatch(/does not say which Gwangju/);
  });

  it("records a tie's status only where a source states one", async () => {
    const statuses = await db
      .select({ slug: t.partnerships.slug, status: t.partnerships.status })
      .from(t.partnerships)
      .where(sql`${t.partnerships.status} <> 'not_recorded'`)
      .orderBy(asc(t.partnerships.slug));
    expect(statuses).toEqual([
      { slug: "jinan-coventry", status: "active" },
      { slug: "jinan-vantaa", status: "active" },
      { slug: "jining-springfield", status: "in_contact" },
    ]);
  });

  it("does not call Jining-Springfield sister cities since 2018: it was reported as about to be signed", async () => {
    const springfield = await tie("jining-springfield");
    expect(springfield.establishedOn).toBeNull();
    expect(springfield.summaryEn).not.toMatch(/since 2018/);
    expect(springfield.summaryEn).toMatch(/about to sign/);
    expect(await stepsOf("jining-springfield")).toEqual([{ on: "2018-06-22", precision: "day" }]);
  });

  it("shows what North Shore City and Perm Oblast became", async () => {
    const northShore = await tie("qingdao-north-shore-city");
    expect(northShore.partner).toMatchObject({ nameEn: "North Shore City", successorEn: "Auckland (merged in 2010)", successorZh: "奥克兰市（2010年合并）" });
    const perm = await tie("shandong-perm-oblast");
    expect(perm.partner).toMatchObject({ nameEn: "Perm Oblast", successorEn: expect.stringMatching(/^Perm Krai/) });
  });

  it("carries the dated steps of ties that grew in steps", async () => {
    const years = async (slug: string) => (await stepsOf(slug)).map((s) => s.on.slice(0, 4));
    expect(await years("weihai-cheltenham")).toEqual(["1987", "1998"]);
    expect(await years("qingdao-adelaide")).toEqual(["2000", "2014"]);
    expect(await years("jinan-sacramento")).toEqual(["1984", "1985"]);
    expect(await years("qingdao-north-shore-city")).toEqual(["2008", "2010"]);
  });

  it("notes, in both languages, every disagreement between sources that shared/data/README.md lists", async () => {
    const disputed = [
      "shandong-upper-austria",
      "shandong-chungcheongbuk-do",
      "shandong-isabel-province",
      "qingdao-adelaide",
      "qingdao-regensburg",
      "qingdao-paderborn",
      "weihai-cheltenham",
      "weihai-vacoas-phoenix",
      "jinan-sacramento",
      "jining-springfield",
      "dongying-midland",
      "dongying-samcheok",
      "taian-laredo",
      "taian-columbus",
    ];
    for (const slug of disputed) {
      const row = await tie(slug);
      expect(row.sourceNoteEn, slug).toBeTruthy();
      expect(row.sourceNoteZh, slug).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await tie("shandong-upper-austria")).sourceNoteEn).toMatch(/1996.*1995/);
  });

  it("titles every source and says what kind it is, and marks exactly the ties resting on aggregators or blogs", async () => {
    const [untitled] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(t.partnershipSources)
      .where(sql`${t.partnershipSources.titleEn} is null or ${t.partnershipSources.titleZh} is null or ${t.partnershipSources.kind} is null`);
    expect(untitled!.n).toBe(0);
    const unverified = (await listUnverifiedPartnerships()).map((u) => u.label);
    // Tai'an's eleven partners from one aggregator's list, and Lugo from the Wikidata crawl alone.
    expect(unverified.filter((l) => l.startsWith("Tai'an"))).toHaveLength(11 + 1);
    expect(unverified).toEqual(expect.arrayContaining(["Dongying – Midland", "Dongying – Samcheok", "Tai'an – Gwangju"]));
    expect(unverified).not.toContain("Zibo – Gwangju");
    expect(unverified).not.toContain("Jinan – Vantaa");
  });

  it("uses the sourced name of the Regional Leaders' Summit, founded in 2002 by five regions", async () => {
    const [summit] = await db.select().from(t.events).where(eq(t.events.slug, "regional-leaders-summit"));
    expect(summit).toMatchObject({ titleEn: "Regional Leaders' Summit", titleZh: "友好省州领导人大会", titleDescriptive: false });
    expect(summit!.descriptionEn).toMatch(/founded .*Bavaria.*Quebec.*Upper Austria.*Western Cape.*2002; São Paulo .* Georgia .* joined later/);
  });

  it("marks titles no source gives as descriptive", async () => {
    const [quebec] = await db
      .select({ d: t.agreements.titleDescriptive })
      .from(t.agreements)
      .where(eq(t.agreements.titleEn, "Agreement on friendly ties between Shandong Province and Quebec"));
    expect(quebec!.d).toBe(true);
    const [conference] = await db.select().from(t.events).where(eq(t.events.slug, "jinan-sister-cities-online-conference-2021"));
    expect(conference!.titleDescriptive).toBe(true);
    const [garden] = await db.select().from(t.events).where(eq(t.events.slug, "jinan-international-sister-city-garden"));
    expect(garden!.titleDescriptive).toBe(false);
  });

  it("quotes the articles exactly: an omission shows an ellipsis, a number the copy lacks shows in brackets", async () => {
    const text = seedArticles();
    const vantaa = await tie("jinan-vantaa");
    expect(vantaa.bodyEn).toContain("celebrating [20] years");
    const quoted = [...((vantaa.bodyEn ?? "") + (await tie("jinan-coventry")).bodyEn).matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(quoted).toHaveLength(2);
    // The stored copy of the article lost its digits ("celebrating  years"): a bracketed number is the editor's. A
    // quoted sentence may end where the copy runs on with a comma ("…between our cities, said Ritva Viljanen").
    for (const fragment of quoted.flatMap((q) => q.split(" … "))) {
      expect(text).toContain(fragment.replace(/\[\d+\]/g, "").replace(/[.,]$/, ""));
    }
  });

  it("dates what the articles said: by 2011, and 2021's plans in the past tense", async () => {
    const all = await db.select({ en: t.partnerships.bodyEn }).from(t.partnerships).where(sql`${t.partnerships.bodyEn} is not null`);
    const events = await db.select({ en: t.events.descriptionEn }).from(t.events);
    const texts = [...all, ...events].map((r) => r.en ?? "").join("\n");
    expect(texts).not.toMatch(/Thirty years later/i);
    expect(texts).not.toMatch(/\bis planned\b|\bwere to follow\b/);
    expect((await tie("qingdao-shimonoseki")).bodyEn).toMatch(/By 2011/);
    expect((await tie("jinan-vantaa")).bodyEn).toMatch(/In 2021 a Vantaa-style garden was planned/);
  });

  it("calls Bavaria and Upper Austria states, like the US and Australian states", async () => {
    const kinds = await db
      .select({ name: t.places.nameEn, kind: t.places.kind })
      .from(t.places)
      .where(sql`${t.places.nameEn} in ('Bavaria', 'Upper Austria')`)
      .orderBy(asc(t.places.nameEn));
    expect(kinds).toEqual([
      { name: "Bavaria", kind: "state" },
      { name: "Upper Austria", kind: "state" },
    ]);
  });

  it("writes the Chinese summaries without doubled words, and Chinese texts keep the source line the English has", async () => {
    const doubled = await db
      .select({ slug: t.partnerships.slug })
      .from(t.partnerships)
      .where(sql`${t.partnerships.summaryZh} like '%关系城市关系%'`);
    expect(doubled).toEqual([]);
    const cooperation = await db
      .select({ zh: t.partnerships.summaryZh })
      .from(t.partnerships)
      .where(and(eq(t.partnerships.type, "friendly_cooperation"), sql`${t.partnerships.establishedOn} is not null`))
      .limit(1);
    expect(cooperation[0]!.zh).toMatch(/年建立友好合作关系。$/);
    const texts = [
      ...(await db.select({ en: t.events.descriptionEn, zh: t.events.descriptionZh }).from(t.events)),
      ...(await db.select({ en: t.agreements.summaryEn, zh: t.agreements.summaryZh }).from(t.agreements)),
      ...(await db.select({ en: t.delegations.outcomesEn, zh: t.delegations.outcomesZh }).from(t.delegations)),
    ];
    for (const { en, zh } of texts) {
      if (en && /Sources?:/.test(en) && zh) expect(zh, en).toMatch(/来源：/);
      if (zh && /来源：/.test(zh) && en) expect(en, zh).toMatch(/Sources?:/);
    }
  });

  it("gives every partner region its Chinese name, and every partner place but Tai'an's unidentified Gwangju a Chinese name", async () => {
    const [regions] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(t.places)
      .where(sql`${t.places.regionEn} is not null and ${t.places.regionZh} is null`);
    expect(regions!.n).toBe(0);
    const unnamed = await db.select({ name: t.places.nameEn }).from(t.places).where(sql`${t.places.nameZh} is null`);
    expect(unnamed).toEqual([{ name: "Gwangju" }]);
  });
});
