import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { agreementSignatories, agreements, partnerships } from "@/db/schema";
import { publicTags as tag } from "@/lib/cache-tags";
import { cachedRead } from "@/lib/data/cached-read";
import type { FeedEntry } from "@/lib/data/feeds";
import { afterDescNullsLast, isoTimestamp } from "@/lib/data/sql";
import type { PgSelect, SelectedFields } from "drizzle-orm/pg-core";
import { listPage, startsInYear } from "@/lib/records/lists";
import { publicPageSize, type Page } from "@/lib/records/paging";
import { home, joinHome, joinPartner, partner, publicTie, tieNames, type TieNames } from "@/lib/data/ties";

/**
 * What the public sees of agreements: the register, the latest on the home page, a partnership's timeline (its
 * signatories) and the feed. Only published agreements of partnerships the public may see.
 */

export interface Signatory {
  name: string;
  nameZh: string | null;
  office: string;
  officeZh: string | null;
  side: string;
}

/**
 * An agreement's signatories, in order, as a JSON array in the agreement's row (no query per agreement). The outer
 * row's id is written out qualified: inside a selected field drizzle renders a column bare ("id"), which the subquery
 * would resolve to its own table's id.
 */
export const signatoriesJson = sql<Signatory[]>`coalesce((select json_agg(json_build_object(
    'name', s.name, 'nameZh', s.name_zh, 'office', s.office, 'officeZh', s.office_zh, 'side', s.side) order by s.position)
  from ${agreementSignatories} s where s.agreement_id = "agreements"."id"), '[]'::json)`;

/** `fields` of the published agreements of the partnerships the public may see, newest first unless told otherwise. */
async function selectPublicAgreements<T extends SelectedFields>(fields: T, options: { limit?: number; orderBy?: SQL[] } = {}) {
  const db = await getDb();
  const query = db
    .select(fields as SelectedFields)
    .from(agreements)
    .innerJoin(partnerships, eq(partnerships.id, agreements.partnershipId))
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(and(eq(agreements.publication, "published"), publicTie))
    .orderBy(...(options.orderBy ?? [sql`${agreements.signedOn} desc nulls last`, desc(agreements.id)]))
    .$dynamic();
  // Drizzle can't follow a join's types through a generic selection (see selectPublicTies in lib/data/ties.ts).
  return (options.limit ? query.limit(options.limit) : query) as unknown as PgSelect<"agreements", T, "partial", AgreementTables>;
}

type AgreementTables = { agreements: "not-null"; partnerships: "not-null"; home: "not-null"; partner: "not-null" };

export interface RegisterAgreement extends TieNames {
  titleEn: string;
  titleZh: string | null;
  kind: string;
  status: string;
  signedOn: string | null;
  signedPrecision: "year" | "month" | "day" | null;
  partnershipSlug: string;
  signatories: Signatory[];
}

const headline = {
  titleEn: agreements.titleEn,
  titleZh: agreements.titleZh,
  signedOn: agreements.signedOn,
  signedPrecision: agreements.signedPrecision,
  partnershipSlug: partnerships.slug,
};

/**
 * One page of the register of published agreements of published partnerships, newest first (undated last). A page past
 * the last is answered as asked, with no items, as the directory answers it.
 */
export async function listAgreementRegister(page = 1): Promise<Page<RegisterAgreement>> {
  const db = await getDb();
  const query = db
    .select({ ...headline, kind: agreements.kind, status: agreements.status, ...tieNames, signatories: signatoriesJson })
    .from(agreements)
    .innerJoin(partnerships, eq(partnerships.id, agreements.partnershipId))
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(and(eq(agreements.publication, "published"), publicTie))
    .$dynamic();
  return listPage(db, page, [sql`${agreements.signedOn} desc nulls last`, desc(agreements.id)], query, { size: publicPageSize, pastTheEnd: "asked" });
}

/** An agreement in the JSON API's list: the register's, with its summary, place of signing and expiry. */
export interface ListedAgreement extends RegisterAgreement {
  summaryEn: string | null;
  summaryZh: string | null;
  signedPlaceEn: string | null;
  signedPlaceZh: string | null;
  expiresOn: string | null;
}

/** Where a page of agreements starts: after the agreement signed then (null: undated) with this id. */
export type AgreementKey = [signedOn: string | null, id: number];

export interface AgreementFilter {
  kind?: (typeof agreements.$inferSelect)["kind"] | undefined;
  /** Signed in this year. */
  year?: number | undefined;
  partnership?: string | undefined;
}

/**
 * The register's agreements (published, of public ties), newest first (undated last; the id settles a tie), `limit`
 * of them after `after`: keyset paging for the JSON API (/api/v1/agreements). `next` is the last one's key when more
 * follow.
 */
