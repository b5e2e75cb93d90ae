import "server-only";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { partnerships, places } from "@/db/schema";
import { publicTags as tag } from "@/lib/cache-tags";
import { cachedRead, slugLoader } from "@/lib/data/cached-read";
import { isoTimestamp } from "@/lib/data/sql";
import { home, joinHome, joinPartner, partner, publicTie, publicTieColumns, selectPublicTies, type PublicTie } from "@/lib/data/ties";

/**
 * What the public sees of places: a place's page (/cities/{slug}), a country's (/countries/{code}), the world map,
 * and the places of the sitemap. A place shows only through its published ties.
 */

/** A place as a profile shows it (its own page, or either side of a partnership's). */
export const placeColumns = (p: typeof places | typeof home | typeof partner) => ({
  slug: p.slug,
  nameEn: p.nameEn,
  nameZh: p.nameZh,
  kind: p.kind,
  regionEn: p.regionEn,
  regionZh: p.regionZh,
  successorEn: p.successorEn,
  successorZh: p.successorZh,
  countryCode: p.countryCode,
  continent: p.continent,
  latitude: p.latitude,
  longitude: p.longitude,
});

export type ProfilePlace = {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  kind: string;
  regionEn: string | null;
  regionZh: string | null;
  /** What the place is now, where it has merged or been renamed. */
  successorEn: string | null;
  successorZh: string | null;
  countryCode: string;
  continent: string;
  latitude: number | null;
  longitude: number | null;
};

type Partnership = typeof partnerships.$inferSelect;

/** The place on the other side of a tie, as a place's page names and marks it. */
export interface OtherPlace {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  countryCode: string;
  continent: string;
  latitude: number | null;
  longitude: number | null;
}

/** A tie as a place's page lists it: with the place on its other side. */
export interface PlaceTie {
  slug: string;
  type: Partnership["type"];
  establishedOn: string | null;
  establishedPrecision: Partnership["establishedPrecision"];
  other: OtherPlace;
}

export interface PlaceProfile extends ProfilePlace {
  isHome: boolean;
  descriptionEn: string | null;
  descriptionZh: string | null;
  population: number | null;
  /** How many published ties it takes part in. */
  total: number;
  /** Its ties of the earliest known date (several can share it), at most placeFirstsSize of them. */
  firsts: PlaceTie[];
  /**
   * The ties its page lists: a Shandong place's latest placeListSize (the rest are in the directory, filtered by it);
   * a foreign place's all (a few, one for each of its Shandong partners), oldest first.
   */
  ties: PlaceTie[];
  /** How many of its ties are with each country, and with each continent (ISO codes; the continents' keys). */
  byCountry: { code: string; count: number }[];
  byContinent: { continent: string; count: number }[];
  /** Every tie, for the place's map only (components/public/place-map.tsx): the page's lists use the bounded fields. */
  partnerships: PlaceTie[];
}

/** How many of a Shandong place's ties its page lists (the latest): a reader finds the rest in the directory. */
export const placeListSize = 10;
/** How many ties of its earliest date a place's page names. */
export const placeFirstsSize = 5;
/** A foreign place's ties on its page: one per Shandong partner, so a few; the bound only guards against bad data. */
const foreignListSize = 100;

/**
 * A published place with what its page shows of the published partnerships it takes part in (as the home or the
 * partner side): their number, the first, the latest (a Shandong place's) or all (a foreign place's), and counts by
 * country and continent; and every one of them for its map.
 */
