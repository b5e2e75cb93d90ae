import "server-only";
import { and, asc, countDistinct, eq, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { partnerships, places } from "@/db/schema";

const home = alias(places, "home");
const partner = alias(places, "partner");

/** Both places visible to the public: a published tie between a draft place and anyone stays hidden. */
const publicTie = and(
  eq(partnerships.publication, "published"),
  eq(home.publication, "published"),
  eq(partner.publication, "published"),
);

export interface PartnershipListItem {
  slug: string;
  type: (typeof partnerships.$inferSelect)["type"];
  status: (typeof partnerships.$inferSelect)["status"];
  establishedOn: string | null;
  establishedPrecision: (typeof partnerships.$inferSelect)["establishedPrecision"];
  homeNameEn: string;
  homeNameZh: string | null;
  partnerNameEn: string;
  partnerNameZh: string | null;
  partnerRegionEn: string | null;
  countryCode: string;
  featured: boolean;
}

/** Every published partnership, grouped by home place (province first), oldest tie first. */
export async function listPublishedPartnerships(): Promise<PartnershipListItem[]> {
  const db = await getDb();
  return db
    .select({
      slug: partnerships.slug,
      type: partnerships.type,
      status: partnerships.status,
      establishedOn: partnerships.establishedOn,
      establishedPrecision: partnerships.establishedPrecision,
      homeNameEn: home.nameEn,
      homeNameZh: home.nameZh,
      partnerNameEn: partner.nameEn,
      partnerNameZh: partner.nameZh,
      partnerRegionEn: partner.regionEn,
      countryCode: partner.countryCode,
      featured: partnerships.featured,
    })
    .from(partnerships)
    .innerJoin(home, eq(home.id, partnerships.homePlaceId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerPlaceId))
    .where(publicTie)
    .orderBy(
      sql`${home.kind} <> 'province'`,
      asc(home.nameEn),
      sql`${partnerships.establishedOn} asc nulls last`,
      asc(partner.nameEn),
    );
}

export interface HomeFigures {
  partnerships: number;
  partnerPlaces: number;
  countries: number;
  continents: number;
  firstTie: { slug: string; homeNameEn: string; partnerNameEn: string; year: number } | null;
}

/** The headline figures, computed from the published records. */
export async function getHomeFigures(): Promise<HomeFigures> {
  const db = await getDb();
  const [totals] = await db
    .select({
      partnerships: countDistinct(partnerships.id),
      partnerPlaces: countDistinct(partner.id),
      countries: countDistinct(partner.countryCode),
      continents: countDistinct(partner.continent),
    })
    .from(partnerships)
    .innerJoin(home, eq(home.id, partnerships.homePlaceId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerPlaceId))
    .where(publicTie);
  const [first] = await db
    .select({
      slug: partnerships.slug,
      homeNameEn: home.nameEn,
      partnerNameEn: partner.nameEn,
      establishedOn: partnerships.establishedOn,
    })
    .from(partnerships)
    .innerJoin(home, eq(home.id, partnerships.homePlaceId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerPlaceId))
    .where(and(publicTie, isNotNull(partnerships.establishedOn)))
    .orderBy(asc(partnerships.establishedOn), asc(partnerships.id))
    .limit(1);
  return {
    partnerships: totals?.partnerships ?? 0,
    partnerPlaces: totals?.partnerPlaces ?? 0,
    countries: totals?.countries ?? 0,
    continents: totals?.continents ?? 0,
    firstTie: first?.establishedOn
      ? { slug: first.slug, homeNameEn: first.homeNameEn, partnerNameEn: first.partnerNameEn, year: Number(first.establishedOn.slice(0, 4)) }
      : null,
  };
}
