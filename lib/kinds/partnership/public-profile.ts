import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { agreements, delegationPartnerships, delegations, eventPartnerships, events, partnerships, partnershipSources, partnershipSteps } from "@/db/schema";
import { strongestFirst, type SourceKind } from "./sources";
import { sourceColumns } from "./definition";
import { signatoriesJson, type Signatory } from "@/lib/kinds/agreement/public";
import { placeColumns, type ProfilePlace } from "@/lib/kinds/place/public";
import { isoTimestamp } from "@/lib/data/sql";
import { home, partner, selectPublicTies, tieNames, type TieNames } from "@/lib/data/ties";

/** A partnership's public profile (/partners/{slug}): the tie, its sources, its timeline and its neighbours. */

type Precision = "year" | "month" | "day" | null;

/** What every entry of a timeline has: when (at its precision) and what. */
interface Dated {
  date: string | null;
  precision: Precision;
  titleEn: string;
  titleZh: string | null;
  /** The title describes the record; no source gives it that name. */
  titleDescriptive: boolean;
}

export type TimelineItem =
  | (Dated & { kind: "agreement"; summaryEn: string | null; summaryZh: string | null; agreementKind: string; signatories: Signatory[] })
  | (Dated & {
      kind: "delegation";
      slug: string;
      direction: string;
      outcomesEn: string | null;
      outcomesZh: string | null;
      dealAmount: string | null;
      dealCurrency: string | null;
    })
  | (Dated & { kind: "event"; slug: string; eventKind: string; descriptionEn: string | null; descriptionZh: string | null });

type Partnership = typeof partnerships.$inferSelect;

export interface PartnershipProfile {
  slug: string;
  type: Partnership["type"];
  status: Partnership["status"];
  establishedOn: string | null;
  establishedPrecision: Partnership["establishedPrecision"];
  summaryEn: string | null;
  summaryZh: string | null;
  bodyEn: string | null;
  bodyZh: string | null;
  sourceNoteEn: string | null;
  sourceNoteZh: string | null;
  /** ISO 8601, UTC. */
  updatedAt: string;
  home: ProfilePlace;
  partner: ProfilePlace;
  /** Strongest first (lib/kinds/partnership/sources.ts). */
  sources: ProfileSource[];
  steps: { date: string; precision: "year" | "month" | "day"; labelEn: string; labelZh: string | null }[];
  timeline: TimelineItem[];
  related: ({ slug: string } & TieNames)[];
}

export interface ProfileSource {
  citation: string;
  url: string | null;
  titleEn: string | null;
  titleZh: string | null;
  kind: SourceKind | null;
  note: string | null;
}

/** The columns a timeline entry of a delegation or an event starts with. */
const datedColumns = (t: typeof delegations | typeof events) => ({
  date: t.startsOn,
  precision: t.datePrecision,
  slug: t.slug,
  titleEn: t.titleEn,
  titleZh: t.titleZh,
  titleDescriptive: t.titleDescriptive,
});

/**
 * A published partnership with everything its public profile shows, in a fixed number of queries whatever the length
 * of its timeline (no query per row). Null for an unknown or unpublished slug: the public sees a 404.
 */
export async function getPublishedPartnership(slug: string): Promise<PartnershipProfile | null> {
  const db = await getDb();
  const [row] = await selectPublicTies(
    db,
    {
      id: partnerships.id,
      slug: partnerships.slug,
      type: partnerships.type,
      status: partnerships.status,
      establishedOn: partnerships.establishedOn,
      establishedPrecision: partnerships.establishedPrecision,
      summaryEn: partnerships.summaryEn,
      summaryZh: partnerships.summaryZh,
      bodyEn: partnerships.bodyEn,
      bodyZh: partnerships.bodyZh,
      sourceNoteEn: partnerships.sourceNoteEn,
      sourceNoteZh: partnerships.sourceNoteZh,
      updatedAt: isoTimestamp(partnerships.updatedAt),
      home: placeColumns(home),
      partner: placeColumns(partner),
    },
    [eq(partnerships.slug, slug)],
  ).limit(1);
  if (!row) return null;

  const [sources, steps, agreementRows, delegationRows, eventRows, related] = await Promise.all([
    db
      .select(sourceColumns)
      .from(partnershipSources)
      .where(eq(partnershipSources.partnershipId, row.id))
      .orderBy(asc(partnershipSources.position)),
    db
      .select({ date: partnershipSteps.occurredOn, precision: partnershipSteps.precision, labelEn: partnershipSteps.labelEn, labelZh: partnershipSteps.labelZh })
      .from(partnershipSteps)
      .where(eq(partnershipSteps.partnershipId, row.id))
      .orderBy(asc(partnershipSteps.occurredOn), asc(partnershipSteps.position)),
    db
      .select({
        date: agreements.signedOn,
        precision: agreements.signedPrecision,
        titleEn: agreements.titleEn,
        titleZh: agreements.titleZh,
        titleDescriptive: agreements.titleDescriptive,
        summaryEn: agreements.summaryEn,
        summaryZh: agreements.summaryZh,
        agreementKind: agreements.kind,
        signatories: signatoriesJson,
      })
      .from(agreements)
      .where(and(eq(agreements.partnershipId, row.id), eq(agreements.publication, "published"))),
    db
      .select({
        ...datedColumns(delegations),
        direction: delegations.direction,
        outcomesEn: delegations.outcomesEn,
        outcomesZh: delegations.outcomesZh,
        dealAmount: delegations.dealAmount,
        dealCurrency: delegations.dealCurrency,
      })
      .from(delegations)
      .innerJoin(delegationPartnerships, eq(delegationPartnerships.delegationId, delegations.id))
      .where(and(eq(delegationPartnerships.partnershipId, row.id), eq(delegations.publication, "published"))),
    db
      .select({ ...datedColumns(events), eventKind: events.kind, descriptionEn: events.descriptionEn, descriptionZh: events.descriptionZh })
      .from(events)
      .innerJoin(eventPartnerships, eq(eventPartnerships.eventId, events.id))
      .where(and(eq(eventPartnerships.partnershipId, row.id), eq(events.publication, "published"))),
    selectPublicTies(db, { slug: partnerships.slug, ...tieNames }, [eq(partner.countryCode, row.partner.countryCode), ne(partnerships.id, row.id)])
      .orderBy(sql`${partnerships.establishedOn} asc nulls last`, asc(partner.nameEn))
      .limit(8),
  ]);

  const timeline: TimelineItem[] = [
    ...agreementRows.map((a) => ({ kind: "agreement" as const, ...a })),
    ...delegationRows.map((d) => ({ kind: "delegation" as const, ...d })),
    ...eventRows.map((e) => ({ kind: "event" as const, ...e })),
  ].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));

  const { id: _id, ...profile } = row;
  return { ...profile, sources: strongestFirst(sources), steps, timeline, related };
}
