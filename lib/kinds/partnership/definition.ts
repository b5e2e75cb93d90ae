import "server-only";
import { defineKind, type Use } from "@/lib/records/kind";
import { partnershipPages } from "@/lib/records/impact";
import { tagSet } from "@/lib/cache-tags";
import { asc, eq, sql } from "drizzle-orm";
import { type Db, type Tx } from "@/db";
import { agreements, delegationPartnerships, delegations, eventPartnerships, events, partnershipSources, partnerships, places } from "@/db/schema";
import type { PartnershipInput } from "./validation";
import { RecordNotFoundError } from "@/lib/records/errors";

export const editable = {
  slug: partnerships.slug,
  homePlaceId: partnerships.homePlaceId,
  partnerPlaceId: partnerships.partnerPlaceId,
  type: partnerships.type,
  status: partnerships.status,
  establishedOn: partnerships.establishedOn,
  establishedPrecision: partnerships.establishedPrecision,
  featured: partnerships.featured,
  summaryEn: partnerships.summaryEn,
  summaryZh: partnerships.summaryZh,
  bodyEn: partnerships.bodyEn,
  bodyZh: partnerships.bodyZh,
};

export type PartnershipColumns = { [K in keyof typeof editable]: (typeof partnerships.$inferSelect)[K] };
export type PartnershipFields = PartnershipColumns & { sources: { citation: string; url: string | null; note: string | null }[] };

/** The columns a partnership's input becomes (a partial date is a date and its precision). */
export function columnsOf(input: PartnershipInput, slug: string): PartnershipColumns {
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
  };
}

export async function snapshot(tx: Db | Tx, id: number): Promise<PartnershipFields> {
  const [row] = await tx.select(editable).from(partnerships).where(eq(partnerships.id, id));
  if (!row) throw new RecordNotFoundError(`No partnership ${id}.`);
  const sources = await tx
    .select({ citation: partnershipSources.citation, url: partnershipSources.url, note: partnershipSources.note })
    .from(partnershipSources)
    .where(eq(partnershipSources.partnershipId, id))
    .orderBy(asc(partnershipSources.position));
  return { ...row, sources };
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
});
