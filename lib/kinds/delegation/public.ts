import "server-only";
import type { PublicAttachment } from "@/lib/attachments/public";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { attachments, delegationEnterprises, delegations } from "@/db/schema";
import { publicTags as tag } from "@/lib/cache-tags";
import { cachedRead } from "@/lib/data/cached-read";
import { listPublishedYears } from "@/lib/data/sql";
import type { DelegationFilter } from "@/lib/public-views";
import { officeToday } from "@/lib/office-clock";
import { listPage } from "@/lib/records/lists";
import { publicPageSize, type Page } from "@/lib/records/paging";
import { editable, type Columns } from "./definition";

/** What the public sees of delegations: the delegations page and its filters. */

export type PublicDelegation = Columns & {
  enterprises: { nameEn: string; nameZh: string | null; dealAmount: string | null; dealCurrency: string | null }[];
  /** Its public photos and documents, in gallery order (a delegation has no page of its own: they show in the list). */
  gallery: PublicAttachment[];
};

/** A delegation on the delegations page: still to come (or under way, on a known day) on the office's `today`, or past. */
export type ListedDelegation = PublicDelegation & { upcoming: boolean };

/**
 * One page of the published delegations, each with its enterprises and their deals (one query for the page): those
 * still to come first, the soonest first, then the past ones, the latest first. `today` is the office's day. A page
 * past the last is answered as asked, with no items, as the directory answers it.
 */
export async function listPublishedDelegations(
  filter: { direction?: "incoming" | "outgoing"; year?: number; page?: number } = {},
  today: string = officeToday(),
): Promise<Page<ListedDelegation>> {
  const db = await getDb();
  const enterprises = sql<PublicDelegation["enterprises"]>`coalesce((select json_agg(json_build_object(
      'nameEn', e.name_en, 'nameZh', e.name_zh, 'dealAmount', e.deal_amount::text, 'dealCurrency', e.deal_currency) order by e.position)
    from ${delegationEnterprises} e where e.delegation_id = "delegations"."id"), '[]'::json)`;
  // The list holds published delegations only, so their public files are the public's.
  const gallery = sql<PublicAttachment[]>`coalesce((select json_agg(json_build_object(
      'id', a.id, 'kind', a.kind, 'mediaType', a.media_type, 'fileName', a.file_name, 'byteSize', a.byte_size, 'sha256', a.sha256,
      'width', a.width, 'height', a.height, 'pageCount', a.page_count, 'renditionWidths', a.rendition_widths,
      'captionEn', a.caption_en, 'captionZh', a.caption_zh, 'altEn', a.alt_en, 'altZh', a.alt_zh, 'credit', a.credit) order by a.position, a.id)
    from ${attachments} a where a.delegation_id = "delegations"."id" and a.is_public), '[]'::json)`;
  const upcoming = sql<boolean>`(${delegations.datePrecision} = 'day' and coalesce(${delegations.endsOn}, ${delegations.startsOn}) >= ${today}::date)`;
  const query = db
    .select({ ...editable, enterprises, gallery, upcoming })
    .from(delegations)
    .where(
      and(
        eq(delegations.publication, "published"),
        filter.direction ? eq(delegations.direction, filter.direction) : undefined,
        filter.year ? sql`extract(year from ${delegations.startsOn})::int = ${filter.year}` : undefined,
      ),
    )
    .$dynamic();
  const order = [
    sql`${upcoming} desc`,
    sql`case when ${upcoming} then ${delegations.startsOn} end asc`,
    desc(delegations.startsOn),
    desc(delegations.id),
  ];
  return listPage(db, filter.page ?? 1, order, query, { size: publicPageSize, pastTheEnd: "asked" });
}

/** The years that have published delegations, newest first, for the year filter. */
export function listDelegationYears(): Promise<number[]> {
  return listPublishedYears(delegations);
}

const reads = {
  delegations: cachedRead(
    "delegations",
    (filter: DelegationFilter, today: string) => listPublishedDelegations(filter, today),
    () => [tag.delegations],
  ),
  delegationYears: cachedRead("delegation-years", listDelegationYears, () => [tag.delegations]),
};

/** The delegations page for one filter and page (/delegations and its twin routes): its delegations and the years it offers. */
export async function loadDelegationList(filter: DelegationFilter): Promise<{ result: Page<ListedDelegation>; years: number[] }> {
  const [result, years] = await Promise.all([reads.delegations(filter, officeToday()), reads.delegationYears()]);
  return { result, years };
}