export async function getPublishedPlace(slug: string): Promise<PlaceProfile | null> {
  const db = await getDb();
  const [place] = await db
    .select({
      id: places.id,
      ...placeColumns(places),
      isHome: places.isHome,
      descriptionEn: places.descriptionEn,
      descriptionZh: places.descriptionZh,
      population: places.population,
    })
    .from(places)
    .where(and(eq(places.slug, slug), eq(places.publication, "published")))
    .limit(1);
  if (!place) return null;
  const side = (p: typeof home | typeof partner) => ({
    slug: p.slug,
    nameEn: p.nameEn,
    nameZh: p.nameZh,
    countryCode: p.countryCode,
    continent: p.continent,
    latitude: p.latitude,
    longitude: p.longitude,
  });
  const involved = sql`${place.id} in (${partnerships.homePlaceId}, ${partnerships.partnerPlaceId})`;
  const tieColumns = {
    slug: partnerships.slug,
    type: partnerships.type,
    establishedOn: partnerships.establishedOn,
    establishedPrecision: partnerships.establishedPrecision,
    homeId: home.id,
    home: side(home),
    partner: side(partner),
  };
  const ties = (conditions: SQL[] = []) => selectPublicTies(db, tieColumns, [involved, ...conditions]);
  const withOther = (rows: Awaited<ReturnType<typeof ties>>): PlaceTie[] =>
    rows.map(({ homeId, home: h, partner: p, ...tie }) => ({ ...tie, other: homeId === place.id ? p : h }));
  // The other side's country and continent, whichever side this place is on.
  const otherCountry = sql<string>`case when ${home.id} = ${place.id} then ${partner.countryCode} else ${home.countryCode} end`;
  const otherContinent = sql<string>`case when ${home.id} = ${place.id} then ${partner.continent}::text else ${home.continent}::text end`;
  const oldestFirst = [sql`${partnerships.establishedOn} asc nulls last`, asc(partner.nameEn), asc(partnerships.id)];
  const [[counted], firsts, listed, byCountry, byContinent, all] = await Promise.all([
    selectPublicTies(db, { n: count() }, [involved]),
    // The subquery's tables shadow the outer query's of the same names: it reads its own rows.
    ties([sql`${partnerships.establishedOn} = (${selectPublicTies(db, { first: sql`min(${partnerships.establishedOn})` }, [involved])})`])
      .orderBy(asc(partner.nameEn), asc(partnerships.id))
      .limit(placeFirstsSize),
    place.isHome
      ? ties()
          .orderBy(sql`${partnerships.establishedOn} desc nulls last`, asc(partner.nameEn), desc(partnerships.id))
          .limit(placeListSize)
      : null,
    // By the first column: written out again, the place's id would be another parameter, and another expression.
    selectPublicTies(db, { code: otherCountry, count: count() }, [involved]).groupBy(sql`1`),
    selectPublicTies(db, { continent: otherContinent, count: count() }, [involved]).groupBy(sql`1`),
    ties().orderBy(...oldestFirst),
  ]);
  const { id: _id, ...rest } = place;
  return {
    ...rest,
    total: counted?.n ?? 0,
    firsts: withOther(firsts),
    ties: listed ? withOther(listed) : withOther(all).slice(0, foreignListSize),
    byCountry,
    byContinent,
    partnerships: withOther(all),
  };
}

/** A tie on a country's page, which groups them by their Shandong side (the province first). */
export interface CountryTie extends PublicTie {
  homeKind: string;
}

/** A Shandong place's ties with one country: how many, and the oldest countryGroupSize of them. */
export interface CountryGroup {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  kind: string;
  count: number;
  ties: CountryTie[];
}

/** How many ties a country's page lists under each Shandong place (the oldest): the rest are in the directory. */
export const countryGroupSize = 10;

/**
 * The published partnerships with a partner in one country, by their Shandong side: each side's number of ties and the
 * oldest countryGroupSize of them (a window function ranks them: one query whatever the number). No groups: none.
 */
export async function listPartnershipsInCountry(countryCode: string): Promise<CountryGroup[]> {
  const db = await getDb();
  const inCountry = eq(partner.countryCode, countryCode);
  const rank = sql<number>`row_number() over (partition by ${home.id} order by ${partnerships.establishedOn} asc nulls last, ${partner.nameEn}, ${partnerships.id})`;
  // Each column named after its key: both sides' columns share names ("name_en"), which a subquery's can't.
  const columns = { ...publicTieColumns, homeKind: home.kind };
  const named = Object.fromEntries(Object.entries(columns).map(([key, column]) => [key, sql`${column}`.mapWith(column).as(key)]));
  const ranked = selectPublicTies(db, { ...named, rank: rank.as("rank") }, [inCountry]).as("ranked");
  const [groups, ties] = await Promise.all([
    selectPublicTies(db, { slug: home.slug, nameEn: home.nameEn, nameZh: home.nameZh, kind: home.kind, count: count() }, [inCountry]).groupBy(home.id),
    db.select().from(ranked).where(sql`${ranked.rank} <= ${countryGroupSize}`).orderBy(ranked.rank) as unknown as Promise<(CountryTie & { rank: number })[]>,
  ]);
  return groups.map((g) => ({ ...g, ties: ties.filter((t) => t.homeSlug === g.slug).map(({ rank: _rank, ...tie }) => tie) }));
}

/** The countries of the places the office has published ties with (ISO codes, in no order). */
export async function listPartnerCountries(): Promise<string[]> {
  const rows = await selectPublicTies(await getDb(), { code: partner.countryCode }, [], { distinct: true });
  return rows.map((r) => r.code);
}

/** A partner place on the world map (its position null where the sources don't say which place of that name is meant: listed under the map, not marked). */
export interface MapPlace extends OtherPlace {
  partnerships: number;
}

/** The office's own province, marked on the world map as the home of every tie. */
export interface MapHome {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  latitude: number;
  longitude: number;
}

