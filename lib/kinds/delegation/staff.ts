import "server-only";
import { pickColumns } from "@/lib/records/kind";
import { listConditions, listPage, listOrder, listStateColumns, startsInYear, type PageOrAll } from "@/lib/records/lists";
import { delegationFields, delegationKind, normalAmount, type DelegationFields } from "./definition";
import { and, asc, desc, eq, exists, ilike, or, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { delegationEnterprises, delegations } from "@/db/schema";
import type { DelegationInput, DelegationListQuery } from "./validation";
import { slugWithYear } from "@/lib/slug";
import { linkedTo, getLinkedRecord, linkWriter } from "@/lib/data/links";
import { withSlug } from "@/lib/records/write";
import { staffName } from "@/lib/records/staff-names";

export async function listDelegations(query: PageOrAll<DelegationListQuery>) {
  const db = await getDb();
  const condition = listConditions(
    delegationKind,
    query,
    (p) => or(
        ilike(delegations.titleEn, p),
        ilike(delegations.titleZh, p),
        ilike(delegations.leaderName, p),
        ilike(delegations.destinationEn, p),
        exists(
          db
            .select({ one: sql`1` })
            .from(delegationEnterprises)
            .where(and(eq(delegationEnterprises.delegationId, delegations.id), or(ilike(delegationEnterprises.nameEn, p), ilike(delegationEnterprises.nameZh, p)))),
        ),
      ),
    [
      query.direction !== undefined && eq(delegations.direction, query.direction),
      query.year !== undefined && startsInYear(delegations.startsOn, query.year),
      query.partnership !== undefined && linkedTo("delegation", delegations.id, query.partnership),
    ],
  );
  const order = listOrder(delegations, query.sort, { title: [asc(delegations.titleEn), asc(delegations.id)], default: [desc(delegations.startsOn), desc(delegations.id)] });
  const page = await listPage(
    db,
    query.page,
    order,
    db
      .select({
        ...pickColumns(delegations, ["id", "slug", "titleEn", "direction", "startsOn", "endsOn", "datePrecision", "dealAmount", "dealCurrency"]),
        // What the list shows: the Chinese title for a reader who works in Chinese, where there is one.
        title: staffName(delegations.titleEn, delegations.titleZh),
        enterprises: sql<number>`(select count(*) from ${delegationEnterprises} e where e.delegation_id = ${delegations.id})`.mapWith(Number),
        ...listStateColumns(delegations),
      })
      .from(delegations)
      .where(condition)
      .$dynamic(),
  );
  return { ...page, items: page.items.map((i) => ({ ...i, dealAmount: normalAmount(i.dealAmount) })) };
}

export function getDelegation({ id }: { id: number }) {
  return getLinkedRecord("delegation", delegationKind, id);
}

/** A delegation as its staff page shows it. */
export type DelegationDetail = NonNullable<Awaited<ReturnType<typeof getDelegation>>>;

async function writeEnterprises(tx: Tx, id: number, { enterprises }: DelegationFields) {
  await tx.delete(delegationEnterprises).where(eq(delegationEnterprises.delegationId, id));
  if (enterprises.length) {
    await tx.insert(delegationEnterprises).values(enterprises.map((e, position) => ({ ...e, delegationId: id, position })));
  }
}

const owned = {
  enterprises: writeEnterprises,
  partnershipIds: linkWriter("delegation"),
};

const writes = withSlug({
  kind: delegationKind,
  table: delegations,
  slugBase: (input: DelegationInput) => slugWithYear(input.titleEn, input.starts.date.slice(0, 4)).slice(0, 100) || "delegation",
  fields: delegationFields,
  owned,
});

export const createDelegation = writes.create;
export const updateDelegation = writes.update;
export const delegationConflicts = writes.conflicts;
export const restoreDelegation = writes.restore;

/** A row of the staff list of delegations. */
export type DelegationListItem = Awaited<ReturnType<typeof listDelegations>>["items"][number];
