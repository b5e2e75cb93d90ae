import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
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

export interface PlaceProfile extends ProfilePlace {
  isHome: boolean;
  descriptionEn: string | null;
  descriptionZh: string | null;
  population: number | null;
  partnerships: {
    slug: string;
    type: Partnership["type"];
    establishedOn: string | null;
    establishedPrecision: Partnership["establishedPrecision"];
    other: {
      slug: string;
      nameEn: string;
      nameZh: string | null;
      countryCode: string;
      continent: string;
      latitude: number | null;
      longitude: number | null;
    };
  }[];
}

/** A published place with every published partnership it takes part in (as the home or the partner side). */
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
  const rows = await selectPublicTies(
    db,
    {
      slug: partnerships.slug,
      type: partnerships.type,
      establishedOn: partnerships.establishedOn,
      establishedPrecision: partnerships.establishedPrecision,
      homeId: home.id,
      home: side(home),
      partner: side(partner),
    },
    [sql`${place.id} in (${partnerships.homePlaceId}, ${partnerships.partnerPlaceId})`],
  ).orderBy(sql`${partnerships.establishedOn} asc nulls last`, asc(partner.nameEn));
  const { id, ...rest } = place;
  return {
    ...rest,
    partnerships: rows.map(({ homeId, home: h, partner: p, ...tie }) => ({ ...tie, other: homeId === id ? p : h })),
  };
}

/** A tie on a country's page, which groups them by their Shandong side (the province first). */
export interface CountryTie extends PublicTie {
  homeKind: string;
}

/** Every published partnership with a partner in one country, oldest first. */
export function listPartnershipsInCountry(countryCode: string): Promise<CountryTie[]> {
  return getDb().then((db) =>
    selectPublicTies(db, { ...publicTieColumns, homeKind: home.kind }, [eq(partner.countryCode, countryCode)]).orderBy(
      sql`${partnerships.establishedOn} asc nulls last`,
      asc(partner.nameEn),
      asc(partnerships.id),
    ),
  );
}

/** The countries of the places the office has published ties with (ISO codes, in no order). */
export async function listPartnerCountries(): Promise<string[]> {
  const rows = await selectPublicTies(await getDb(), { code: partner.countryCode }, [], { distinct: true });
  return rows.map((r) => r.code);
}

export interface MapPlace {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  countryCode: string;
  continent: string;
  /** Null where the sources don't say which place of that name is meant: listed under the map, not marked. */
  latitude: number | null;
  longitude: number | null;
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

const reads = {
  place: cachedRead("place", getPublishedPlace, (slug) => [tag.place(slug)]),
  country: cachedRead("country", listPartnershipsInCountry, (code) => [tag.country(code)]),
  mapPlaces: cachedRead("map", listMapPlaces, () => [tag.ties]),
};

/** A published place's page, or null (unknown slug, draft, or a segment that can't be a slug). */
export const loadPlace = slugLoader(reads.place);

/** ISO 3166-1 alpha-2, upper or lower case in the URL: /en/countries/jp and /en/countries/JP are the same page. */
export function countryCodeOf(segment: string): string | null {
  return /^[A-Za-z]{2}$/.test(segment) ? segment.toUpperCase() : null;
}

/** A country's page: the published ties with its places (none: the page is a 404). */
export function loadCountry(code: string): Promise<CountryTie[]> {
  return reads.country(code);
}

/** The world map's places and its home. */
export function loadMap(): Promise<{ places: MapPlace[]; home: MapHome | null }> {
  return reads.mapPlaces();
}
