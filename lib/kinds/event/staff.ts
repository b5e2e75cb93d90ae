import "server-only";
import { listConditions, listPage, searchIn, listOrder, listStateColumns, startsInYear } from "@/lib/records/lists";
import { eventFields, eventKind, type EventFields } from "./definition";
import { asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { eventPartnerships, events } from "@/db/schema";
import { slugify } from "@/lib/slug";
import type { EventInput, EventListQuery } from "./validation";
import { linkedTo, getLinkedRecord, linkWriter } from "@/lib/data/links";
import { type Actor } from "@/lib/records/actor";
import { createRecord, slugTaken, updateRecord } from "@/lib/records/write";
import { firstFreeSlug } from "@/lib/data/sql";

// The public side of events (the events page, an event's page, the calendars) is ./public.ts.

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
  const order = listOrder(events, query.sort, { title: [asc(events.titleEn), asc(events.id)], default: [sql`${events.startsOn} desc nulls last`, desc(events.id)] });
  return listPage(query.page, (limit, offset) =>
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

export function getEvent({ id }: { id: number }) {
  return getLinkedRecord("event", eventKind, id);
}

/** A event as its staff page shows it. */
export type EventRecordDetail = NonNullable<Awaited<ReturnType<typeof getEvent>>>;

const owned = { partnershipIds: linkWriter("event") };

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
