import "server-only";
import { and, asc, count, desc, eq, exists, ilike, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db";
import { delegationEnterprises, delegationPartnerships, delegations } from "@/db/schema";
import type { DelegationInput, DelegationListQuery } from "@/lib/validation/delegations";
import { staffPageSize } from "@/lib/validation/lists";
import { slugify } from "@/lib/slug";
import { delegationImpact } from "./impact";
import { linkedPartnershipIds, linkedPartnerships, writeLinks } from "./links";
import {
  archivedFilter,
  assertRole,
  createRecord,
  FieldConflictError,
  pageOf,
  recordMeta,
  RecordNotFoundError,
  uniqueAsFieldError,
  updateRecord,
  type Actor,
  type Page,
  type RecordMeta,
} from "./records";
import { containsPattern, firstFreeSlug, isoTimestamp } from "./sql";

const editable = {
  slug: delegations.slug,
  direction: delegations.direction,
  titleEn: delegations.titleEn,
  titleZh: delegations.titleZh,
  leaderName: delegations.leaderName,
  leaderOffice: delegations.leaderOffice,
  size: delegations.size,
  enterpriseCount: delegations.enterpriseCount,
  destinationEn: delegations.destinationEn,
  destinationZh: delegations.destinationZh,
  purposeEn: delegations.purposeEn,
  purposeZh: delegations.purposeZh,
  startsOn: delegations.startsOn,
  endsOn: delegations.endsOn,
  datePrecision: delegations.datePrecision,
  outcomesEn: delegations.outcomesEn,
  outcomesZh: delegations.outcomesZh,
  dealAmount: delegations.dealAmount,
  dealCurrency: delegations.dealCurrency,
};

type Columns = { [K in keyof typeof editable]: (typeof delegations.$inferSelect)[K] };
type Enterprise = DelegationInput["enterprises"][number];
export type DelegationFields = Columns & { enterprises: Enterprise[]; partnershipIds: number[] };

/** numeric(20,3) reads back as "240000000.000": the same amount as typed "240000000". */
function normalAmount(amount: string | null): string | null {
  if (amount === null) return null;
  const [whole, fraction = ""] = amount.split(".");
  const f = fraction.replace(/0+$/, "");
  return f ? `${whole}.${f}` : whole!;
}

function columnsOf(input: DelegationInput, slug: string): Columns {
  return {
    slug,
    direction: input.direction,
    titleEn: input.titleEn,
    titleZh: input.titleZh,
    leaderName: input.leaderName,
    leaderOffice: input.leaderOffice,
    size: input.size,
    enterpriseCount: input.enterpriseCount,
    destinationEn: input.destinationEn,
    destinationZh: input.destinationZh,
    purposeEn: input.purposeEn,
    purposeZh: input.purposeZh,
    startsOn: input.starts.date,
    endsOn: input.ends?.date ?? null,
    datePrecision: input.starts.precision,
    outcomesEn: input.outcomesEn,
    outcomesZh: input.outcomesZh,
    dealAmount: input.dealAmount,
    dealCurrency: input.dealCurrency,
  };
}

async function snapshot(db: Db | Tx, id: number): Promise<DelegationFields> {
  const [row] = await db.select(editable).from(delegations).where(eq(delegations.id, id));
  if (!row) throw new RecordNotFoundError(`No delegation ${id}.`);
  const [enterprises, partnershipIds] = await Promise.all([
    db
      .select({
        nameEn: delegationEnterprises.nameEn,
        nameZh: delegationEnterprises.nameZh,
        dealAmount: delegationEnterprises.dealAmount,
        dealCurrency: delegationEnterprises.dealCurrency,
        note: delegationEnterprises.note,
      })
      .from(delegationEnterprises)
      .where(eq(delegationEnterprises.delegationId, id))
      .orderBy(asc(delegationEnterprises.position)),
    linkedPartnershipIds(db, "delegation", id),
  ]);
  return {
    ...row,
    dealAmount: normalAmount(row.dealAmount),
    enterprises: enterprises.map((e) => ({ ...e, dealAmount: normalAmount(e.dealAmount) })),
    partnershipIds,
  };
}

export { snapshot as delegationSnapshot };

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
  const [fields, linked] = await Promise.all([snapshot(db, id), linkedPartnerships(db, "delegation", id)]);
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

const slugTaken = (error: unknown) => uniqueAsFieldError(error, { default: new FieldConflictError("slug", "slugTaken") });

const fieldsOf = (input: DelegationInput, slug: string): DelegationFields => ({
  ...columnsOf(input, slug),
  enterprises: input.enterprises,
  partnershipIds: [...input.partnershipIds].sort((a, b) => a - b),
});

export async function createDelegation({ input }: { input: DelegationInput }, actor: Actor | null): Promise<{ id: number; tags: string[] }> {
  assertRole(actor, "editor");
  const db = await getDb();
  return db
    .transaction(async (tx) => {
      const base = slugify(`${input.titleEn} ${input.starts.date.slice(0, 4)}`).slice(0, 100) || "delegation";
      const slug = input.slug ?? (await firstFreeSlug(tx, delegations, base));
      return createRecord(tx, { table: delegations, kind: "delegation", actor, next: fieldsOf(input, slug), owned, snapshot });
    })
    .catch(slugTaken);
}

export async function updateDelegation(
  { id, version, input }: { id: number; version: number; input: DelegationInput },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  assertRole(actor, "editor");
  const db = await getDb();
  return db
    .transaction((tx) =>
      updateRecord(tx, {
        table: delegations,
        kind: "delegation",
        id,
        version,
        actor,
        snapshot,
        next: (before) => fieldsOf(input, input.slug ?? before.slug),
        owned,
        impact: delegationImpact,
      }),
    )
    .catch(slugTaken);
}
