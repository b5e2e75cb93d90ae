import "server-only";
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
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

/** The columns every public list of partnerships selects (directory, country, featured, anniversaries). */
export const tieListColumns = {
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

export interface TieListItem {
  slug: string;
  type: (typeof partnerships.$inferSelect)["type"];
  status: (typeof partnerships.$inferSelect)["status"];
  establishedOn: string | null;
  establishedPrecision: (typeof partnerships.$inferSelect)["establishedPrecision"];
  featured: boolean;
  homeSlug: string;
  homeNameEn: string;
  homeNameZh: string | null;
  partnerSlug: string;
  partnerNameEn: string;
  partnerNameZh: string | null;
  partnerRegionEn: string | null;
  countryCode: string;
}