export async function listPublicAgreementsAfter(
  filter: AgreementFilter,
  page: { after: AgreementKey | null; limit: number },
): Promise<{ items: ListedAgreement[]; next: AgreementKey | null }> {
  const db = await getDb();
  const rows = await db
    .select({
      id: agreements.id,
      ...headline,
      kind: agreements.kind,
      status: agreements.status,
      summaryEn: agreements.summaryEn,
      summaryZh: agreements.summaryZh,
      signedPlaceEn: agreements.signedPlaceEn,
      signedPlaceZh: agreements.signedPlaceZh,
      expiresOn: agreements.expiresOn,
      ...tieNames,
      signatories: signatoriesJson,
    })
    .from(agreements)
    .innerJoin(partnerships, eq(partnerships.id, agreements.partnershipId))
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(
      and(
        eq(agreements.publication, "published"),
        publicTie,
        filter.kind ? eq(agreements.kind, filter.kind) : undefined,
        filter.year ? startsInYear(agreements.signedOn, filter.year) : undefined,
        filter.partnership ? eq(partnerships.slug, filter.partnership) : undefined,
        page.after ? afterDescNullsLast(agreements.signedOn, agreements.id, page.after[0], page.after[1]) : undefined,
      ),
    )
    .orderBy(sql`${agreements.signedOn} desc nulls last`, desc(agreements.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit);
  const last = rows.length > page.limit ? items[items.length - 1] : undefined;
  return { items: items.map(({ id: _id, ...agreement }) => agreement), next: last ? [last.signedOn, last.id] : null };
}

export type LatestAgreement = Pick<RegisterAgreement, "titleEn" | "titleZh" | "signedOn" | "signedPrecision" | "partnershipSlug">;

export function listLatestAgreements(limit = 5): Promise<LatestAgreement[]> {
  return selectPublicAgreements(headline, { limit });
}

/** The most recently changed published agreements, for the Atom feed (lib/data/feeds.ts). */
export async function listRecentAgreementChanges(limit: number): Promise<FeedEntry[]> {
  const rows = await selectPublicAgreements(
    { slug: partnerships.slug, titleEn: agreements.titleEn, summaryEn: agreements.summaryEn, updatedAt: isoTimestamp(agreements.updatedAt) },
    { limit, orderBy: [desc(agreements.updatedAt)] },
  );
  return rows.map((x) => ({ kind: "agreement", path: `/partners/${x.slug}`, titleEn: x.titleEn, summaryEn: x.summaryEn, bodyEn: null, updatedAt: x.updatedAt }));
}

/** A published agreement in the open data file (/data/agreements.json). */
export interface OpenAgreement {
  titleEn: string;
  titleZh: string | null;
  titleDescriptive: boolean;
  kind: string;
  status: string;
  signedOn: string | null;
  signedPrecision: "year" | "month" | "day" | null;
  signedPlaceEn: string | null;
  signedPlaceZh: string | null;
  expiresOn: string | null;
  summaryEn: string | null;
  summaryZh: string | null;
  partnershipSlug: string;
  signatories: Signatory[];
  /** ISO 8601, UTC: the latest change to the agreement, its partnership or the partnership's places. */
  updatedAt: string;
}

/** Every published agreement of a public partnership, the latest signed first (undated last), with its signatories. */
export function listOpenAgreements(): Promise<OpenAgreement[]> {
  return selectPublicAgreements({
    titleEn: agreements.titleEn,
    titleZh: agreements.titleZh,
    titleDescriptive: agreements.titleDescriptive,
    kind: agreements.kind,
    status: agreements.status,
    signedOn: agreements.signedOn,
    signedPrecision: agreements.signedPrecision,
    signedPlaceEn: agreements.signedPlaceEn,
    signedPlaceZh: agreements.signedPlaceZh,
    expiresOn: agreements.expiresOn,
    summaryEn: agreements.summaryEn,
    summaryZh: agreements.summaryZh,
    partnershipSlug: partnerships.slug,
    signatories: signatoriesJson,
    updatedAt: isoTimestamp(sql`greatest(${agreements.updatedAt}, ${partnerships.updatedAt}, ${home.updatedAt}, ${partner.updatedAt})`),
  });
}

export const latestAgreements = cachedRead("latest-agreements", listLatestAgreements, () => [tag.agreements, tag.ties]);
const agreementRegister = cachedRead("agreement-register", (page: number) => listAgreementRegister(page), () => [tag.agreements, tag.ties]);

const agreementsAfter = cachedRead("agreements-after", listPublicAgreementsAfter, () => [tag.agreements, tag.ties]);

/** A page of the register's agreements for the JSON API. */
export function loadAgreementsAfter(filter: AgreementFilter, page: { after: AgreementKey | null; limit: number }) {
  return agreementsAfter(filter, page);
}

/** A page of the agreements register (/agreements, /agreements?page=2). */
export function loadAgreementRegister(page: number): Promise<Page<RegisterAgreement>> {
  return agreementRegister(page);
}
