import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import { alias, type PgSelect, type SelectedFields } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { partnerships, places } from "@/db/schema";

/** The two sides of a partnership, as aliases every public query joins the same way. */
export const home = alias(places, "home");
export const partner = alias(places, "partner");

export const joinHome = eq(home.id, partnerships.homePlaceId);
export const joinPartner = eq(partner.id, partnerships.partnerPlaceId);

/** What the public may see: a published partnership between two published places. */
export const publicTie = and(
  eq(partnerships.publication, "published"),
  eq(home.publication, "published"),
  eq(partner.publication, "published"),
)!;

/** The tables a public query about ties reads, all inner-joined: no column of theirs is null for the join's sake. */
type TieTables = { partnerships: "not-null"; home: "not-null"; partner: "not-null" };

/**
 * `fields` of the partnerships the public may see (`home` and `partner` joined), narrowed by `conditions`: the start of
 * every public query about ties. `distinct` for the lists of values (countries, homes, decades).
 */
export function selectPublicTies<T extends SelectedFields>(
  db: Db,
  fields: T,
  conditions: (SQL | undefined)[] = [],
  options: { distinct?: boolean } = {},
): PgSelect<"partnerships", T, "partial", TieTables> {
  // Drizzle can't follow a join's types through a generic selection; the query is built on the general one and
  // given back its real type, which is what the query returns.
  const select = options.distinct ? db.selectDistinct(fields as SelectedFields) : db.select(fields as SelectedFields);
  return select
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(and(publicTie, ...conditions))
    .$dynamic() as unknown as PgSelect<"partnerships", T, "partial", TieTables>;
}

/** A tie's two names in both languages, as public pages name it ("Jinan – Vantaa"). */
export const tieNames = {
  homeNameEn: home.nameEn,
  homeNameZh: home.nameZh,
  partnerNameEn: partner.nameEn,
  partnerNameZh: partner.nameZh,
};

export interface TieNames {
  homeNameEn: string;
  homeNameZh: string | null;
  partnerNameEn: string;
  partnerNameZh: string | null;
}

/** The columns every public list of partnerships selects (directory, country, featured, anniversaries). */
export const publicTieColumns = {
  slug: partnerships.slug,
  type: partnerships.type,
  status: partnerships.status,
  establishedOn: partnerships.establishedOn,
  establishedPrecision: partnerships.establishedPrecision,
  featured: partnerships.featured,
  homeSlug: home.slug,
  homeNameEn: home.nameEn,
  homeNameZh: home.nameZh,
  partnerSlug: partner.slug,
  partnerNameEn: partner.nameEn,
  partnerNameZh: partner.nameZh,
  partnerRegionEn: partner.regionEn,
  countryCode: partner.countryCode,
};

/**
 * A partnership in a public list. (Not the staff list's row, `PartnershipListItem` in lib/kinds/partnership/staff.ts,
 * which carries drafts and archived ones.)
 */
export interface PublicTie extends TieNames {
  slug: string;
  type: (typeof partnerships.$inferSelect)["type"];
  status: (typeof partnerships.$inferSelect)["status"];
  establishedOn: string | null;
  establishedPrecision: (typeof partnerships.$inferSelect)["establishedPrecision"];
  featured: boolean;
  homeSlug: string;
  partnerSlug: string;
  partnerRegionEn: string | null;
  countryCode: string;
}
