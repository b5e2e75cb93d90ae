import "server-only";
import { and, asc, count, countDistinct, desc, eq, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { alias, unionAll } from "drizzle-orm/pg-core";
import { getDb, type Db } from "@/db";
import { attachments, partnerships, places } from "@/db/schema";
import { listPublicAttachments, type PublicAttachment } from "@/lib/attachments/public";
import { anniversaryYears } from "@/lib/anniversaries";
import { publicTags as tag } from "@/lib/cache-tags";
import { cachedRead, slugLoader } from "@/lib/data/cached-read";
import type { FeedEntry } from "@/lib/data/feeds";
import { isoTimestamp } from "@/lib/data/sql";
import { home, partner, publicTieColumns, selectPublicTies, tieNames, type PublicTie, type TieNames } from "@/lib/data/ties";
import type { Locale } from "@/i18n/routing";
import { placeName } from "@/lib/i18n/content";
import { compareNames, countryNameIn } from "@/lib/i18n/format";
import { partnershipTypes } from "@/lib/enums";
import { containsWord, searchWords } from "@/lib/search";
import { broadPatterns, containsWordSql, searchPatterns } from "@/lib/data/sql";
import type { DirectoryQuery } from "@/lib/validation/directory";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { listPartnerCountries } from "@/lib/kinds/place/public";
import { getPartnershipTimeline, getPublishedPartnership } from "./public-profile";
import type { TimelineKind } from "@/lib/public-views";

/**
 * What the public sees of partnerships: the directory (/partners: its search, filters, sort and pages), a profile
 * (./public-profile.ts), the home page's figures and lists, and the ties of the feed and the sitemap. Pages call the
 * loaders at the end; the uncached reads are exported for the tests and the benchmark.
 */

export const directoryPageSize = 24;

/**
 * What one word of a search names outside the database: the countries (ISO codes) and the kinds of tie whose names,
 * in English or Chinese, contain it (country names live in Intl, type names in the catalogues).
 */
export interface SearchWord {
  word: string;
  countries: string[];
  types: (typeof partnershipTypes)[number][];
}

/** Aliases for the searches' subqueries, apart from the outer query's partnerships, `home` and `partner`. */
const matched = alias(partnerships, "matched");
const place = alias(places, "place");

/**
 * The condition "one word of the search finds this partnership": by its summary, its partner's names or region
 * (either language), its home's names, the partner's country, or the kind of tie. A narrow word (the usual case) is
 * looked up: each of those arms reads a trigram or b-tree index and the arms are unioned, so the search costs what it
 * finds, not what the table holds. A broad word (broadPatterns), or one naming a kind of tie, finds a good part of the
 * table anyway: it is tested on each partnership instead, the places it names hashed once.
 */
function wordMatches(db: Db, { countries, types }: SearchWord, pattern: string, broad: boolean): SQL {
  // A partner is found by its names, region or country, a home place by its names. Home places are the office's own
  // (a partnership's home side must be one when it is saved): saying so tells the planner how few they are.
  const placesNamed = (isHome: boolean) =>
    db
      .select({ id: place.id })
      .from(place)
      .where(
        and(
          isHome ? eq(place.isHome, true) : undefined,
          or(
            containsWordSql(place.searchName, pattern),
            isHome ? undefined : containsWordSql(place.searchRegion, pattern),
            !isHome && countries.length ? inArray(place.countryCode, countries) : undefined,
          ),
        ),
      );
  if (broad || types.length) {
    // The cheap tests first (hash look-ups), the summary's text last.
    return or(
      inArray(partnerships.partnerPlaceId, placesNamed(false)),
      inArray(partnerships.homePlaceId, placesNamed(true)),
      types.length ? inArray(partnerships.type, types) : undefined,
      containsWordSql(partnerships.searchSummary, pattern),
    )!;
  }
  return inArray(
    partnerships.id,
    unionAll(
      db.select({ id: matched.id }).from(matched).where(containsWordSql(matched.searchSummary, pattern)),
      db.select({ id: matched.id }).from(matched).where(inArray(matched.partnerPlaceId, placesNamed(false))),
      db.select({ id: matched.id }).from(matched).where(inArray(matched.homePlaceId, placesNamed(true))),
    ),
  );
}

/** The filters of a directory query as SQL: every word of its search must match somewhere. */
async function conditions(db: Db, query: DirectoryQuery, words: SearchWord[]): Promise<(SQL | undefined)[]> {
  const patterns = await searchPatterns(db, words.map((w) => w.word));
  const broad = await broadPatterns(db, patterns, [places.searchName, places.searchRegion, partnerships.searchSummary]);
  const where: (SQL | undefined)[] = words.map((word, i) => wordMatches(db, word, patterns[i]!, broad[i]!));
  if (query.country) where.push(eq(partner.countryCode, query.country));
  if (query.continent) where.push(eq(partner.continent, query.continent));
  if (query.type) where.push(eq(partnerships.type, query.type));
  if (query.status) where.push(eq(partnerships.status, query.status));
  if (query.home) where.push(eq(home.slug, query.home));
  if (query.decade) {
    where.push(sql`${partnerships.establishedOn} >= ${`${query.decade}-01-01`}::date`);
    where.push(sql`${partnerships.establishedOn} < ${`${query.decade + 10}-01-01`}::date`);
  }
  return where;
}

export interface DirectoryPage {
  items: PublicTie[];
  total: number;
  page: number;
  pages: number;
}

/**
 * One page of the directory. `words` are the search's words with what they name (searchWordsOf); a page past the last
 * is answered as asked, with no items, so that the page can say it does not exist. In Chinese the order by name is
 * pinyin order (searchByPinyin).
 */
export async function searchPartnerships(query: DirectoryQuery, words: SearchWord[], locale: Locale = "en"): Promise<DirectoryPage> {
  const db = await getDb();
  const where = await conditions(db, query, words);
  if (locale === "zh" && query.sort === "name") return searchByPinyin(query, where);
  const [totalRow] = await selectPublicTies(db, { n: count() }, where);
  const total = totalRow?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / directoryPageSize));
  const page = query.page;
  const order =
    query.sort === "year"
      ? [sql`${partnerships.establishedOn} asc nulls last`, asc(partner.nameEn), asc(partnerships.id)]
      : [asc(partner.nameEn), asc(home.nameEn), asc(partnerships.id)];
  const items = await selectPublicTies(db, publicTieColumns, where)
    .orderBy(...order)
    .limit(directoryPageSize)
    .offset((page - 1) * directoryPageSize);
  return { items, total, page, pages };
}

