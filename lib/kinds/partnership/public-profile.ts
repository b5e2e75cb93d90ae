import "server-only";
import { listPublicAttachmentsOfTie, type PublicAttachment } from "@/lib/attachments/public";
import { and, asc, count, desc, eq, isNotNull, ne, sql, type SQL } from "drizzle-orm";
import type { PgSelect, PgTable } from "drizzle-orm/pg-core";
import { getDb, type Db } from "@/db";
import { agreements, delegationPartnerships, delegations, eventPartnerships, events, partnerships, partnershipSources, partnershipSteps } from "@/db/schema";
import { strongestFirst, type SourceKind } from "./sources";
import { sourceColumns } from "./definition";
import { signatoriesJson, type Signatory } from "@/lib/kinds/agreement/public";
import { placeColumns, type ProfilePlace } from "@/lib/kinds/place/public";
import { isoTimestamp } from "@/lib/data/sql";
import { home, partner, selectPublicTies, tieNames, type TieNames } from "@/lib/data/ties";
import { listPage } from "@/lib/records/lists";
import { publicPageSize, type Page } from "@/lib/records/paging";
import type { TimelineKind } from "@/lib/public-views";

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
  | (Dated & {
      kind: "agreement";
      summaryEn: string | null;
      summaryZh: string | null;
      agreementKind: string;
      signedPlaceEn: string | null;
      signedPlaceZh: string | null;
      signatories: Signatory[];
    })
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
  /** The latest entries of the timeline, newest first (at most profileTimelineSize); the rest are on its pages by kind. */
  timeline: TimelineItem[];
  /** How many entries of each kind the whole timeline has. */
  counts: Record<TimelineKind, number>;
  /** The deals of its delegations, summed exactly by currency ("1250000.000"), in the order of the currencies' codes. */
  deals: [currency: string, amount: string][];
  related: ({ slug: string } & TieNames)[];
  /** Its public photos and documents, then its agreements' (lib/attachments/public.ts). */
  gallery: PublicAttachment[];
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

  const id = row.id;
  const [sources, steps, agreementRows, delegationRows, eventRows, related, counts, deals, gallery] = await Promise.all([
    db
      .select(sourceColumns)
      .from(partnershipSources)
      .where(eq(partnershipSources.partnershipId, id))
      .orderBy(asc(partnershipSources.position)),
    db
      .select({ date: partnershipSteps.occurredOn, precision: partnershipSteps.precision, labelEn: partnershipSteps.labelEn, labelZh: partnershipSteps.labelZh })
      .from(partnershipSteps)
      .where(eq(partnershipSteps.partnershipId, id))
      .orderBy(asc(partnershipSteps.occurredOn), asc(partnershipSteps.position)),
    timelineOf.agreement(db, id).orderBy(...timelineOrder.agreement).limit(profileTimelineSize),
    timelineOf.delegation(db, id).orderBy(...timelineOrder.delegation).limit(profileTimelineSize),
    timelineOf.event(db, id).orderBy(...timelineOrder.event).limit(profileTimelineSize),
    selectPublicTies(db, { slug: partnerships.slug, ...tieNames }, [eq(partner.countryCode, row.partner.countryCode), ne(partnerships.id, id)])
      .orderBy(sql`${partnerships.establishedOn} asc nulls last`, asc(partner.nameEn))
      .limit(8),
    timelineCounts(db, id),
    db
      .select({ currency: sql<string>`${delegations.dealCurrency}`, amount: sql<string>`sum(${delegations.dealAmount})::text` })
      .from(delegations)
      .innerJoin(delegationPartnerships, eq(delegationPartnerships.delegationId, delegations.id))
      .where(and(eq(delegationPartnerships.partnershipId, id), eq(delegations.publication, "published"), isNotNull(delegations.dealAmount), isNotNull(delegations.dealCurrency)))
      .groupBy(delegations.dealCurrency)
      .orderBy(asc(delegations.dealCurrency)),
    listPublicAttachmentsOfTie({ id }),
  ]);

  // The latest of each kind, merged: the latest of all (an entry without a date last).
  const timeline = newestFirst([...agreementRows.map(asAgreement), ...delegationRows.map(asDelegation), ...eventRows.map(asEvent)]).slice(0, profileTimelineSize);

  const { id: _id, ...profile } = row;
  return {
    ...profile,
    sources: strongestFirst(sources),
    steps,
    timeline,
    counts,
    deals: deals.map((d): [string, string] => [d.currency, d.amount]),
    related,
    gallery,
  };
}

