import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { count, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { slugify } from "@/lib/slug";
import { demoAccounts, demoOffices, demoPassword } from "./demo-accounts";
import type { Db, Tx } from "./index";
import * as t from "./schema";
import { placeHistory, taianNote, tieHistory, type TieStep } from "./seed-data/history";
import { homePlaces, partnerPlaces } from "./seed-data/places";
import { homeRegionZh, regionZh } from "./seed-data/regions";
import { describeSource } from "./seed-data/sources";
import { sourceRow, splitCitations } from "@/lib/import/sources";

/**
 * The demo data: real facts only. Places and partnerships come from db/seed-data/shandong-partnerships.csv (a copy of
 * the verified list in shared/data, each row with its sources); agreements, delegations and events come from the two
 * seed articles (shared/seeds). Where a source gives a year or a month and no day, the record says so through its
 * date precision instead of inventing a day.
 */


export interface CsvRow {
  home_city: string;
  home_city_zh: string;
  partner_city: string;
  partner_region: string;
  country: string;
  country_iso2: string;
  relationship_type: string;
  established_year: string;
  source: string;
}

export function readPartnershipCsv(): CsvRow[] {
  const csv = fs.readFileSync(path.join(process.cwd(), "db", "seed-data", "shandong-partnerships.csv"), "utf8");
  return parse(csv, { columns: true, skip_empty_lines: true, trim: true }) as CsvRow[];
}

export { demoAccounts, demoPassword };

/** Seeds an empty database; a database that already has places is left alone. Returns whether it seeded. */
export async function seedIfEmpty(db: Db, options: SeedOptions): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(t.places);
  if ((row?.n ?? 0) > 0) return false;
  await seed(db, options);
  return true;
}

export interface SeedOptions {
  demoAccounts: boolean;
  /**
   * false: the places only, without the partnerships and the agreements, delegations and events that refer to them (a
   * database for importing the partnership list, as tests/import.test.ts does). Default true.
   */
  partnerships?: boolean;
}

export async function seed(db: Db, options: SeedOptions): Promise<void> {
  // Hash before the transaction: argon2 is deliberately slow and PGlite runs one transaction at a time.
  const accounts = options.demoAccounts
    ? await Promise.all(demoAccounts.map(async (a) => ({ ...a, passwordHash: await hashPassword(demoPassword) })))
    : [];
  const rows = readPartnershipCsv();
  await db.transaction(async (tx) => {
    if (accounts.length) await tx.insert(t.users).values(accounts);
    const placeIds = await seedPlaces(tx, rows);
    if (accounts.length) await placeDemoOffices(tx);
    if (options.partnerships === false) return;
    const partnershipIds = await seedPartnerships(tx, rows, placeIds);
    await seedStories(tx, partnershipIds);
  });
}

