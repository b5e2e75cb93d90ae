import "server-only";
import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { partnerships } from "@/db/schema";
import type { DirectoryQuery } from "@/lib/validation/directory";
import { containsPattern } from "./sql";
import { home, joinHome, joinPartner, partner, publicTie, tieListColumns, type TieListItem } from "./ties";

export const directoryPageSize = 24;

export type DirectoryItem = TieListItem;

/**
 * The filters of a directory query as SQL. `countryCodesMatching` are the ISO codes whose English or Chinese name
 * contains the search text (country names live in Intl, not in the database).
 */
function conditions(query: DirectoryQuery, countryCodesMatching: string[]): SQL[] {
  const where: SQL[] = [publicTie];
  if (query.q) {
    const pattern = containsPattern(query.q);
    const text = or(
      ilike(partner.nameEn, pattern),
      ilike(partner.nameZh, pattern),
      ilike(partner.slug, containsPattern(query.q.toLowerCase().replace(/\s+/g, "-"))),
      ilike(partner.regionEn, pattern),
      ilike(home.nameEn, pattern),
      ilike(home.nameZh, pattern),
      ilike(partnerships.summaryEn, pattern),
      ilike(partnerships.summaryZh, pattern),
      countryCodesMatching.length ? inArray(partner.countryCode, countryCodesMatching) : undefined,
    );
    if (text) where.push(text);
  }
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

export async function searchPartnerships(
  query: DirectoryQuery,
  countryCodesMatching: string[],
): Promise<{ items: DirectoryItem[]; total: number; page: number; pages: number }> {
  const db = await getDb();
  const where = and(...conditions(query, countryCodesMatching));
  const [totalRow] = await db
    .select({ n: count() })
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(where);
  const total = totalRow?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / directoryPageSize));
  const page = Math.min(query.page, pages);
  const order =
    query.sort === "year"
      ? [sql`${partnerships.establishedOn} asc nulls last`, asc(partner.nameEn), asc(partnerships.id)]
      : [asc(partner.nameEn), asc(home.nameEn), asc(partnerships.id)];
  const items = await db
    .select(tieListColumns)
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(where)
    .orderBy(...order)
    .limit(directoryPageSize)
    .offset((page - 1) * directoryPageSize);
  return { items, total, page, pages };
}

export interface DirectoryFacets {
  countries: string[];
  homes: { slug: string; nameEn: string; nameZh: string | null }[];
  decades: number[];
}

/** The values the filters offer: only those that have published partnerships. */
export async function getDirectoryFacets(): Promise<DirectoryFacets> {
  const db = await getDb();
  const [countries, homes, decades] = await Promise.all([
    db
      .selectDistinct({ code: partner.countryCode })
      .from(partnerships)
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(publicTie),
    db
      .selectDistinct({ slug: home.slug, nameEn: home.nameEn, nameZh: home.nameZh, kind: home.kind })
      .from(partnerships)
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(publicTie),
    db
      .selectDistinct({ decade: sql<number>`(extract(year from ${partnerships.establishedOn})::int / 10) * 10`.mapWith(Number) })
      .from(partnerships)
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(and(publicTie, sql`${partnerships.establishedOn} is not null`)),
  ]);
  return {
    countries: countries.map((c) => c.code),
    homes: homes
      .sort((a, b) => Number(b.kind === "province") - Number(a.kind === "province") || a.nameEn.localeCompare(b.nameEn))
      .map(({ slug, nameEn, nameZh }) => ({ slug, nameEn, nameZh })),
    decades: decades.map((d) => d.decade).sort((a, b) => a - b),
  };
}

/** Every published partnership with a partner in one country, oldest first. */
export async function listPartnershipsInCountry(countryCode: string): Promise<DirectoryItem[]> {
  const db = await getDb();
  return db
    .select(tieListColumns)
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(and(publicTie, eq(partner.countryCode, countryCode)))
    .orderBy(sql`${partnerships.establishedOn} asc nulls last`, asc(partner.nameEn), asc(partnerships.id));
}

export interface MapPlace {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  countryCode: string;
  continent: string;
  latitude: number;
  longitude: number;
  partnerships: number;
}

/** Every foreign place with a published partnership and a known position, for the world map. */
export async function listMapPlaces(): Promise<MapPlace[]> {
  const db = await getDb();
  return db
    .select({
      slug: partner.slug,
      nameEn: partner.nameEn,
      nameZh: partner.nameZh,
      countryCode: partner.countryCode,
      continent: partner.continent,
      latitude: sql<number>`${partner.latitude}`.mapWith(Number),
      longitude: sql<number>`${partner.longitude}`.mapWith(Number),
      partnerships: count(),
    })
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(and(publicTie, sql`${partner.latitude} is not null`))
    .groupBy(partner.id)
    .orderBy(asc(partner.nameEn));
}