/** How many entries of a timeline a profile shows: the latest; a reader finds the rest on the pages of each kind. */
export const profileTimelineSize = 10;

const asAgreement = (a: Omit<Extract<TimelineItem, { kind: "agreement" }>, "kind">): TimelineItem => ({ kind: "agreement", ...a });
const asDelegation = (d: Omit<Extract<TimelineItem, { kind: "delegation" }>, "kind">): TimelineItem => ({ kind: "delegation", ...d });
const asEvent = (e: Omit<Extract<TimelineItem, { kind: "event" }>, "kind">): TimelineItem => ({ kind: "event", ...e });

function newestFirst(items: TimelineItem[]): TimelineItem[] {
  return items.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
}

/** The published entries of one kind of a partnership's timeline, unordered (for a count, or ordered and cut to a page). */
const timelineOf = {
  agreement: (db: Db, partnershipId: number) =>
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
        signedPlaceEn: agreements.signedPlaceEn,
        signedPlaceZh: agreements.signedPlaceZh,
        signatories: signatoriesJson,
      })
      .from(agreements)
      .where(and(eq(agreements.partnershipId, partnershipId), eq(agreements.publication, "published")))
      .$dynamic(),
  delegation: (db: Db, partnershipId: number) =>
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
      .where(and(eq(delegationPartnerships.partnershipId, partnershipId), eq(delegations.publication, "published")))
      .$dynamic(),
  event: (db: Db, partnershipId: number) =>
    db
      .select({ ...datedColumns(events), eventKind: events.kind, descriptionEn: events.descriptionEn, descriptionZh: events.descriptionZh })
      .from(events)
      .innerJoin(eventPartnerships, eq(eventPartnerships.eventId, events.id))
      .where(and(eq(eventPartnerships.partnershipId, partnershipId), eq(events.publication, "published")))
      .$dynamic(),
};

/** Newest first, an entry without a date last; the id settles a tie, so that pages neither repeat nor skip one. */
const timelineOrder: Record<TimelineKind, SQL[]> = {
  agreement: [sql`${agreements.signedOn} desc nulls last`, desc(agreements.id)],
  delegation: [sql`${delegations.startsOn} desc nulls last`, desc(delegations.id)],
  event: [sql`${events.startsOn} desc nulls last`, desc(events.id)],
};

async function timelineCounts(db: Db, partnershipId: number): Promise<Record<TimelineKind, number>> {
  const counted = (query: PgSelect) =>
    // Drizzle can't follow a generic selection into a subquery's type; the count reads no column of it.
    db.select({ n: count() }).from(query.as("entries") as unknown as PgTable).then(([r]) => r?.n ?? 0);
  const [agreement, delegation, event] = await Promise.all([
    counted(timelineOf.agreement(db, partnershipId)),
    counted(timelineOf.delegation(db, partnershipId)),
    counted(timelineOf.event(db, partnershipId)),
  ]);
  return { agreement, delegation, event };
}

/**
 * One page of a published partnership's timeline of one kind, newest first (/partners/{slug}?kind=event&page=2), or
 * null for an unknown or unpublished slug. A page past the last is answered as asked, with no items, as the directory
 * answers it: the page says that it does not exist and links to the last one.
 */
export async function getPartnershipTimeline(slug: string, kind: TimelineKind, page: number): Promise<Page<TimelineItem> | null> {
  const db = await getDb();
  const [row] = await selectPublicTies(db, { id: partnerships.id }, [eq(partnerships.slug, slug)]).limit(1);
  if (!row) return null;
  const options = { size: publicPageSize, pastTheEnd: "asked" } as const;
  switch (kind) {
    case "agreement": {
      const result = await listPage(db, page, timelineOrder.agreement, timelineOf.agreement(db, row.id), options);
      return { ...result, items: result.items.map(asAgreement) };
    }
    case "delegation": {
      const result = await listPage(db, page, timelineOrder.delegation, timelineOf.delegation(db, row.id), options);
      return { ...result, items: result.items.map(asDelegation) };
    }
    case "event": {
      const result = await listPage(db, page, timelineOrder.event, timelineOf.event(db, row.id), options);
      return { ...result, items: result.items.map(asEvent) };
    }
  }
}