/** The demo's city-office accounts to their offices (db/demo-accounts.ts), once the places exist. */
async function placeDemoOffices(tx: Tx): Promise<void> {
  for (const [email, slug] of Object.entries(demoOffices)) {
    await tx.execute(sql`update users set office_place_id = (select id from places where slug = ${slug} and is_home) where email = ${email}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** What the two sides are to each other ("X与Y是友好城市") and the relation they establish ("建立友好合作关系"). */
const pairZh: Record<string, string> = {
  sister_city: "友好城市",
  friendly_cooperation: "友好合作关系城市",
  province_state: "友好省州",
};
const relationZh: Record<string, string> = {
  sister_city: "友好城市关系",
  friendly_cooperation: "友好合作关系",
  province_state: "友好省州关系",
};

const countryZh = new Intl.DisplayNames(["zh-Hans"], { type: "region" });

/**
 * A partner place's key in db/seed-data/places.ts: country and name, plus the region where two places share a name
 * (Zibo's Gwangju in Gyeonggi-do is not Tai'an's Gwangju, whose source does not say which it is).
 */
export const partnerKey = (row: Pick<CsvRow, "country_iso2" | "partner_city" | "partner_region">) => {
  const withRegion = `${row.country_iso2}:${row.partner_city}:${row.partner_region}`;
  return row.partner_region && partnerPlaces[withRegion] ? withRegion : `${row.country_iso2}:${row.partner_city}`;
};

function uniqueSlug(base: string, taken: Set<string>, suffix: string): string {
  let slug = base;
  if (taken.has(slug)) slug = `${base}-${suffix.toLowerCase()}`;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}

async function seedPlaces(tx: Tx, rows: CsvRow[]) {
  const taken = new Set<string>();
  const keyOf = new Map<string, string>(); // slug -> "home:Jinan" or "JP:Shimonoseki"
  const values: (typeof t.places.$inferInsert)[] = [];
  const seen = new Set<string>();

  for (const row of rows) {
    const key = `home:${row.home_city}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const geo = homePlaces[row.home_city];
    if (!geo) throw new Error(`No geography for home place ${row.home_city}`);
    const slug = uniqueSlug(slugify(row.home_city), taken, "cn");
    keyOf.set(slug, key);
    values.push({
      slug,
      nameEn: geo.kind === "province" ? `${row.home_city} Province` : row.home_city,
      nameZh: row.home_city_zh,
      kind: geo.kind,
      regionEn: geo.kind === "province" ? null : "Shandong Province",
      regionZh: geo.kind === "province" ? null : homeRegionZh,
      countryCode: "CN",
      continent: geo.continent,
      latitude: geo.lat,
      longitude: geo.lng,
      isHome: true,
      publication: "published",
    });
  }
  for (const row of rows) {
    const key = partnerKey(row);
    if (seen.has(key)) continue;
    seen.add(key);
    const geo = partnerPlaces[key];
    if (!geo) throw new Error(`No geography for partner place ${key}`);
    const base = key.split(":").length > 2 ? slugify(`${row.partner_city} ${row.partner_region}`) : slugify(row.partner_city);
    const slug = uniqueSlug(base, taken, row.country_iso2);
    keyOf.set(slug, key);
    const history = placeHistory[key];
    const region = row.partner_region || null;
    if (region && !regionZh[region]) throw new Error(`No Chinese name for the region ${region}`);
    values.push({
      slug,
      nameEn: history?.nameEn ?? row.partner_city,
      nameZh: geo.nameZh ?? null,
      successorEn: history?.successorEn ?? null,
      successorZh: history?.successorZh ?? null,
      kind: geo.kind,
      regionEn: region,
      regionZh: region ? regionZh[region]! : null,
      countryCode: row.country_iso2,
      continent: geo.continent,
      latitude: geo.lat,
      longitude: geo.lng,
      isHome: false,
      publication: "published",
    });
  }
  const inserted = await tx
    .insert(t.places)
    .values(values)
    .returning({ id: t.places.id, slug: t.places.slug, nameEn: t.places.nameEn, nameZh: t.places.nameZh, regionZh: t.places.regionZh });
  return new Map(inserted.map((p) => [keyOf.get(p.slug)!, p]));
}

/** A row's sources; a publisher missing from db/seed-data/sources.ts stops the seed (describeSource throws). */
function sourcesOf(field: string) {
  return splitCitations(field).map((citation, position) => ({ position, ...sourceRow(citation, describeSource) }));
}

type SummaryPlace = { nameEn: string; nameZh: string | null; regionZh?: string | null };

function summaries(row: CsvRow, year: string | null, home: SummaryPlace, partner: SummaryPlace) {
  const where = [row.partner_region, row.country].filter(Boolean).join(", ");
  const countryNameZh = countryZh.of(row.country_iso2) ?? row.country;
  // "韩国京畿道广州市": the region unless the Chinese name already carries it.
  const regionZh = partner.regionZh && !partner.nameZh?.startsWith(partner.regionZh) ? partner.regionZh : "";
  const partnerZh = `${countryNameZh}${regionZh}${partner.nameZh ?? partner.nameEn}`;
  const homeZh = home.nameZh ?? home.nameEn;
  const relationEn = {
    sister_city: "sister cities",
    friendly_cooperation: "friendly-cooperation cities",
    province_state: "partner regions (a province-state tie)",
  }[row.relationship_type];
  const summaryEn = year
    ? `${home.nameEn} and ${partner.nameEn} (${where}) have been ${relationEn} since ${year}.`
    : `${home.nameEn} and ${partner.nameEn} (${where}) are ${relationEn}; the sources give no year for the agreement.`;
  const summaryZh = year
    ? `${homeZh}与${partnerZh}于${year}年建立${relationZh[row.relationship_type]}。`
    : `${homeZh}与${partnerZh}是${pairZh[row.relationship_type]}，现有资料未载明建立年份。`;
  return { summaryEn, summaryZh };
}

/** A step's partial date ("1987", "2018-06", "2018-06-22") as the date and precision the database stores. */
function stepDate(on: string) {
  const [y, m, d] = on.split("-");
  return d ? { occurredOn: on, precision: "day" as const } : m ? { occurredOn: `${y}-${m}-01`, precision: "month" as const } : { occurredOn: `${y}-01-01`, precision: "year" as const };
}

const weakSources = new Set(["aggregator", "blog"]);

/** Ties whose story the seed articles tell, with the article's words turned into a short profile. */
const bodies: Record<string, { en: string; zh: string }> = {
  "qingdao-shimonoseki": {
    en: "Qingdao and Shimonoseki were **the first of Shandong's cities to establish sister-city relations**, in 1979, a year after China began its reform and opening-up policy.\n\nBy 2011, China Daily reported, cities in the province had relations with cities in 60 countries and regions.",
    zh: "1979年，青岛市与日本下关市结为友好城市，这是**山东省第一对国际友好城市**，距中国实行改革开放仅一年。\n\n据《中国日报》2011年报道，截至当年，山东各市已与60个国家和地区的城市建立了友好关系。",
  },
  "shandong-quebec": {
    en: "In 2008 Shandong's governor, **Jiang Daming**, and the premier of Quebec, **Jean Charest**, signed an agreement on friendly ties between the province and Quebec.\n\nQuebec is also one of the regions with which Shandong founded the Regional Leaders' Summit in 2002.",
    zh: "2008年，山东省省长**姜大明**与加拿大魁北克省省长**让·沙雷**签署友好关系协议。\n\n2002年，魁北克省与山东省等地区共同创立了友好省州领导人会议。",
  },
  "jinan-vantaa": {
    en: "Vantaa became Jinan's sister city in 2001. At Jinan's online conference with its sister cities in October 2021, Vantaa's mayor **Ritva Viljanen** said: \"This is a special year for the relationship between Jinan and Vantaa, as we are celebrating [20] years of sister city friendship between our cities. … We have created opportunities for our businesses to meet and establish new contacts, and possibilities to grow.\"\n\nIn 2021 a Vantaa-style garden was planned in the Jinan International Sister City Garden project.",
    zh: "2001年，万塔市与济南市结为友好城市。在2021年10月济南市与国际友好城市线上座谈会上，万塔市市长表示：“今年对济南和万塔的关系而言是特别的一年，我们正在庆祝两市结为友好城市［20］周年。……我们为双方企业创造了相识、建立新联系的机会，也创造了发展壮大的可能。”\n\n2021年，济南国际友城园项目计划建设一座万塔风格的园林。",
  },
  "jinan-coventry": {
    en: "Coventry and Jinan have been sister cities since 1983. At Jinan's online conference with its sister cities in October 2021, Coventry's mayor **John McNicholas** said: \"We are so proud of our relationship with Jinan and of the twinning movement. Our international links are making us a better city.\"",
    zh: "考文垂市与济南市自1983年起结为友好城市。在2021年10月济南市与国际友好城市线上座谈会上，考文垂市市长表示：“我们为与济南的关系、为友城运动深感自豪。国际交往正让我们成为一座更好的城市。”",
  },
  "jinan-wakayama": {
    en: "Wakayama, Japan, was **Jinan's first sister city**, in 1983.",
    zh: "日本和歌山市是**济南市的第一个国际友好城市**，两市于1983年结好。",
  },
  "jinan-kazanlak": {
    en: "By October 2021 a rose-themed garden in the style of Kazanlak had been built in Jinan as part of the Jinan International Sister City Garden project.",
    zh: "截至2021年10月，作为济南国际友城园项目的一部分，济南已建成一座具有卡赞勒克风格的玫瑰主题园。",
  },
};

const featured = new Set(["qingdao-shimonoseki", "shandong-quebec", "jinan-vantaa", "jinan-coventry", "shandong-bavaria", "jinan-wakayama"]);

async function seedPartnerships(tx: Tx, rows: CsvRow[], placeIds: Awaited<ReturnType<typeof seedPlaces>>) {
  const taken = new Set<string>();
  const ids = new Map<string, number>();
  for (const row of rows) {
    const home = placeIds.get(`home:${row.home_city}`);
    const partner = placeIds.get(partnerKey(row));
    if (!home || !partner) throw new Error(`Unresolved places for ${row.home_city} - ${row.partner_city}`);
    const slug = uniqueSlug(`${home.slug}-${partner.slug}`, taken, row.country_iso2);
    const body = bodies[slug];
    const sources = sourcesOf(row.source);
    const history = tieHistory[slug] ?? {};
    const year = history.established === undefined ? row.established_year || null : history.established;
    const singleAggregator = row.home_city === "Tai'an" && sources.every((s) => weakSources.has(s.kind ?? ""));
    const note = history.note ?? (singleAggregator ? taianNote : undefined);
    const [created] = await tx
      .insert(t.partnerships)
      .values({
        slug,
        homePlaceId: home.id,
        partnerPlaceId: partner.id,
        type: row.relationship_type as (typeof t.partnershipTypes)[number],
        status: history.status ?? "not_recorded",
        establishedOn: year ? `${year}-01-01` : null,
        establishedPrecision: year ? "year" : null,
        ...(history.summary ? { summaryEn: history.summary.en, summaryZh: history.summary.zh } : summaries(row, year, home, partner)),
        bodyEn: body?.en ?? null,
        bodyZh: body?.zh ?? null,
        sourceNoteEn: note?.en ?? null,
        sourceNoteZh: note?.zh ?? null,
        featured: featured.has(slug),
        publication: "published",
      })
      .returning({ id: t.partnerships.id });
    ids.set(slug, created!.id);
    await tx.insert(t.partnershipSources).values(sources.map((s) => ({ ...s, partnershipId: created!.id })));
    const steps: TieStep[] = history.steps ?? [];
    if (steps.length) {
      await tx.insert(t.partnershipSteps).values(
        steps.map((step, position) => ({ partnershipId: created!.id, position, labelEn: step.en, labelZh: step.zh, ...stepDate(step.on) })),
      );
    }
  }
  return ids;
}

async function seedStories(tx: Tx, partnershipIds: Map<string, number>) {
  const pid = (slug: string) => {
    const id = partnershipIds.get(slug);
    if (id === undefined) throw new Error(`Seed story refers to unknown partnership ${slug}`);
    return id;
  };
  const threeDecades = "Three decades of contact have meant international exchanges and cooperation (China Daily, 2011)";
  const jinanConference = "China Daily, 20 October 2021: Jinan's online discussion conference with its sister cities";
  const threeDecadesZh = "《中国日报》英文报道，2011年";
  const jinanConferenceZh = "《中国日报》英文报道，2021年10月20日";

  // The 2008 agreement on friendly ties between Shandong and Quebec.
  const [quebec] = await tx
    .insert(t.agreements)
    .values({
      partnershipId: pid("shandong-quebec"),
      titleEn: "Agreement on friendly ties between Shandong Province and Quebec",
      titleZh: "山东省与魁北克省建立友好关系协议",
      // The source calls it "an agreement on friendly ties" and gives no title.
      titleDescriptive: true,
      kind: "sister_city_agreement",
      status: "signed",
      signedOn: "2008-01-01",
      signedPrecision: "year",
      summaryEn: `Signed in 2008 by Shandong's governor, Jiang Daming, and the premier of Quebec, Jean Charest. Source: ${threeDecades}.`,
      summaryZh: `2008年由山东省省长姜大明与魁北克省省长让·沙雷签署。来源：${threeDecadesZh}。`,
      publication: "published",
    })
    .returning({ id: t.agreements.id });
  await tx.insert(t.agreementSignatories).values([
    { agreementId: quebec!.id, position: 0, name: "Jiang Daming", nameZh: "姜大明", office: "Governor of Shandong Province", officeZh: "山东省省长", side: "home" },
    { agreementId: quebec!.id, position: 1, name: "Jean Charest", nameZh: "让·沙雷", office: "Premier of Quebec", officeZh: "魁北克省省长", side: "partner" },
  ]);

  // April 2011: the provincial delegation of 21 enterprises to the Hanover Fair.
  const [hanover] = await tx
    .insert(t.delegations)
    .values({
      slug: "hanover-fair-2011",
      direction: "outgoing",
      titleEn: "Shandong delegation to the 2011 Hanover Fair",
      titleZh: "山东省代表团参加2011年汉诺威工业博览会",
      titleDescriptive: true,
      enterpriseCount: 21,
      destinationEn: "Hanover, Germany",
      destinationZh: "德国汉诺威",
      purposeEn: "Trade: the provincial government sent a delegation of 21 enterprises to the Hanover Fair.",
      purposeZh: "经贸：省政府组织21家企业赴汉诺威工业博览会参展。",
      startsOn: "2011-04-01",
      datePrecision: "month",
      outcomesEn: `More than 5,000 potential buyers visited the Shandong booths; trade deals worth 240 million euros ($319 million), according to the Shandong Foreign Affairs Office. Source: ${threeDecades}.`,
      outcomesZh: `5000多名潜在买家参观山东展位；据山东省外办统计，达成贸易协议2.4亿欧元（合3.19亿美元）。来源：${threeDecadesZh}。`,
      dealAmount: "240000000",
      dealCurrency: "EUR",
      publication: "published",
    })
    .returning({ id: t.delegations.id });
  await tx.insert(t.delegationEnterprises).values([
    { delegationId: hanover!.id, position: 0, nameEn: "Shandong Huali Electric Motor Co Ltd", dealAmount: "30000000", dealCurrency: "EUR", note: "Orders worth 30 million euros ($40 million)." },
    { delegationId: hanover!.id, position: 1, nameEn: "Shandong Yonghe Precise Metals Co Ltd", dealAmount: "10000000", dealCurrency: "EUR", note: "Orders worth 10 million euros ($13.3 million)." },
  ]);

  const eventRows: (typeof t.events.$inferInsert & { partnerships: string[] })[] = [
    {
      slug: "jinan-sister-cities-online-conference-2021",
      kind: "online_meeting",
      titleEn: "Jinan online discussion conference with its sister cities",
      titleZh: "济南市与国际友好城市线上座谈会",
      // The source describes "an online discussion conference"; neither title is the meeting's own.
      titleDescriptive: true,
      startsOn: "2021-10-01",
      datePrecision: "month",
      online: true,
      organisersEn: "CPPCC Jinan Committee, with the Jinan Foreign Affairs Office",
      organisersZh: "济南市政协、济南市外事办公室",
      descriptionEn:
        `Representatives of Jinan's sister cities and friendly-cooperation cities in countries including the UK, Japan, South Korea, Russia and Finland, with international friendship associations, organizations and media, joined by video link to explore higher-level cooperation. Speakers included Lei Jie, chairwoman of the CPPCC Jinan Committee; Tian Ying, director of Jinan's Foreign Affairs Office; John McNicholas, mayor of Coventry; and Ritva Viljanen, mayor of Vantaa. Source: ${jinanConference}.`,
      descriptionZh:
        `来自英国、日本、韩国、俄罗斯、芬兰等国的济南国际友好城市和友好合作关系城市代表，以及国际友好组织和媒体代表通过视频连线参会，探讨更高水平的合作。济南市政协主席雷杰、济南市外事办公室主任以及考文垂市市长、万塔市市长等在会上发言。来源：${jinanConferenceZh}；雷杰的中文姓名据政协济南市委员会网站。`,
      publication: "published",
      partnerships: ["jinan-coventry", "jinan-vantaa"],
    },
    {
      slug: "jinan-international-sister-city-garden",
      kind: "project",
      titleEn: "Jinan International Sister City Garden project",
      titleZh: "济南国际友城园项目",
      descriptionEn:
        `Launched to build international gardens in Jinan that showcase iconic landscapes of its sister cities. By October 2021 a rose-themed garden in the style of Kazanlak, Bulgaria, and a Lithuanian-style garden had been built; gardens in the styles of Siem Reap province, Cambodia, and Vantaa were planned. Source: ${jinanConference}.`,
      descriptionZh:
        `该项目在济南建设展示友城标志性景观的国际园林。截至2021年10月，已建成保加利亚卡赞勒克风格的玫瑰主题园和立陶宛风格园林；当时还计划建设柬埔寨暹粒省风格和万塔风格的园林。来源：${jinanConferenceZh}。`,
      publication: "published",
      partnerships: ["jinan-kazanlak", "jinan-vantaa"],
    },
    {
      slug: "confucius-statues-for-partner-regions",
      kind: "donation",
      titleEn: "Statues of Confucius donated to partner regions",
      titleZh: "向友好省州赠送孔子像",
      titleDescriptive: true,
      descriptionEn: `Shandong has donated statues of Confucius to partners such as Wakayama in Japan, Bahia in Brazil and Germany's Bavaria to strengthen the friendship (reported in 2011; the sources give no dates). Source: ${threeDecades}.`,
      descriptionZh: `山东省向日本和歌山、巴西巴伊亚州、德国巴伐利亚州等友好地区赠送孔子像，以增进友谊（2011年报道，资料未载明具体时间）。来源：${threeDecadesZh}。`,
      publication: "published",
      partnerships: ["shandong-wakayama-prefecture", "shandong-bahia", "shandong-bavaria"],
    },
    {
      slug: "confucius-festivals-and-culture-weeks-abroad",
      kind: "festival",
      titleEn: "Confucius festivals and Shandong Culture Weeks abroad",
      titleZh: "海外孔子文化节和山东文化周",
      titleDescriptive: true,
      descriptionEn: `By 2011 the province had held more than 40 Confucius festivals and 50 Shandong Culture Week events in participating foreign countries. Source: ${threeDecades}.`,
      descriptionZh: `截至2011年，山东省已在有关国家举办孔子文化节40余次、山东文化周活动50次。来源：${threeDecadesZh}。`,
      publication: "published",
      partnerships: [],
    },
    {
      slug: "regional-leaders-summit",
      kind: "forum",
      titleEn: "Regional Leaders' Summit",
      titleZh: "友好省州领导人大会",
      descriptionEn: `Shandong founded the Regional Leaders' Summit with Bavaria (Germany), Quebec (Canada), Upper Austria and the Western Cape (South Africa) at its founding conference in Munich on 30–31 January 2002; São Paulo (Brazil) and the state of Georgia (United States) joined later. Its members discuss affairs of common interest; by 2011 it had met five times. Sources: Government of Upper Austria (land-oberoesterreich.gv.at/203809.htm); Select Shandong; ${threeDecades}.`,
      descriptionZh: `2002年1月30日至31日，山东省与德国巴伐利亚州、加拿大魁北克省、奥地利上奥地利州和南非西开普省在慕尼黑举行成立大会，共同创立友好省州领导人大会；巴西圣保罗州和美国佐治亚州后来加入。大会成员共同讨论共同关心的事务；截至2011年，大会已举办五届。来源：上奥地利州政府网站；“精选山东”网站；${threeDecadesZh}。`,
      organisersEn: "Shandong Province with its partner regions",
      organisersZh: "山东省与各友好省州",
      publication: "published",
      partnerships: [
        "shandong-bavaria",
        "shandong-upper-austria",
        "shandong-western-cape",
        "shandong-quebec",
        "shandong-georgia",
        "shandong-sao-paulo",
      ],
    },
    {
      slug: "jinan-masks-for-sister-cities",
      kind: "donation",
      titleEn: "Jinan donates masks to sister cities during the COVID-19 pandemic",
      titleZh: "济南向国际友城捐赠口罩",
      titleDescriptive: true,
      descriptionEn: `During the COVID-19 pandemic Jinan donated masks to sister cities and organizations in Italy, South Korea, Cambodia, Britain and Japan, after international organizations and cities had sent letters and messages of sympathy to Jinan. Source: ${jinanConference}.`,
      descriptionZh: `新冠肺炎疫情期间，济南向意大利、韩国、柬埔寨、英国和日本的友好城市及组织捐赠口罩；此前多个国际组织和城市致函慰问济南。来源：${jinanConferenceZh}。`,
      publication: "published",
      partnerships: [],
    },
  ];
  for (const { partnerships: linked, ...event } of eventRows) {
    const [created] = await tx.insert(t.events).values(event).returning({ id: t.events.id });
    if (linked.length) {
      await tx.insert(t.eventPartnerships).values(linked.map((slug) => ({ eventId: created!.id, partnershipId: pid(slug) })));
    }
  }
}