/**
 * The directory sorted by name for a Chinese reader: by the pinyin of the Chinese names it shows, which SQL can't do
 * (PGlite has no ICU collation). The matching ties' names are few (one row per tie, a few hundred for an office), so
 * they are sorted here and only the page's ties are read whole.
 */
async function searchByPinyin(query: DirectoryQuery, where: (SQL | undefined)[]): Promise<DirectoryPage> {
  const db = await getDb();
  const names = await selectPublicTies(db, { id: partnerships.id, ...tieNames }, where);
  const compare = compareNames("zh");
  const partnerOf = (t: TieNames) => placeName("zh", { nameEn: t.partnerNameEn, nameZh: t.partnerNameZh });
  const homeOf = (t: TieNames) => placeName("zh", { nameEn: t.homeNameEn, nameZh: t.homeNameZh });
  names.sort((a, b) => compare(partnerOf(a), partnerOf(b)) || compare(homeOf(a), homeOf(b)) || a.id - b.id);
  const total = names.length;
  const pages = Math.max(1, Math.ceil(total / directoryPageSize));
  const page = query.page;
  const ids = names.slice((page - 1) * directoryPageSize, page * directoryPageSize).map((t) => t.id);
  const rows = ids.length ? await selectPublicTies(db, { id: partnerships.id, ...publicTieColumns }, [inArray(partnerships.id, ids)]) : [];
  const byId = new Map(rows.map(({ id, ...tie }) => [id, tie]));
  return { items: ids.flatMap((id) => byId.get(id) ?? []), total, page, pages };
}

/** Where a page of ties in the API's order starts: after the tie with these partner and home names (English) and id. */
export type TieKey = [partnerNameEn: string, homeNameEn: string, id: number];

/**
 * The public ties that a directory query finds (the directory's own conditions: same search, same filters), in the
 * directory's order by name (partner, then home, in English; the id settles a tie), `limit` of them after `after`:
 * keyset paging for the JSON API (/api/v1/partnerships), whose pages stay put when a tie is published or withdrawn
 * before the page a client is on. `next` is the key of the last one when more follow.
 */
