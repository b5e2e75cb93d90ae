import "server-only";
import { recordFormValues, type FormValues } from "@/lib/forms";
import { qualified } from "@/lib/records/offices";
import { defineKind, pickColumns, type Use } from "@/lib/records/kind";
import { formatPartialDate } from "@/lib/validation/dates";
import { partnershipPages } from "@/lib/records/impact";
import { tagSet } from "@/lib/cache-tags";
import { asc, eq, sql } from "drizzle-orm";
import { type Db, type Tx } from "@/db";
import { agreements, delegationPartnerships, delegations, eventPartnerships, events, partnershipSources, partnershipSteps, partnerships, places } from "@/db/schema";
import type { PartnershipField, PartnershipInput } from "./validation";
import { RecordNotFoundError } from "@/lib/records/errors";

/** A partnership's own columns that staff edit; its sources and the steps of its history are its own rows. */
export const editable = pickColumns(partnerships, [
  "slug", "homePlaceId", "partnerPlaceId", "type", "status", "establishedOn", "establishedPrecision",
  "featured", "summaryEn", "summaryZh", "bodyEn", "bodyZh", "sourceNoteEn", "sourceNoteZh",
]);

type Columns = Pick<typeof partnerships.$inferSelect, keyof typeof editable>;
/** A source as staff edit it and the public profile shows it. */
export const sourceColumns = {
  citation: partnershipSources.citation,
  url: partnershipSources.url,
  titleEn: partnershipSources.titleEn,
  titleZh: partnershipSources.titleZh,
  kind: partnershipSources.kind,
  note: partnershipSources.note,
};

type Source = Pick<typeof partnershipSources.$inferSelect, keyof typeof sourceColumns>;
type Step = Pick<typeof partnershipSteps.$inferSelect, "occurredOn" | "precision" | "labelEn" | "labelZh">;
export type PartnershipFields = Columns & { sources: Source[]; steps: Step[] };

/** What the form sent, as the partnership stores it (a partial date is a date and its precision). */
export function partnershipFields(input: PartnershipInput, slug: string): PartnershipFields {
  return {
    slug,
    homePlaceId: input.homePlaceId,
    partnerPlaceId: input.partnerPlaceId,
    type: input.type,
    status: input.status,
    establishedOn: input.established?.date ?? null,
    establishedPrecision: input.established?.precision ?? null,
    featured: input.featured,
    summaryEn: input.summaryEn,
    summaryZh: input.summaryZh,
    bodyEn: input.bodyEn,
    bodyZh: input.bodyZh,
    sourceNoteEn: input.sourceNoteEn,
    sourceNoteZh: input.sourceNoteZh,
    sources: input.sources,
    steps: input.steps.map((s) => ({ occurredOn: s.date.date, precision: s.date.precision, labelEn: s.labelEn, labelZh: s.labelZh })),
  };
}

/** A partnership as its form shows it. */
export function partnershipFormValues(f: PartnershipFields): FormValues {
  return recordFormValues<PartnershipField, PartnershipFields>(
    f,
    ["slug", "homePlaceId", "partnerPlaceId", "type", "status", "summaryEn", "summaryZh", "bodyEn", "bodyZh", "sourceNoteEn", "sourceNoteZh", "featured"],
    { established: formatPartialDate(f.establishedOn, f.establishedPrecision) },
    {
      sources: f.sources,
      steps: f.steps.map((s) => ({ date: formatPartialDate(s.occurredOn, s.precision), labelEn: s.labelEn, labelZh: s.labelZh })),
    },
  );
}

export async function snapshot(tx: Db | Tx, id: number): Promise<PartnershipFields> {
  // The three at once: one round trip to a server database instead of two (an import takes one per partnership).
  const [[row], sources, steps] = await Promise.all([
    tx.select(editable).from(partnerships).where(eq(partnerships.id, id)),
    tx
      .select(sourceColumns)
      .from(partnershipSources)
      .where(eq(partnershipSources.partnershipId, id))
      .orderBy(asc(partnershipSources.position)),
    tx
      .select({ occurredOn: partnershipSteps.occurredOn, precision: partnershipSteps.precision, labelEn: partnershipSteps.labelEn, labelZh: partnershipSteps.labelZh })
      .from(partnershipSteps)
      .where(eq(partnershipSteps.partnershipId, id))
      .orderBy(asc(partnershipSteps.position)),
  ]);
  if (!row) throw new RecordNotFoundError(`No partnership ${id}.`);
  return { ...row, sources, steps };
}

/** Which public pages show it (lib/records/impact.ts). */
async function impact(tx: Tx, id: number): Promise<string[]> {
  return tagSet(...(await partnershipPages(tx, [id])));
}

/** What depends on a partnership: its agreements, and the delegations and events linked to it. */
async function uses(tx: Tx, id: number): Promise<Use[]> {
  const [a, d, e] = await Promise.all([
    tx.select({ label: agreements.titleEn }).from(agreements).where(eq(agreements.partnershipId, id)),
    tx
      .select({ label: delegations.titleEn })
      .from(delegationPartnerships)
      .innerJoin(delegations, eq(delegations.id, delegationPartnerships.delegationId))
      .where(eq(delegationPartnerships.partnershipId, id)),
    tx
      .select({ label: events.titleEn })
      .from(eventPartnerships)
      .innerJoin(events, eq(events.id, eventPartnerships.eventId))
      .where(eq(eventPartnerships.partnershipId, id)),
  ]);
  return [
    ...a.map((r) => ({ kind: "agreement" as const, label: r.label })),
    ...d.map((r) => ({ kind: "delegation" as const, label: r.label })),
    ...e.map((r) => ({ kind: "event" as const, label: r.label })),
  ];
}

export const partnershipKind = defineKind({
  name: "partnership",
  section: "partnerships",
  messages: "Partnerships",
  table: partnerships,
  snapshot,
  impact,
  uses: uses,
  title: sql<string>`(select h.name_en from ${places} h where h.id = ${partnerships.homePlaceId}) || ' – ' || (select p.name_en from ${places} p where p.id = ${partnerships.partnerPlaceId})`,
  titleZh: sql<string | null>`(select coalesce(nullif(h.name_zh, ''), h.name_en) from ${places} h where h.id = ${partnerships.homePlaceId}) || '—' || (select coalesce(nullif(p.name_zh, ''), p.name_en) from ${places} p where p.id = ${partnerships.partnerPlaceId})`,
  // Its Shandong side's office.
  office: { changes: (office) => sql<boolean>`${qualified(partnerships.homePlaceId)} = ${office}` },
  translated: [
    { en: "summaryEn", zh: "summaryZh" },
    { en: "bodyEn", zh: "bodyZh" },
    { en: "sourceNoteEn", zh: "sourceNoteZh" },
  ],
  reads: {
    homePlaceId: { ref: "place" },
    partnerPlaceId: { ref: "place" },
    type: { enum: "partnershipTypes" },
    status: { enum: "partnershipStatuses" },
    establishedOn: { dateAt: "establishedPrecision" },
    establishedPrecision: { partOf: "establishedOn" },
    sources: { rows: { kind: { enum: "sourceKinds" } }, columns: ["citation", "titleEn", "titleZh", "kind", "url", "note"] },
    steps: { rows: { occurredOn: { dateAt: "precision" }, precision: { partOf: "occurredOn" } }, columns: ["occurredOn", "labelEn", "labelZh"] },
  },
});
