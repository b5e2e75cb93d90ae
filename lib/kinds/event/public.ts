import "server-only";
import { listPublicAttachments, type PublicAttachment } from "@/lib/attachments/public";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { eventKinds, eventPartnerships, events, partnerships } from "@/db/schema";
import { buildCalendar } from "@/lib/calendar";
import { publicTags as tag } from "@/lib/cache-tags";
import { cachedRead, slugLoader } from "@/lib/data/cached-read";
import type { FeedEntry } from "@/lib/data/feeds";
import { afterDescNullsLast, isoTimestamp, listPublishedYears } from "@/lib/data/sql";
import { home, joinHome, joinPartner, partner, publicTie, tieNames, type TieNames } from "@/lib/data/ties";
import type { EventFilter } from "@/lib/public-views";
import { officeToday } from "@/lib/office-clock";
import { listPage, startsInYear } from "@/lib/records/lists";
import { publicPageSize, type Page } from "@/lib/records/paging";
import { editable } from "./definition";

/**
 * What the public sees of events: the events page and its filters, an event's page, the calendar files, and the
 * events of the home page, the feed and the sitemap. Pages call the loaders at the end; the uncached reads are
 * exported for the tests.
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

/**
 * What the calendar feed (/events.ics) carries: the events from a year before the office's today onwards, the latest
 * by date first, at most 500 of them. A subscriber's calendar needs what is coming and what just happened, not decades
 * of history (which made a 9 MB file at 20,000 events); each event's own file (/events/{slug}.ics) has any event.
 */
export const calendarFeed = { size: 500, yearsBack: 1 };

/** The day `years` years before `day` (YYYY-MM-DD); from a 29 February, the 1 March after the 28th. */
export function yearsBefore(day: string, years: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y - years, m - 1, d)).toISOString().slice(0, 10);
}

/** An event on the events page: still to come (or under way) on the office's `today`, or past (or undated). */
export type ListedEvent = PublicEvent & { upcoming: boolean };

/**
 * One page of the published events, optionally of one kind and year: those still to come first, the soonest first,
 * then the past ones, the latest first, those without a known date last. `today` is the office's day (its key in the
 * cache: the page is rendered again within the hour it changes). A page past the last is answered as asked, with no
 * items, as the directory answers it.
 */
export async function listPublishedEvents(
  filter: { kind?: EventKind; year?: number; page?: number } = {},
  today: string = officeToday(),
): Promise<Page<ListedEvent>> {
  const db = await getDb();
  const upcoming = sql<boolean>`(${events.startsOn} is not null and coalesce(${events.endsOn}, ${events.startsOn}) >= ${today}::date)`;
  const query = db
    .select({ ...eventColumns, upcoming })
    .from(events)
    .where(
      and(
        eq(events.publication, "published"),
        filter.kind ? eq(events.kind, filter.kind) : undefined,
        filter.year ? sql`extract(year from ${events.startsOn})::int = ${filter.year}` : undefined,
      ),
    )
    .$dynamic();
  const order = [
    sql`${upcoming} desc`,
    sql`case when ${upcoming} then ${events.startsOn} end asc`,
    sql`${events.startsOn} desc nulls last`,
    desc(events.id),
  ];
  const result = await listPage(db, filter.page ?? 1, order, query, { size: publicPageSize, pastTheEnd: "asked" });
  return { ...result, items: result.items.map(withoutId) };
}

/** Where a page of events in the API's order starts: after the event with this start (null: undated) and id. */
export type EventKey = [startsOn: string | null, id: number];

export interface EventApiFilter {
  kind?: EventKind | undefined;
  year?: number | undefined;
  /** Only the events of this partnership (a published tie between published places). */
  partnership?: string | undefined;
}

/**
 * The published events, the latest first (undated last; the id settles a tie), `limit` of them after `after`: keyset
 * paging for the JSON API (/api/v1/events). Its order, unlike the events page's upcoming-then-past, doesn't move
 * with the day, so a client's cursor stays good. `next` is the last one's key when more follow.
 */
export async function listPublishedEventsAfter(
  filter: EventApiFilter,
  page: { after: EventKey | null; limit: number },
): Promise<{ items: PublicEvent[]; next: EventKey | null }> {
  const db = await getDb();
  const ofTie = filter.partnership
    ? inArray(
        events.id,
        db
          .select({ id: eventPartnerships.eventId })
          .from(eventPartnerships)
          .innerJoin(partnerships, eq(partnerships.id, eventPartnerships.partnershipId))
          .innerJoin(home, joinHome)
          .innerJoin(partner, joinPartner)
          .where(and(eq(partnerships.slug, filter.partnership), publicTie)),
      )
    : undefined;
  const rows = await selectEvents(
    and(
      filter.kind ? eq(events.kind, filter.kind) : undefined,
      filter.year ? startsInYear(events.startsOn, filter.year) : undefined,
      ofTie,
      page.after ? afterDescNullsLast(events.startsOn, events.id, page.after[0], page.after[1]) : undefined,
    ),
    { limit: page.limit + 1 },
  );
  const items = rows.slice(0, page.limit);
  const last = rows.length > page.limit ? items[items.length - 1] : undefined;
  return { items: items.map(withoutId), next: last ? [last.startsOn, last.id] : null };
}