export async function listPublicTiesAfter(
  query: DirectoryQuery,
  words: SearchWord[],
  page: { after: TieKey | null; limit: number },
): Promise<{ items: PublicTie[]; next: TieKey | null }> {
  const db = await getDb();
  const where = await conditions(db, query, words);
  if (page.after) {
    const [partnerName, homeName, id] = page.after;
    where.push(sql`(${partner.nameEn}, ${home.nameEn}, ${partnerships.id}) > (${partnerName}, ${homeName}, ${id}::int)`);
  }
  const rows = await selectPublicTies(db, { id: partnerships.id, ...publicTieColumns }, where)
    .orderBy(asc(partner.nameEn), asc(home.nameEn), asc(partnerships.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit);
  const last = rows.length > page.limit ? items[items.length - 1] : undefined;
  return {
    items: items.map(({ id: _id, ...tie }) => tie),
    next: last ? [last.partnerNameEn, last.homeNameEn, last.id] : null,
  };
}

export interface DirectoryFacets {
  countries: string[];
  homes: { slug: string; nameEn: string; nameZh: string | null; kind: string }[];
  decades: number[];
}

/** The values the filters offer: only those that have published partnerships. */
export async function getDirectoryFacets(): Promise<DirectoryFacets> {
  const db = await getDb();
  const decade = sql<number>`(extract(year from ${partnerships.establishedOn})::int / 10) * 10`.mapWith(Number);
  const [countries, homes, decades] = await Promise.all([
    listPartnerCountries(),
    selectPublicTies(db, { slug: home.slug, nameEn: home.nameEn, nameZh: home.nameZh, kind: home.kind }, [], { distinct: true }),
    selectPublicTies(db, { decade }, [sql`${partnerships.establishedOn} is not null`], { distinct: true }),
  ]);
  return {
    countries,
    // Views put them in the reader's order (homesInOrder in lib/i18n/format.ts).
    homes,
    decades: decades.map((d) => d.decade).sort((a, b) => a - b),
  };
}

export interface HomeFigures {
  partnerships: number;
  partnerPlaces: number;
  countries: number;
  continents: number;
  firstTie: ({ slug: string; year: number } & TieNames) | null;
}

/** The headline figures, computed from the published records. */
export async function getHomeFigures(): Promise<HomeFigures> {
  const db = await getDb();
  const [totals] = await selectPublicTies(db, {
    partnerships: countDistinct(partnerships.id),
    partnerPlaces: countDistinct(partner.id),
    countries: countDistinct(partner.countryCode),
    continents: countDistinct(partner.continent),
  });
  const [first] = await selectPublicTies(db, { slug: partnerships.slug, ...tieNames, establishedOn: partnerships.establishedOn }, [
    isNotNull(partnerships.establishedOn),
  ])
    .orderBy(asc(partnerships.establishedOn), asc(partnerships.id))
    .limit(1);
  let firstTie: HomeFigures["firstTie"] = null;
  if (first?.establishedOn) {
    const { establishedOn, ...tie } = first;
    firstTie = { ...tie, year: Number(establishedOn.slice(0, 4)) };
  }
  return {
    partnerships: totals?.partnerships ?? 0,
    partnerPlaces: totals?.partnerPlaces ?? 0,
    countries: totals?.countries ?? 0,
    continents: totals?.continents ?? 0,
    firstTie,
  };
}

/** Featured partnerships first, for the home page. */
export async function listFeaturedPartnerships(limit = 6): Promise<PublicTie[]> {
  const db = await getDb();
  return selectPublicTies(db, publicTieColumns, [eq(partnerships.featured, true)])
    .orderBy(sql`${partnerships.establishedOn} asc nulls last`, asc(partner.nameEn))
    .limit(limit);
}

/** The home page's featured photo: a public photo of a featured partnership, with the partnership it shows. */
export type FeaturedPhoto = { photo: PublicAttachment; tie: { slug: string } & TieNames };

/**
 * The photo the home page leads with: the first public photo of the featured partnership changed most recently that
 * has one. Null when none has.
 */
export async function getFeaturedPhoto(): Promise<FeaturedPhoto | null> {
  const db = await getDb();
  const hasPhoto = sql`exists (select 1 from ${attachments} a where a.partnership_id = ${partnerships.id} and a.kind = 'photo' and a.is_public)`;
  const [tie] = await selectPublicTies(db, { id: partnerships.id, slug: partnerships.slug, ...tieNames }, [eq(partnerships.featured, true), hasPhoto])
    .orderBy(desc(partnerships.updatedAt), desc(partnerships.id))
    .limit(1);
  if (!tie) return null;
  const photo = (await listPublicAttachments({ owner: { kind: "partnership", id: tie.id } })).find((a) => a.kind === "photo");
  const { id: _id, ...names } = tie;
  return photo ? { photo, tie: names } : null;
}

/**
 * Published partnerships that reach a round anniversary (5, 10, … 50 years) in the given year: the oldest first, at
 * most `limit` of them (the home page highlights them; with thousands of ties a year can bring hundreds).
 */
export async function listAnniversaries(year: number, limit = 12): Promise<(PublicTie & { years: number })[]> {
  const db = await getDb();
  const years = anniversaryYears.map((n) => year - n);
  const rows = await selectPublicTies(db, publicTieColumns, [
    sql`extract(year from ${partnerships.establishedOn})::int in (${sql.join(years.map((y) => sql`${y}`), sql`, `)})`,
  ])
    .orderBy(asc(partnerships.establishedOn), asc(partner.nameEn))
    .limit(limit);
  return rows.map((r) => ({ ...r, years: year - Number(r.establishedOn!.slice(0, 4)) }));
}

/** The most recently changed published partnerships, for the Atom feed (lib/data/feeds.ts). */
export async function listRecentPartnershipChanges(limit: number): Promise<FeedEntry[]> {
  const db = await getDb();
  const rows = await selectPublicTies(db, {
    slug: partnerships.slug,
    home: home.nameEn,
    partner: partner.nameEn,
    summaryEn: partnerships.summaryEn,
    bodyEn: partnerships.bodyEn,
    updatedAt: isoTimestamp(partnerships.updatedAt),
  })
    .orderBy(desc(partnerships.updatedAt))
    .limit(limit);
  return rows.map((x) => ({ kind: "partnership", path: `/partners/${x.slug}`, titleEn: `${x.home} – ${x.partner}`, summaryEn: x.summaryEn, bodyEn: x.bodyEn, updatedAt: x.updatedAt }));
}

/** Every published partnership's page and when it last changed, for the sitemap (lib/data/feeds.ts). */
export async function listPartnershipPaths(): Promise<{ path: string; lastModified: string }[]> {
  const rows = await selectPublicTies(await getDb(), { slug: partnerships.slug, updatedAt: isoTimestamp(partnerships.updatedAt) });
  return rows.map((t) => ({ path: `/partners/${t.slug}`, lastModified: t.updatedAt }));
}

// The cached reads (lib/data/cached-read.ts), by the tags of what they show.
export const homeFigures = cachedRead("home-figures", getHomeFigures, () => [tag.ties]);
export const featuredPartnerships = cachedRead("featured", listFeaturedPartnerships, () => [tag.ties]);
// A partnership's attachment changes revalidate its pages' tags, tag.ties among them (lib/records/impact.ts).
export const featuredPhoto = cachedRead("featured-photo", getFeaturedPhoto, () => [tag.ties]);
export const anniversaries = cachedRead("anniversaries", listAnniversaries, () => [tag.ties]);
export const directoryFacets = cachedRead("directory-facets", getDirectoryFacets, () => [tag.ties]);
const directory = cachedRead(
  "directory",
  (query: DirectoryQuery, words: SearchWord[], locale: Locale) => searchPartnerships(query, words, locale),
  () => [tag.ties],
);
const partnership = cachedRead("partnership", getPublishedPartnership, (slug) => [tag.tie(slug)]);

/** A published partnership's profile, or null (unknown slug, draft, or a segment that can't be a slug). */
export const loadProfile = slugLoader(partnership);

const timeline = cachedRead("partnership-timeline", getPartnershipTimeline, (slug) => [tag.tie(slug)]);

/** One page of a published partnership's timeline of one kind (/partners/{slug}?kind=event&page=2), or null. */
export function loadTimeline(slug: string, kind: TimelineKind, page: number) {
  return timeline(slug, kind, page);
}

const typeNames = partnershipTypes.map((type) => ({ type, names: [en.Types[type], zh.Types[type]] }));

/** The words of a search (lib/search.ts), each with the countries among `codes` and the kinds of tie it names. */
export function searchWordsOf(q: string | undefined, codes: string[]): SearchWord[] {
  return searchWords(q).map((word) => ({
    word,
    countries: codes.filter((code) => (["en", "zh"] as const).some((l) => containsWord(countryNameIn(l, code), word))),
    types: typeNames.filter((t) => t.names.some((name) => containsWord(name, word))).map((t) => t.type),
  }));
}

const tiesAfter = cachedRead(
  "ties-after",
  (query: DirectoryQuery, words: SearchWord[], page: { after: TieKey | null; limit: number }) => listPublicTiesAfter(query, words, page),
  () => [tag.ties],
);

/** A page of the public ties for the JSON API: a directory query (its search and filters) and where the page starts. */
export async function loadTiesAfter(query: DirectoryQuery, page: { after: TieKey | null; limit: number }) {
  const facets = await directoryFacets();
  return tiesAfter(query, searchWordsOf(query.q, facets.countries), page);
}

/** The directory in one state of its search, filters, sort and page (/partners and its twin routes). */
export async function loadDirectory(query: DirectoryQuery, locale: Locale = "en"): Promise<{ facets: DirectoryFacets; result: DirectoryPage }> {
  const facets = await directoryFacets();
  // Only the order by name differs between the languages: other states share one cached read.
  const result = await directory(query, searchWordsOf(query.q, facets.countries), query.sort === "name" ? locale : "en");
  return { facets, result };
}
