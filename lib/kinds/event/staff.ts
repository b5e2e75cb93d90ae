import "server-only";
import { listConditions, searchIn, listOrder, listStateColumns, startsInYear } from "@/lib/records/lists";
import { eventFields, eventKind, type EventFields } from "./definition";
import { asc, count, desc, eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { eventPartnerships, events } from "@/db/schema";
import { slugify } from "@/lib/slug";
import type { EventInput, EventListQuery } from "./validation";
import { staffPageSize } from "@/lib/validation/lists";
import { linkedPartnerships, linkedTo, writeLinks } from "@/lib/data/links";
import { recordMeta, type RecordMeta } from "@/lib/records/meta";
import { type Actor } from "@/lib/records/actor";
import { createRecord, slugTaken, updateRecord } from "@/lib/records/write";
import { pageOf } from "@/lib/records/paging";
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
