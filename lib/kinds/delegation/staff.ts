import "server-only";
import { delegationFields, delegationKind, normalAmount, type DelegationFields } from "./definition";
import { and, asc, count, desc, eq, exists, ilike, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { delegationEnterprises, delegationPartnerships, delegations } from "@/db/schema";
import type { DelegationInput, DelegationListQuery } from "./validation";
import { staffPageSize } from "@/lib/validation/lists";
import { slugify } from "@/lib/slug";
import { linkedPartnerships, writeLinks } from "@/lib/data/links";
import { archivedFilter, recordMeta, type RecordMeta } from "@/lib/records/meta";
import { type Actor } from "@/lib/records/actor";
import { createRecord, slugTaken, updateRecord } from "@/lib/records/write";
import { pageOf, type Page } from "@/lib/records/paging";
import { containsPattern, firstFreeSlug, isoTimestamp } from "@/lib/data/sql";



export interface DelegationListItem {
  id: number;
  slug: string;
  titleEn: string;
  direction: "incoming" | "outgoing";
  startsOn: string;
  endsOn: string | null;
  datePrecision: "year" | "month" | "day";
  enterprises: number;
  dealAmount: string | null;
  dealCurrency: string | null;
  publication: "draft" | "published";
  archived: boolean;
  updatedAt: string;
}

export async function listDelegations(query: DelegationListQuery): Promise<Page<DelegationListItem>> {
  const db = await getDb();
  const where: SQL[] = [];
  if (query.q) {
    const p = containsPattern(query.q);
    where.push(
      or(
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
      )!,
    );
  }
  if (query.publication) where.push(eq(delegations.publication, query.publication));
  where.push(archivedFilter(delegations, query.archived));
  if (query.direction) where.push(eq(delegations.direction, query.direction));
  if (query.year) {
    where.push(sql`${delegations.startsOn} >= ${`${query.year}-01-01`}::date and ${delegations.startsOn} < ${`${query.year + 1}-01-01`}::date`);
  }
  if (query.partnership) {
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(delegationPartnerships)
          .where(and(eq(delegationPartnerships.delegationId, delegations.id), eq(delegationPartnerships.partnershipId, query.partnership))),
      ),
    );
  }
  const condition = and(...where);
  const [totalRow] = await db.select({ n: count() }).from(delegations).where(condition);
  const order =
    query.sort === "title"
      ? [asc(delegations.titleEn), asc(delegations.id)]
      : query.sort === "updated"
        ? [desc(delegations.updatedAt), desc(delegations.id)]
        : [desc(delegations.startsOn), desc(delegations.id)];
  const page = await pageOf(totalRow?.n ?? 0, query.page, staffPageSize, (limit, offset) =>
    db
      .select({
        id: delegations.id,
        slug: delegations.slug,
        titleEn: delegations.titleEn,
        direction: delegations.direction,
        startsOn: delegations.startsOn,
        endsOn: delegations.endsOn,
        datePrecision: delegations.datePrecision,
        enterprises: sql<number>`(select count(*) from ${delegationEnterprises} e where e.delegation_id = ${delegations.id})`.mapWith(Number),
        dealAmount: delegations.dealAmount,
        dealCurrency: delegations.dealCurrency,
        publication: delegations.publication,
        archived: sql<boolean>`${delegations.archivedAt} is not null`,
        updatedAt: isoTimestamp(delegations.updatedAt),
      })
      .from(delegations)
      .where(condition)
      .orderBy(...order)
      .limit(limit)
      .offset(offset),
  );
  return { ...page, items: page.items.map((i) => ({ ...i, dealAmount: normalAmount(i.dealAmount) })) };
}

export interface DelegationDetail {
  meta: RecordMeta;
  fields: DelegationFields;
  partnerships: { id: number; label: string }[];
}

export async function getDelegation({ id }: { id: number }): Promise<DelegationDetail | null> {
  const db = await getDb();
  const meta = await recordMeta(db, delegations, id);
  if (!meta) return null;
  const [fields, linked] = await Promise.all([delegationKind.snapshot(db, id), linkedPartnerships(db, "delegation", id)]);
  return { meta, fields, partnerships: linked };
}

async function writeEnterprises(tx: Tx, id: number, { enterprises }: DelegationFields) {
  await tx.delete(delegationEnterprises).where(eq(delegationEnterprises.delegationId, id));
  if (enterprises.length) {
    await tx.insert(delegationEnterprises).values(enterprises.map((e, position) => ({ ...e, delegationId: id, position })));
  }
}

const owned = {
  enterprises: writeEnterprises,
  partnershipIds: (tx: Tx, id: number, next: DelegationFields) => writeLinks(tx, "delegation", id, next.partnershipIds),
};



export function createDelegation({ input }: { input: DelegationInput }, actor: Actor | null): Promise<{ id: number; tags: string[] }> {
  const base = slugify(`${input.titleEn} ${input.starts.date.slice(0, 4)}`).slice(0, 100) || "delegation";
  return createRecord(actor, {
    kind: delegationKind,
    next: async (tx) => delegationFields(input, input.slug ?? (await firstFreeSlug(tx, delegations, base))),
    owned,
    unique: slugTaken,
  });
}

export function updateDelegation(
  { id, version, input }: { id: number; version: number; input: DelegationInput },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  const next = (before: DelegationFields) => delegationFields(input, input.slug ?? before.slug);
  return updateRecord(actor, { kind: delegationKind, id, version, next, owned, unique: slugTaken });
}
