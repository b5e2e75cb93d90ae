import "server-only";
import { pickColumns } from "@/lib/records/kind";
import { listConditions, listPage, searchIn, listOrder, listStateColumns, startsInYear, type PageOrAll } from "@/lib/records/lists";
import { eventFields, eventKind } from "./definition";
import { asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { eventPartnerships, events } from "@/db/schema";
import { slugWithYear } from "@/lib/slug";
import type { EventInput, EventListQuery } from "./validation";
import { linkedTo, getLinkedRecord, linkWriter } from "@/lib/data/links";
import { withSlug } from "@/lib/records/write";
import { staffName } from "@/lib/records/staff-names";

// The public side of events (the events page, an event's page, the calendars) is ./public.ts.

export async function listEvents(query: PageOrAll<EventListQuery>) {
  const db = await getDb();
  const condition = listConditions(
    eventKind,
    query,
    searchIn(events.titleEn, events.titleZh, events.venueEn, events.organisersEn, events.slug),
    [
      query.kind !== undefined && eq(events.kind, query.kind),
      query.year !== undefined && startsInYear(events.startsOn, query.year),
      query.partnership !== undefined && linkedTo("event", events.id, query.partnership),
    ],
  );
  const order = listOrder(events, query.sort, { title: [asc(events.titleEn), asc(events.id)], default: [sql`${events.startsOn} desc nulls last`, desc(events.id)] });
  return listPage(
    db,
    query.page,
    order,
    db
      .select({
        ...pickColumns(events, ["id", "slug", "titleEn", "kind", "startsOn", "datePrecision", "online"]),
        // What the list shows: the Chinese title for a reader who works in Chinese, where there is one.
        title: staffName(events.titleEn, events.titleZh),
        partnerships: sql<number>`(select count(*) from ${eventPartnerships} l where l.event_id = ${events.id})`.mapWith(Number),
        ...listStateColumns(events),
      })
      .from(events)
      .where(condition)
      .$dynamic(),
  );
}

export function getEvent({ id }: { id: number }) {
  return getLinkedRecord("event", eventKind, id);
}

/** A event as its staff page shows it. */
export type EventRecordDetail = NonNullable<Awaited<ReturnType<typeof getEvent>>>;

const owned = { partnershipIds: linkWriter("event") };

const writes = withSlug({
  kind: eventKind,
  table: events,
  slugBase: (input: EventInput) => slugWithYear(input.titleEn, input.starts?.date.slice(0, 4)).slice(0, 100) || "event",
  fields: eventFields,
  owned,
});

export const createEvent = writes.create;
export const updateEvent = writes.update;
export const eventConflicts = writes.conflicts;
export const restoreEvent = writes.restore;

/** A row of the staff list of events. */
export type EventListItem = Awaited<ReturnType<typeof listEvents>>["items"][number];
