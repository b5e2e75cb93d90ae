import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { home, joinHome, joinPartner, partner } from "./ties";
import { eventKinds, eventPartnerships, events, partnerships } from "@/db/schema";

export type EventKind = (typeof eventKinds)[number];

const eventColumns = {
  id: events.id,
  slug: events.slug,
  kind: events.kind,
  titleEn: events.titleEn,
  titleZh: events.titleZh,
  startsOn: events.startsOn,
  endsOn: events.endsOn,
  datePrecision: events.datePrecision,
  startTime: events.startTime,
  endTime: events.endTime,
  timeZone: events.timeZone,
  online: events.online,
  venueEn: events.venueEn,
  venueZh: events.venueZh,
  organisersEn: events.organisersEn,
  organisersZh: events.organisersZh,
  descriptionEn: events.descriptionEn,
  descriptionZh: events.descriptionZh,
  updatedAt: events.updatedAt,
};

export type PublicEvent = Omit<Awaited<ReturnType<typeof selectEvents>>[number], "id">;

function selectEvents(where: SQL | undefined) {
  return getDb().then((db) =>
    db
      .select(eventColumns)
      .from(events)
      .where(and(eq(events.publication, "published"), where))
      .orderBy(sql`${events.startsOn} desc nulls last`, desc(events.id)),
  );
}

/** Published events, optionally of one kind and year; those without a known date last. */
export async function listPublishedEvents(filter: { kind?: EventKind; year?: number } = {}): Promise<PublicEvent[]> {
  const where: SQL[] = [];
  if (filter.kind) where.push(eq(events.kind, filter.kind));
  if (filter.year) where.push(sql`extract(year from ${events.startsOn})::int = ${filter.year}`);
  const rows = await selectEvents(where.length ? and(...where) : undefined);
  return rows.map(({ id: _id, ...e }) => e);
}

export interface EventDetail extends PublicEvent {
  partnerships: { slug: string; homeNameEn: string; homeNameZh: string | null; partnerNameEn: string; partnerNameZh: string | null }[];
}

export async function getPublishedEvent(slug: string): Promise<EventDetail | null> {
  const [row] = await selectEvents(eq(events.slug, slug));
  if (!row) return null;
  const db = await getDb();
  const linked = await db
    .select({
      slug: partnerships.slug,
      homeNameEn: home.nameEn,
      homeNameZh: home.nameZh,
      partnerNameEn: partner.nameEn,
      partnerNameZh: partner.nameZh,
    })
    .from(eventPartnerships)
    .innerJoin(partnerships, eq(partnerships.id, eventPartnerships.partnershipId))
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(and(eq(eventPartnerships.eventId, row.id), eq(partnerships.publication, "published")))
    .orderBy(asc(home.nameEn), asc(partner.nameEn));
  const { id: _id, ...event } = row;
  return { ...event, partnerships: linked };
}

/** The years that have published events, newest first, for the year filter. */
export async function listEventYears(): Promise<number[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${events.startsOn})::int`.mapWith(Number) })
    .from(events)
    .where(and(eq(events.publication, "published"), sql`${events.startsOn} is not null`));
  return rows.map((r) => r.year).sort((a, b) => b - a);
}

/** Published events with a known day: the ones a calendar can hold. */
export async function listCalendarEvents(slugs?: string[]): Promise<PublicEvent[]> {
  const rows = await selectEvents(
    and(eq(events.datePrecision, "day"), slugs ? inArray(events.slug, slugs) : undefined),
  );
  return rows.map(({ id: _id, ...e }) => e);
}
