import "server-only";
import { eventKind, columnsOf, type EventFields } from "./definition";
import { and, asc, count, desc, eq, exists, ilike, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { eventPartnerships, events } from "@/db/schema";
import { slugify } from "@/lib/slug";
import type { EventInput, EventListQuery } from "./validation";
import type { EventKind } from "./public";
import { staffPageSize } from "@/lib/validation/lists";
import { linkedPartnerships, writeLinks } from "@/lib/data/links";
import { archivedFilter, recordMeta, type RecordMeta } from "@/lib/records/meta";
import { assertRole, type Actor } from "@/lib/records/actor";
import { createRecord, updateRecord } from "@/lib/records/write";
import { FieldConflictError, uniqueAsFieldError } from "@/lib/records/errors";
import { pageOf, type Page } from "@/lib/records/paging";
import { containsPattern, firstFreeSlug, isoTimestamp } from "@/lib/data/sql";

// The public side of events (the events page, an event's page, the calendars) is ./public.ts.
// Re-exported for tests/staff-delegations-events.test.ts, which still imports it from here.
export { listCalendarEvents } from "./public";

export interface EventListItem {
  id: number;
  slug: string;
  titleEn: string;
  kind: EventKind;
  startsOn: string | null;
  datePrecision: "year" | "month" | "day" | null;
  online: boolean;
  partnerships: number;
  publication: "draft" | "published";
  archived: boolean;
  updatedAt: string;
}

export async function listEvents(query: EventListQuery): Promise<Page<EventListItem>> {
  const db = await getDb();
  const where: SQL[] = [];
  if (query.q) {
    const p = containsPattern(query.q);
    where.push(or(ilike(events.titleEn, p), ilike(events.titleZh, p), ilike(events.venueEn, p), ilike(events.organisersEn, p), ilike(events.slug, p))!);
  }
  if (query.publication) where.push(eq(events.publication, query.publication));
  where.push(archivedFilter(events, query.archived));
  if (query.kind) where.push(eq(events.kind, query.kind));
  if (query.year) where.push(sql`${events.startsOn} >= ${`${query.year}-01-01`}::date and ${events.startsOn} < ${`${query.year + 1}-01-01`}::date`);
  if (query.partnership) {
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(eventPartnerships)
          .where(and(eq(eventPartnerships.eventId, events.id), eq(eventPartnerships.partnershipId, query.partnership))),
      ),
    );
  }
  const condition = and(...where);
  const [totalRow] = await db.select({ n: count() }).from(events).where(condition);
  const order =
    query.sort === "title"
      ? [asc(events.titleEn), asc(events.id)]
      : query.sort === "updated"
        ? [desc(events.updatedAt), desc(events.id)]
        : [sql`${events.startsOn} desc nulls last`, desc(events.id)];
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
        publication: events.publication,
        archived: sql<boolean>`${events.archivedAt} is not null`,
        updatedAt: isoTimestamp(events.updatedAt),
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

const slugTaken = (error: unknown) => uniqueAsFieldError(error, { default: new FieldConflictError("slug", "slugTaken") });

const fieldsOf = (input: EventInput, slug: string): EventFields => ({
  ...columnsOf(input, slug),
  partnershipIds: [...input.partnershipIds].sort((a, b) => a - b),
});

export async function createEvent({ input }: { input: EventInput }, actor: Actor | null): Promise<{ id: number; tags: string[] }> {
  assertRole(actor, "editor");
  const db = await getDb();
  return db
    .transaction(async (tx) => {
      const base = slugify([input.titleEn, input.starts?.date.slice(0, 4)].filter(Boolean).join(" ")).slice(0, 100) || "event";
      const slug = input.slug ?? (await firstFreeSlug(tx, events, base));
      return createRecord(tx, { kind: eventKind, actor, next: fieldsOf(input, slug), owned });
    })
    .catch(slugTaken);
}

export async function updateEvent(
  { id, version, input }: { id: number; version: number; input: EventInput },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  assertRole(actor, "editor");
  const db = await getDb();
  return db
    .transaction((tx) =>
      updateRecord(tx, {
        kind: eventKind,
        id,
        version,
        actor,
        next: (before) => fieldsOf(input, input.slug ?? before.slug),
        owned,
      }),
    )
    .catch(slugTaken);
}
