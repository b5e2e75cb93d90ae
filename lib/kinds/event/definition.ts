import "server-only";
import { recordFormValues, type FormValues } from "@/lib/forms";
import { linkedToOffice } from "@/lib/records/offices";
import { defineKind, pickColumns, usedByNothing } from "@/lib/records/kind";
import { formatPartialDate } from "@/lib/validation/dates";
import { profilesOf } from "@/lib/records/impact";
import { publicTags as tag, tagSet } from "@/lib/cache-tags";
import { eq, sql } from "drizzle-orm";
import { type Db, type Tx } from "@/db";
import { eventPartnerships, events } from "@/db/schema";
import type { EventField, EventInput } from "./validation";
import { linkedPartnershipIds } from "@/lib/data/links";
import { RecordNotFoundError } from "@/lib/records/errors";

/** An event's own columns that staff edit; its partnerships are links. */
export const editable = pickColumns(events, [
  "slug", "kind", "titleEn", "titleZh", "titleDescriptive", "startsOn", "endsOn", "datePrecision", "startTime", "endTime",
  "timeZone", "online", "venueEn", "venueZh", "organisersEn", "organisersZh", "descriptionEn", "descriptionZh",
]);

type Columns = Pick<typeof events.$inferSelect, keyof typeof editable>;
export type EventFields = Columns & { partnershipIds: number[] };

/** A time column reads back as "14:30:00"; forms and the audit log use "14:30". */
const hhmm = (time: string | null) => (time ? time.slice(0, 5) : null);

/** What the form sent, as the event stores it. */
export function eventFields(input: EventInput, slug: string): EventFields {
  return {
    slug,
    kind: input.kind,
    titleEn: input.titleEn,
    titleZh: input.titleZh,
    titleDescriptive: input.titleDescriptive,
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
    partnershipIds: [...input.partnershipIds].sort((a, b) => a - b),
  };
}

/** An event as its form shows it. */
export function eventFormValues(f: EventFields): FormValues {
  return recordFormValues<EventField, EventFields>(
    f,
    [
      "slug", "kind", "titleEn", "titleZh", "titleDescriptive", "startTime", "endTime", "timeZone", "online", "venueEn", "venueZh",
      "organisersEn", "organisersZh", "descriptionEn", "descriptionZh", "partnershipIds",
    ],
    { starts: formatPartialDate(f.startsOn, f.datePrecision), ends: f.endsOn },
  );
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
  titleZh: sql<string | null>`nullif(${events.titleZh}, '')`,
  // The office of any tie it is linked to.
  office: {
    changes: (office) => linkedToOffice({ table: eventPartnerships, owner: eventPartnerships.eventId, tie: eventPartnerships.partnershipId }, events.id, office),
  },
  translated: [
    { en: "titleEn", zh: "titleZh", required: true },
    { en: "venueEn", zh: "venueZh" },
    { en: "organisersEn", zh: "organisersZh" },
    { en: "descriptionEn", zh: "descriptionZh" },
  ],
  reads: {
    kind: { enum: "eventKinds" },
    startsOn: { dateAt: "datePrecision" },
    datePrecision: { partOf: "startsOn" },
    endsOn: { day: true },
    partnershipIds: { ref: "partnership" },
  },
});
