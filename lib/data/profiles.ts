import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { isoTimestamp } from "./sql";
import { home, joinHome, joinPartner, partner, publicTie } from "./ties";
import {
  agreementSignatories,
  agreements,
  delegationPartnerships,
  delegations,
  eventPartnerships,
  events,
  partnershipSources,
  partnerships,
  places,
} from "@/db/schema";

const placeColumns = (p: typeof home | typeof partner) => ({
  slug: p.slug,
  nameEn: p.nameEn,
  nameZh: p.nameZh,
  kind: p.kind,
  regionEn: p.regionEn,
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
  countryCode: string;
  continent: string;
  latitude: number | null;
  longitude: number | null;
};

export type TimelineItem =
  | {
      kind: "agreement";
      date: string | null;
      precision: "year" | "month" | "day" | null;
      titleEn: string;
      titleZh: string | null;
      summaryEn: string | null;
      summaryZh: string | null;
      agreementKind: string;
      signatories: { name: string; nameZh: string | null; office: string; officeZh: string | null; side: string }[];
    }
  | {
      kind: "delegation";
      date: string | null;
      precision: "year" | "month" | "day" | null;
      slug: string;
      titleEn: string;
      titleZh: string | null;
      direction: string;
      outcomesEn: string | null;
      outcomesZh: string | null;
      dealAmount: string | null;
      dealCurrency: string | null;
    }
  | {
      kind: "event";
      date: string | null;
      precision: "year" | "month" | "day" | null;
      slug: string;
      titleEn: string;
      titleZh: string | null;
      eventKind: string;
      descriptionEn: string | null;
      descriptionZh: string | null;
    };

export interface PartnershipProfile {
  slug: string;
  type: (typeof partnerships.$inferSelect)["type"];
  status: (typeof partnerships.$inferSelect)["status"];
  establishedOn: string | null;
  establishedPrecision: (typeof partnerships.$inferSelect)["establishedPrecision"];
  summaryEn: string | null;
  summaryZh: string | null;
  bodyEn: string | null;
  bodyZh: string | null;
  /** ISO 8601, UTC. */
  updatedAt: string;
  home: ProfilePlace;
  partner: ProfilePlace;
  sources: { citation: string; url: string | null; note: string | null }[];
  timeline: TimelineItem[];
  related: { slug: string; homeNameEn: string; homeNameZh: string | null; partnerNameEn: string; partnerNameZh: string | null }[];
}

/**
 * A published partnership with everything its public profile shows, in a fixed number of queries whatever the length
 * of its timeline (no query per row). Null for an unknown or unpublished slug: the public sees a 404.
 */
export async function getPublishedPartnership(slug: string): Promise<PartnershipProfile | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: partnerships.id,
      slug: partnerships.slug,
      type: partnerships.type,
      status: partnerships.status,
      establishedOn: partnerships.establishedOn,
      establishedPrecision: partnerships.establishedPrecision,
      summaryEn: partnerships.summaryEn,
      summaryZh: partnerships.summaryZh,
      bodyEn: partnerships.bodyEn,
      bodyZh: partnerships.bodyZh,
      updatedAt: isoTimestamp(partnerships.updatedAt),
      home: placeColumns(home),
      partner: placeColumns(partner),
    })
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(
      and(
        eq(partnerships.slug, slug),
        publicTie,
      ),
    )
    .limit(1);
  if (!row) return null;

  type Signatory = Extract<TimelineItem, { kind: "agreement" }>["signatories"][number];
  // The outer row's id is written out qualified: inside a selected field drizzle renders a column bare ("id"), which
  // the subquery would resolve to its own table's id.
  const signatoriesJson = sql<Signatory[]>`
    coalesce((select json_agg(json_build_object('name', s.name, 'nameZh', s.name_zh, 'office', s.office, 'officeZh', s.office_zh, 'side', s.side) order by s.position)
      from ${agreementSignatories} s where s.agreement_id = "agreements"."id"), '[]'::json)`;

  const [sources, agreementRows, delegationRows, eventRows, related] = await Promise.all([
    db
      .select({ citation: partnershipSources.citation, url: partnershipSources.url, note: partnershipSources.note })
      .from(partnershipSources)
      .where(eq(partnershipSources.partnershipId, row.id))
      .orderBy(asc(partnershipSources.position)),
    db
      .select({
        date: agreements.signedOn,
        precision: agreements.signedPrecision,
        titleEn: agreements.titleEn,
        titleZh: agreements.titleZh,
        summaryEn: agreements.summaryEn,
        summaryZh: agreements.summaryZh,
        agreementKind: agreements.kind,
        signatories: signatoriesJson,
      })
      .from(agreements)
      .where(and(eq(agreements.partnershipId, row.id), eq(agreements.publication, "published"))),
    db
      .select({
        date: delegations.startsOn,
        precision: delegations.datePrecision,
        slug: delegations.slug,
        titleEn: delegations.titleEn,
        titleZh: delegations.titleZh,
        direction: delegations.direction,
        outcomesEn: delegations.outcomesEn,
        outcomesZh: delegations.outcomesZh,
        dealAmount: delegations.dealAmount,
        dealCurrency: delegations.dealCurrency,
      })
      .from(delegations)
      .innerJoin(delegationPartnerships, eq(delegationPartnerships.delegationId, delegations.id))
      .where(and(eq(delegationPartnerships.partnershipId, row.id), eq(delegations.publication, "published"))),
    db
      .select({
        date: events.startsOn,
        precision: events.datePrecision,
        slug: events.slug,
        titleEn: events.titleEn,
        titleZh: events.titleZh,
        eventKind: events.kind,
        descriptionEn: events.descriptionEn,
        descriptionZh: events.descriptionZh,
      })
      .from(events)
      .innerJoin(eventPartnerships, eq(eventPartnerships.eventId, events.id))
      .where(and(eq(eventPartnerships.partnershipId, row.id), eq(events.publication, "published"))),
    db
      .select({
        slug: partnerships.slug,
        homeNameEn: home.nameEn,
        homeNameZh: home.nameZh,
        partnerNameEn: partner.nameEn,
        partnerNameZh: partner.nameZh,
      })
      .from(partnerships)
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(
        and(
          eq(partner.countryCode, row.partner.countryCode),
          ne(partnerships.id, row.id),
          publicTie,
        ),
      )
      .orderBy(sql`${partnerships.establishedOn} asc nulls last`, asc(partner.nameEn))
      .limit(8),
  ]);

  const timeline: TimelineItem[] = [
    ...agreementRows.map((a) => ({ kind: "agreement" as const, ...a })),
    ...delegationRows.map((d) => ({ kind: "delegation" as const, ...d })),
    ...eventRows.map((e) => ({ kind: "event" as const, ...e })),
  ].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));

  const { id: _id, ...profile } = row;
  return { ...profile, sources, timeline, related };
}