export interface EventDetail extends PublicEvent {
  partnerships: ({ slug: string } & TieNames)[];
  /** Its public photos and documents (lib/attachments/public.ts). */
  gallery: PublicAttachment[];
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
  const gallery = await listPublicAttachments({ owner: { kind: "event", id: row.id } });
  return { ...withoutId(row), partnerships: linked, gallery };
}

/** The years that have published events, newest first, for the year filter. */
export function listEventYears(): Promise<number[]> {
  return listPublishedYears(events);
}

/**
 * Published events with a known day, the ones a calendar can hold: those named by `slugs`, or those since the day
 * `since` (the feed's window), or all of them, at most calendarFeed.size.
 */
export async function listCalendarEvents(options: { slugs?: string[]; since?: string } = {}): Promise<PublicEvent[]> {
  const { slugs, since } = options;
  const rows = await selectEvents(
    and(eq(events.datePrecision, "day"), slugs ? inArray(events.slug, slugs) : undefined, since ? sql`${events.startsOn} >= ${since}::date` : undefined),
    { limit: calendarFeed.size },
  );
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

/** A published event in the open data file (/data/events.json): with the public partnerships it is linked to. */
export type OpenEvent = PublicEvent & { partnerships: string[] };

/**
 * Every published event, the latest by date first (undated last), each with the slugs of its public partnerships (a
 * link to a draft tie or to a tie with a draft place is left out, as on the event's page), and the latest change to
 * those partnerships or their places (ISO 8601; null without any): it changes what the file says of the events.
 */
export async function listOpenEvents(): Promise<{ events: OpenEvent[]; linksUpdatedAt: string | null }> {
  const db = await getDb();
  const [rows, links] = await Promise.all([
    selectEvents(undefined),
    db
      .select({
        eventId: eventPartnerships.eventId,
        slug: partnerships.slug,
        updatedAt: isoTimestamp(sql`greatest(${partnerships.updatedAt}, ${home.updatedAt}, ${partner.updatedAt})`),
      })
      .from(eventPartnerships)
      .innerJoin(events, eq(events.id, eventPartnerships.eventId))
      .innerJoin(partnerships, eq(partnerships.id, eventPartnerships.partnershipId))
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(and(eq(events.publication, "published"), publicTie))
      .orderBy(asc(partnerships.slug)),
  ]);
  const linked = new Map<number, string[]>();
  for (const link of links) linked.set(link.eventId, [...(linked.get(link.eventId) ?? []), link.slug]);
  const linksUpdatedAt = links.reduce<string | null>((max, l) => (max === null || l.updatedAt > max ? l.updatedAt : max), null);
  return { events: rows.map((row) => ({ ...withoutId(row), partnerships: linked.get(row.id) ?? [] })), linksUpdatedAt };
}

// The cached reads (lib/data/cached-read.ts), by the tags of what they show.
const reads = {
  events: cachedRead("events", (filter: EventFilter, today: string) => listPublishedEvents(filter, today), () => [tag.events]),
  eventYears: cachedRead("event-years", listEventYears, () => [tag.events]),
  event: cachedRead("event", getPublishedEvent, (slug) => [tag.event(slug)]),
  // A tie's events change with the tie's publication too (`ties`).
  eventsAfter: cachedRead("events-after", listPublishedEventsAfter, (filter) => (filter.partnership ? [tag.events, tag.ties] : [tag.events])),
};

/** A page of the published events for the JSON API. */
export function loadEventsAfter(filter: EventApiFilter, page: { after: EventKey | null; limit: number }) {
  return reads.eventsAfter(filter, page);
}

export const upcomingEvents = cachedRead("upcoming-events", listUpcomingEvents, () => [tag.events]);

/** The whole /events.ics file, built once per change: building it (time zones, folding) costs more than reading. */
export const calendarFile = cachedRead(
  "calendar-file",
  // `today` (the office's) is part of the key: the window moves a day at a time.
  async (siteUrl: string, name: string, today: string) =>
    buildCalendar(await listCalendarEvents({ since: yearsBefore(today, calendarFeed.yearsBack) }), { siteUrl, name }),
  () => [tag.events],
);

/** One event's calendar file (/events/{slug}.ics): the event, if it has a known day. */
export const eventCalendar = cachedRead("event-calendar", (slug: string) => listCalendarEvents({ slugs: [slug] }), (slug) => [tag.event(slug)]);

/** The events page for one filter and page (/events and its twin routes): its events and the years the filter offers. */
export async function loadEventList(filter: EventFilter): Promise<{ result: Page<ListedEvent>; years: number[] }> {
  const [result, years] = await Promise.all([reads.events(filter, officeToday()), reads.eventYears()]);
  return { result, years };
}

/** A published event's page, or null (unknown slug, draft, or a segment that can't be a slug). */
export const loadEvent = slugLoader(reads.event);
