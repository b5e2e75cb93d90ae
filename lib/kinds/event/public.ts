import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { eventKinds, eventPartnerships, events, partnerships } from "@/db/schema";
import type { FeedEntry } from "@/lib/data/feeds";
import { isoTimestamp, listPublishedYears } from "@/lib/data/sql";
import { home, joinHome, joinPartner, partner, publicTie, tieNames, type TieNames } from "@/lib/data/ties";
import { editable } from "./definition";

/**
 * What the public sees of events: the events page and its filters, an event's page, the calendar files, and the
 * events of the home page, the feed and the sitemap.
 */

export type EventKind = (typeof eventKinds)[number];

const eventColumns = { id: events.id, ...editable, updatedAt: isoTimestamp(events.updatedAt) };

export type PublicEvent = Omit<Awaited<ReturnType<typeof selectEvents>>[number], "id">;

/** Published events, by date (the latest first, those without a known date last) unless told otherwise. */
function selectEvents(where: SQL | undefined, options: { limit?: number; orderBy?: SQL[] } = {}) {
  return getDb().then((db) => {
    const query = db
      .select(eventColumns)
      .from(events)
      .where(and(eq(events.publication, "published"), where))
      .orderBy(...(options.orderBy ?? [sql`${events.startsOn} desc nulls last`, desc(events.id)]));
    return options.limit ? query.limit(options.limit) : query;
  });
}

const withoutId = <T extends { id: number }>({ id: _id, ...rest }: T): Omit<T, "id"> => rest;

/** How many events the calendar feed carries: the latest by date, future ones first. A subscriber's calendar needs
 * what is coming and what just happened, not decades of history (which made a 9 MB file at 20,000 events). */
export const calendarFeedSize = 1000;

/** Published events, optionally of one kind and year; those without a known date last. */
export async function listPublishedEvents(filter: { kind?: EventKind; year?: number } = {}): Promise<PublicEvent[]> {
  const where: SQL[] = [];
  if (filter.kind) where.push(eq(events.kind, filter.kind));
  if (filter.year) where.push(sql`extract(year from ${events.startsOn})::int = ${filter.year}`);
  const rows = await selectEvents(where.length ? and(...where) : undefined);
  return rows.map(withoutId);
}

export interface EventDetail extends PublicEvent {
  partnerships: ({ slug: string } & TieNames)[];
}

export async function getPublishedEvent(slug: string): Promise<EventDetail | null> {
  const [row] = await selectEvents(eq(events.slug, slug));
  if (!row) return null;
  const db = await getDb();
  const linked = await db
    .select({ slug: partnerships.slug, ...tieNames })
    .from(eventPartnerships)
    .innerJoin(partnerships, eq(partnerships.id, eventPartnerships.partnershipId))
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(and(eq(eventPartnerships.eventId, row.id), publicTie))
    .orderBy(asc(home.nameEn), asc(partner.nameEn));
  return { ...withoutId(row), partnerships: linked };
}

/** The years that have published events, newest first, for the year filter. */
export function listEventYears(): Promise<number[]> {
  return listPublishedYears(events);
}

/** Published events with a known day: the ones a calendar can hold. */
export async function listCalendarEvents(slugs?: string[]): Promise<PublicEvent[]> {
  const rows = await selectEvents(and(eq(events.datePrecision, "day"), slugs ? inArray(events.slug, slugs) : undefined), {
    limit: calendarFeedSize,
  });
  return rows.map(withoutId);
}

export type UpcomingEvent = Pick<PublicEvent, "slug" | "titleEn" | "titleZh" | "startsOn" | "datePrecision" | "online">;

/** Published events that start on or after the given day, soonest first. */
export async function listUpcomingEvents(today: string, limit = 5): Promise<UpcomingEvent[]> {
  const rows = await selectEvents(sql`${events.startsOn} >= ${today}::date`, { limit, orderBy: [asc(events.startsOn), asc(events.id)] });
  return rows.map(({ slug, titleEn, titleZh, startsOn, datePrecision, online }) => ({ slug, titleEn, titleZh, startsOn, datePrecision, online }));
}

/** The most recently changed published events, for the Atom feed (lib/data/feeds.ts). */
export async function listRecentEventChanges(limit: number): Promise<FeedEntry[]> {
  const rows = await selectEvents(undefined, { limit, orderBy: [desc(events.updatedAt), desc(events.id)] });
  return rows.map((x) => ({ kind: "event", path: `/events/${x.slug}`, titleEn: x.titleEn, summaryEn: x.descriptionEn, bodyEn: null, updatedAt: x.updatedAt }));
}

/** Every published event's page and when it last changed, for the sitemap (lib/data/feeds.ts). */
export async function listEventPaths(): Promise<{ path: string; lastModified: string }[]> {
  const db = await getDb();
  const rows = await db.select({ slug: events.slug, updatedAt: isoTimestamp(events.updatedAt) }).from(events).where(eq(events.publication, "published"));
  return rows.map((e) => ({ path: `/events/${e.slug}`, lastModified: e.updatedAt }));
}
