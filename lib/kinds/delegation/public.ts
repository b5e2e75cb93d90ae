import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { delegationEnterprises, delegations } from "@/db/schema";
import { publicTags as tag } from "@/lib/cache-tags";
import { cachedRead } from "@/lib/data/cached-read";
import { listPublishedYears } from "@/lib/data/sql";
import type { DelegationFilter } from "@/lib/public-views";
import { editable, type Columns } from "./definition";

/** What the public sees of delegations: the delegations page and its filters. */

export type PublicDelegation = Columns & {
  enterprises: { nameEn: string; nameZh: string | null; dealAmount: string | null; dealCurrency: string | null }[];
};

/** Published delegations, newest first, each with its enterprises and their deals (one query). */
export async function listPublishedDelegations(filter: { direction?: "incoming" | "outgoing"; year?: number } = {}): Promise<PublicDelegation[]> {
  const db = await getDb();
  const enterprises = sql<PublicDelegation["enterprises"]>`coalesce((select json_agg(json_build_object(
      'nameEn', e.name_en, 'nameZh', e.name_zh, 'dealAmount', e.deal_amount::text, 'dealCurrency', e.deal_currency) order by e.position)
    from ${delegationEnterprises} e where e.delegation_id = "delegations"."id"), '[]'::json)`;
  return db
    .select({ ...editable, enterprises })
    .from(delegations)
    .where(
      and(
        eq(delegations.publication, "published"),
        filter.direction ? eq(delegations.direction, filter.direction) : undefined,
        filter.year ? sql`extract(year from ${delegations.startsOn})::int = ${filter.year}` : undefined,
      ),
    )
    .orderBy(desc(delegations.startsOn), desc(delegations.id));
}

/** The years that have published delegations, newest first, for the year filter. */
export function listDelegationYears(): Promise<number[]> {
  return listPublishedYears(delegations);
}

const reads = {
  delegations: cachedRead(
    "delegations",
    (filter: { direction?: "incoming" | "outgoing"; year?: number }) => listPublishedDelegations(filter),
    () => [tag.delegations],
  ),
  delegationYears: cachedRead("delegation-years", listDelegationYears, () => [tag.delegations]),
};

/** The delegations page for one filter (/delegations and its twin routes): the delegations and the years it offers. */
export async function loadDelegationList(filter: DelegationFilter): Promise<{ delegations: PublicDelegation[]; years: number[] }> {
  const [list, years] = await Promise.all([reads.delegations(filter), reads.delegationYears()]);
  return { delegations: list, years };
}
