import "server-only";
import { defineKind, usedByNothing } from "@/lib/records/kind";
import { profilesOf } from "@/lib/records/impact";
import { publicTags as tag, tagSet } from "@/lib/cache-tags";
import { eq, sql } from "drizzle-orm";
import { type Db, type Tx } from "@/db";
import { eventPartnerships, events } from "@/db/schema";
import type { EventInput } from "./validation";
import { linkedPartnershipIds } from "@/lib/data/links";
import { RecordNotFoundError } from "@/lib/records/errors";

export const editable = {
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
};

export type Columns = { [K in keyof typeof editable]: (typeof events.$inferSelect)[K] };
export type EventFields = Columns & { partnershipIds: number[] };

/** A time column reads back as "14:30:00"; forms and the audit log use "14:30". */
const hhmm = (time: string | null) => (time ? time.slice(0, 5) : null);

export function columnsOf(input: EventInput, slug: string): Columns {
  return {
    slug,
    kind: input.kind,
    titleEn: input.titleEn,
    titleZh: input.titleZh,
    startsOn: input.starts?.date ?? null,
    endsOn: input.ends?.date ?? null,
    datePrecision: input.starts?.precision ?? null,
    startTime: input.startTime,
    endTime: input.endTime,
    timeZone: input.timeZone,
    online: input.online,
    venueEn: input.venueEn,
    venueZh: input.venueZh,
    organisersEn: input.organisersEn,
    organisersZh: input.organisersZh,
    descriptionEn: input.descriptionEn,
    descriptionZh: input.descriptionZh,
  };
}

export async function snapshot(db: Db | Tx, id: number): Promise<EventFields> {
  const [row] = await db.select(editable).from(events).where(eq(events.id, id));
  if (!row) throw new RecordNotFoundError(`No event ${id}.`);
  return { ...row, startTime: hhmm(row.startTime), endTime: hhmm(row.endTime), partnershipIds: await linkedPartnershipIds(db, "event", id) };
}

/** Which public pages show it (lib/records/impact.ts). */
async function impact(tx: Tx, id: number): Promise<string[]> {
  const [row] = await tx.select({ slug: events.slug, publication: events.publication }).from(events).where(eq(events.id, id));
  if (!row || row.publication !== "published") return [];
  const links = await tx
    .select({ id: eventPartnerships.partnershipId })
    .from(eventPartnerships)
    .where(eq(eventPartnerships.eventId, id));
  return tagSet(tag.events, tag.event(row.slug), ...(await profilesOf(tx, links.map((l) => l.id))));
}

export const eventKind = defineKind({
  name: "event",
  section: "events",
  messages: "Events",
  table: events,
  snapshot,
  impact,
  uses: usedByNothing,
  title: sql<string>`${events.titleEn}`,
});