export interface PlaceProfile extends ProfilePlace {
  isHome: boolean;
  descriptionEn: string | null;
  descriptionZh: string | null;
  population: number | null;
  partnerships: {
    slug: string;
    type: (typeof partnerships.$inferSelect)["type"];
    establishedOn: string | null;
    establishedPrecision: (typeof partnerships.$inferSelect)["establishedPrecision"];
    other: { slug: string; nameEn: string; nameZh: string | null; countryCode: string; continent: string };
  }[];
}

/** A published place with every published partnership it takes part in (as the home or the partner side). */
export async function getPublishedPlace(slug: string): Promise<PlaceProfile | null> {
  const db = await getDb();
  const [place] = await db
    .select({
      id: places.id,
      slug: places.slug,
      nameEn: places.nameEn,
      nameZh: places.nameZh,
      kind: places.kind,
      regionEn: places.regionEn,
      countryCode: places.countryCode,
      continent: places.continent,
      latitude: places.latitude,
      longitude: places.longitude,
      isHome: places.isHome,
      descriptionEn: places.descriptionEn,
      descriptionZh: places.descriptionZh,
      population: places.population,
    })
    .from(places)
    .where(and(eq(places.slug, slug), eq(places.publication, "published")))
    .limit(1);
  if (!place) return null;
  const rows = await db
    .select({
      slug: partnerships.slug,
      type: partnerships.type,
      establishedOn: partnerships.establishedOn,
      establishedPrecision: partnerships.establishedPrecision,
      homeId: home.id,
      home: { slug: home.slug, nameEn: home.nameEn, nameZh: home.nameZh, countryCode: home.countryCode, continent: home.continent },
      partner: { slug: partner.slug, nameEn: partner.nameEn, nameZh: partner.nameZh, countryCode: partner.countryCode, continent: partner.continent },
    })
    .from(partnerships)
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(
      and(
        sql`${place.id} in (${partnerships.homePlaceId}, ${partnerships.partnerPlaceId})`,
        publicTie,
      ),
    )
    .orderBy(sql`${partnerships.establishedOn} asc nulls last`, asc(partner.nameEn));
  const { id, ...rest } = place;
  return {
    ...rest,
    partnerships: rows.map((r) => ({
      slug: r.slug,
      type: r.type,
      establishedOn: r.establishedOn,
      establishedPrecision: r.establishedPrecision,
      other: r.homeId === id ? r.partner : r.home,
    })),
  };
}