/** Every foreign place with a published partnership (with or without a known position), and the home province. */
export async function listMapPlaces(): Promise<{ places: MapPlace[]; home: MapHome | null }> {
  const db = await getDb();
  const [placeRows, [homeRow]] = await Promise.all([
    selectPublicTies(db, {
      slug: partner.slug,
      nameEn: partner.nameEn,
      nameZh: partner.nameZh,
      countryCode: partner.countryCode,
      continent: partner.continent,
      latitude: partner.latitude,
      longitude: partner.longitude,
      partnerships: count(),
    })
      .groupBy(partner.id)
      .orderBy(asc(partner.nameEn)),
    db
      .select({ slug: places.slug, nameEn: places.nameEn, nameZh: places.nameZh, latitude: places.latitude, longitude: places.longitude })
      .from(places)
      .where(and(eq(places.isHome, true), eq(places.kind, "province"), eq(places.publication, "published")))
      .orderBy(asc(places.id))
      .limit(1),
  ]);
  const home = homeRow && homeRow.latitude !== null && homeRow.longitude !== null ? { ...homeRow, latitude: homeRow.latitude, longitude: homeRow.longitude } : null;
  return { places: placeRows, home };
}

/** Every place page with something to show and when it last changed, for the sitemap (lib/data/feeds.ts). */
export async function listPlacePaths(): Promise<{ path: string; lastModified: string }[]> {
  const db = await getDb();
  // A place's page lists only public ties: one whose only tie is to a draft place has nothing to show yet.
  const rows = await db
    .selectDistinct({ slug: places.slug, updatedAt: isoTimestamp(places.updatedAt) })
    .from(places)
    .innerJoin(partnerships, sql`${places.id} in (${partnerships.homePlaceId}, ${partnerships.partnerPlaceId})`)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(publicTie);
  return rows.map((p) => ({ path: `/cities/${p.slug}`, lastModified: p.updatedAt }));
}

/** A place in the public list of places (/api/v1/places). */
export type ListedPlace = ProfilePlace & { isHome: boolean };

/** Where a page of places starts: after the place with this English name and id. */
export type PlaceKey = [nameEn: string, id: number];

export interface PlaceFilter {
  country?: string | undefined;
  continent?: (typeof places.$inferSelect)["continent"] | undefined;
  kind?: (typeof places.$inferSelect)["kind"] | undefined;
  /** The office's own places (true) or their partners (false). */
  home?: boolean | undefined;
}

/**
 * The published places (those a place page shows: /cities/{slug}), by English name (the id settles a tie), `limit`
 * of them after `after` (keyset paging for the JSON API); `next` is the last one's key when more follow.
 */
export async function listPublishedPlacesAfter(
  filter: PlaceFilter,
  page: { after: PlaceKey | null; limit: number },
): Promise<{ items: ListedPlace[]; next: PlaceKey | null }> {
  const db = await getDb();
  const rows = await db
    .select({ id: places.id, ...placeColumns(places), isHome: places.isHome })
    .from(places)
    .where(
      and(
        eq(places.publication, "published"),
        filter.country ? eq(places.countryCode, filter.country) : undefined,
        filter.continent ? eq(places.continent, filter.continent) : undefined,
        filter.kind ? eq(places.kind, filter.kind) : undefined,
        filter.home === undefined ? undefined : eq(places.isHome, filter.home),
        page.after ? sql`(${places.nameEn}, ${places.id}) > (${page.after[0]}, ${page.after[1]}::int)` : undefined,
      ),
    )
    .orderBy(asc(places.nameEn), asc(places.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit);
  const last = rows.length > page.limit ? items[items.length - 1] : undefined;
  return { items: items.map(({ id: _id, ...place }) => place), next: last ? [last.nameEn, last.id] : null };
}

const reads = {
  placesAfter: cachedRead("places-after", listPublishedPlacesAfter, () => [tag.ties]),
  place: cachedRead("place", getPublishedPlace, (slug) => [tag.place(slug)]),
  country: cachedRead("country", listPartnershipsInCountry, (code) => [tag.country(code)]),
  mapPlaces: cachedRead("map", listMapPlaces, () => [tag.ties]),
};

/** A page of the published places, for the JSON API (a change to any place revalidates `ties`: definition.ts). */
export function loadPlacesAfter(filter: PlaceFilter, page: { after: PlaceKey | null; limit: number }) {
  return reads.placesAfter(filter, page);
}

/** A published place's page, or null (unknown slug, draft, or a segment that can't be a slug). */
export const loadPlace = slugLoader(reads.place);

/** ISO 3166-1 alpha-2, upper or lower case in the URL: /en/countries/jp and /en/countries/JP are the same page. */
export function countryCodeOf(segment: string): string | null {
  return /^[A-Za-z]{2}$/.test(segment) ? segment.toUpperCase() : null;
}

/** A country's page: the published ties with its places, by Shandong side (none: the page is a 404). */
export function loadCountry(code: string): Promise<CountryGroup[]> {
  return reads.country(code);
}

/** The world map's places and its home. */
export function loadMap(): Promise<{ places: MapPlace[]; home: MapHome | null }> {
  return reads.mapPlaces();
}
