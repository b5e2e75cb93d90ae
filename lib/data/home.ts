import "server-only";
import { and, asc, countDistinct, desc, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { agreements, events, partnerships } from "@/db/schema";
import { anniversaryYears } from "@/lib/anniversaries";
import { home, joinHome, joinPartner, partner, publicTie, tieListColumns, type TieListItem } from "./ties";

export type PartnershipListItem = TieListItem;

export interface HomeFigures {
  partnerships: number;
  partnerPlaces: number;
  countries: number;
  continents: number;
  firstTie: { slug: string; homeNameEn: string; homeNameZh: string | null; partnerNameEn: string; partnerNameZh: string | null; year: number } | null;
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
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(publicTie);
  const [first] = await db
    .select({
      slug: partnerships.slug,
      homeNameEn: home.nameEn,
      homeNameZh: home.nameZh,
      partnerNameEn: partner.nameEn,
      partnerNameZh: partner.nameZh,
      establishedOn: partnerships.establishedOn,
    })
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(and(publicTie, isNotNull(partnerships.establishedOn)))
    .orderBy(asc(partnerships.establishedOn), asc(partnerships.id))
    .limit(1);
  return {
    partnerships: totals?.partnerships ?? 0,
    partnerPlaces: totals?.partnerPlaces ?? 0,
    countries: totals?.countries ?? 0,
    continents: totals?.continents ?? 0,
    firstTie: first?.establishedOn
      ? {
          slug: first.slug,
          homeNameEn: first.homeNameEn,
          homeNameZh: first.homeNameZh,
          partnerNameEn: first.partnerNameEn,
          partnerNameZh: first.partnerNameZh,
          year: Number(first.establishedOn.slice(0, 4)),
        }
      : null,
  };
}

/** Featured partnerships first, for the home page. */
export async function listFeaturedPartnerships(limit = 6): Promise<PartnershipListItem[]> {
  const db = await getDb();
  return db
    .select(tieListColumns)
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(and(publicTie, eq(partnerships.featured, true)))
    .orderBy(sql`${partnerships.establishedOn} asc nulls last`, asc(partner.nameEn))
    .limit(limit);
}

/**
 * Published partnerships that reach a round anniversary (5, 10, … 50 years) in the given year: the oldest first, at
 * most `limit` of them (the home page highlights them; with thousands of ties a year can bring hundreds).
 */
export async function listAnniversaries(year: number, limit = 12): Promise<(PartnershipListItem & { years: number })[]> {
  const db = await getDb();
  const years = anniversaryYears.map((n) => year - n);
  const rows = await db
    .select(tieListColumns)
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(
      and(
        publicTie,
        sql`extract(year from ${partnerships.establishedOn})::int in (${sql.join(years.map((y) => sql`${y}`), sql`, `)})`,
      ),
    )
    .orderBy(asc(partnerships.establishedOn), asc(partner.nameEn))
    .limit(limit);
  return rows.map((r) => ({ ...r, years: year - Number(r.establishedOn!.slice(0, 4)) }));
}

export interface LatestAgreement {
  titleEn: string;
  titleZh: string | null;
  signedOn: string | null;
  signedPrecision: "year" | "month" | "day" | null;
  partnershipSlug: string;
}

export async function listLatestAgreements(limit = 5): Promise<LatestAgreement[]> {
  const db = await getDb();
  return db
    .select({
      titleEn: agreements.titleEn,
      titleZh: agreements.titleZh,
      signedOn: agreements.signedOn,
      signedPrecision: agreements.signedPrecision,
      partnershipSlug: partnerships.slug,
    })
    .from(agreements)
    .innerJoin(partnerships, eq(partnerships.id, agreements.partnershipId))
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(and(publicTie, eq(agreements.publication, "published")))
    .orderBy(sql`${agreements.signedOn} desc nulls last`, desc(agreements.id))
    .limit(limit);
}

export interface UpcomingEvent {
  slug: string;
  titleEn: string;
  titleZh: string | null;
  startsOn: string | null;
  datePrecision: "year" | "month" | "day" | null;
  online: boolean;
}

/** Published events that start on or after the given day, soonest first. */
export async function listUpcomingEvents(today: string, limit = 5): Promise<UpcomingEvent[]> {
  const db = await getDb();
  return db
    .select({
      slug: events.slug,
      titleEn: events.titleEn,
      titleZh: events.titleZh,
      startsOn: events.startsOn,
      datePrecision: events.datePrecision,
      online: events.online,
    })
    .from(events)
    .where(and(eq(events.publication, "published"), sql`${events.startsOn} >= ${today}::date`))
    .orderBy(asc(events.startsOn), asc(events.id))
    .limit(limit);
}
