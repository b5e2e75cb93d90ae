import "server-only";
import { listConditions, searchIn, listOrder, listStateColumns, startsInYear } from "@/lib/records/lists";
import { eventFields, eventKind, type EventFields } from "./definition";
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { eventKinds, eventPartnerships, events, partnerships } from "@/db/schema";
import { slugify } from "@/lib/slug";
import type { EventInput, EventListQuery } from "./validation";
import { staffPageSize } from "@/lib/validation/lists";
import { linkedPartnerships, linkedTo, writeLinks } from "@/lib/data/links";
import { recordMeta, type RecordMeta } from "@/lib/records/meta";
import { type Actor } from "@/lib/records/actor";
import { createRecord, slugTaken, updateRecord } from "@/lib/records/write";
import { pageOf } from "@/lib/records/paging";
import { firstFreeSlug, isoTimestamp } from "@/lib/data/sql";
import { home, joinHome, joinPartner, partner, publicTie } from "@/lib/data/ties";

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
  updatedAt: isoTimestamp(events.updatedAt),
};

export type PublicEvent = Omit<Awaited<ReturnType<typeof selectEvents>>[number], "id">;

function selectEvents(where: SQL | undefined, limit?: number) {
  return getDb().then((db) => {
    const query = db
      .select(eventColumns)
      .from(events)
      .where(and(eq(events.publication, "published"), where))
      .orderBy(sql`${events.startsOn} desc nulls last`, desc(events.id));
    return limit ? query.limit(limit) : query;
  });
}

/** How many events the calendar feed carries: the latest by date, future ones first. A subscriber's calendar needs
 * what is coming and what just happened, not decades of history (which made a 9 MB file at 20,000 events). */
export const calendarFeedSize = 1000;

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
    .where(and(eq(eventPartnerships.eventId, row.id), publicTie))
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
    calendarFeedSize,
  );
  return rows.map(({ id: _id, ...e }) => e);
}

// ---------------------------------------------------------------------------------------------------------------
// The staff side: every event, drafts and archived ones included, and the changes to them.
// ---------------------------------------------------------------------------------------------------------------



export async function listEvents(query: EventListQuery) {
  const db = await getDb();
  const condition = listConditions(
    events,
    query,
    searchIn(events.titleEn, events.titleZh, events.venueEn, events.organisersEn, events.slug),
    [
      query.kind !== undefined && eq(events.kind, query.kind),
      query.year !== undefined && startsInYear(events.startsOn, query.year),
      query.partnership !== undefined && linkedTo("event", events.id, query.partnership),
    ],
  );
  const [totalRow] = await db.select({ n: count() }).from(events).where(condition);
  const order = listOrder(events, query.sort, { title: [asc(events.titleEn), asc(events.id)], default: [sql`${events.startsOn} desc nulls last`, desc(events.id)] });
  return pageOf(totalRow?.n ?? 0, query.page, staffPageSize, (limit, offset) =>
    db
      .select({
        id: events.id,
        slug: events.slug,
        titleEn: events.titleEn,
        kind: events.kind,
        startsOn: events.startsOn,
        datePrecision: events.datePrecision,
        online: events.online,
        partnerships: sql<number>`(select count(*) from ${eventPartnerships} l where l.event_id = ${events.id})`.mapWith(Number),
        ...listStateColumns(events),
      })
      .from(events)
      .where(condition)
      .orderBy(...order)
      .limit(limit)
      .offset(offset),
  );
}

export interface EventRecordDetail {
  meta: RecordMeta;
  fields: EventFields;
  partnerships: { id: number; label: string }[];
}

export async function getEvent({ id }: { id: number }): Promise<EventRecordDetail | null> {
  const db = await getDb();
  const meta = await recordMeta(db, events, id);
  if (!meta) return null;
  const [fields, linked] = await Promise.all([eventKind.snapshot(db, id), linkedPartnerships(db, "event", id)]);
  return { meta, fields, partnerships: linked };
}

const owned = { partnershipIds: (tx: Tx, id: number, next: EventFields) => writeLinks(tx, "event", id, next.partnershipIds) };



export function createEvent({ input }: { input: EventInput }, actor: Actor | null): Promise<{ id: number; tags: string[] }> {
  const base = slugify([input.titleEn, input.starts?.date.slice(0, 4)].filter(Boolean).join(" ")).slice(0, 100) || "event";
  return createRecord(actor, {
    kind: eventKind,
    next: async (tx) => eventFields(input, input.slug ?? (await firstFreeSlug(tx, events, base))),
    owned,
    unique: slugTaken,
  });
}

export function updateEvent(
  { id, version, input }: { id: number; version: number; input: EventInput },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  const next = (before: EventFields) => eventFields(input, input.slug ?? before.slug);
  return updateRecord(actor, { kind: eventKind, id, version, next, owned, unique: slugTaken });
}

/** A row of the staff list of events. */
export type EventListItem = Awaited<ReturnType<typeof listEvents>>["items"][number];
