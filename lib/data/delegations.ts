import "server-only";
import { and, asc, count, desc, eq, exists, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Db, type Tx } from "@/db";
import { delegationEnterprises, delegationPartnerships, delegations, users } from "@/db/schema";
import type { DelegationInput, DelegationListQuery } from "@/lib/validation/delegations";
import { staffPageSize } from "@/lib/validation/lists";
import { slugify } from "@/lib/slug";
import { recordAudit } from "./audit";
import { delegationImpact } from "./impact";
import { linkedPartnershipIds, linkedPartnerships, writeLinks } from "./links";
import {
  assertRole,
  atVersion,
  changedFields,
  ConflictError,
  FieldConflictError,
  lockVersion,
  nextVersion,
  RecordNotFoundError,
  uniqueViolation,
  type Actor,
  type RecordMeta,
} from "./records";
import { containsPattern, firstFreeSlug, isoTimestamp } from "./sql";

const createdBy = alias(users, "created_by");
const updatedBy = alias(users, "updated_by");

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

export async function listDelegations(query: DelegationListQuery): Promise<{ items: DelegationListItem[]; total: number; page: number; pages: number }> {
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
  where.push(query.archived === "only" ? isNotNull(delegations.archivedAt) : query.archived === "include" ? sql`true` : isNull(delegations.archivedAt));
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
  const total = totalRow?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / staffPageSize));
  const page = Math.min(query.page, pages);
  const order =
    query.sort === "title"
      ? [asc(delegations.titleEn), asc(delegations.id)]
      : query.sort === "updated"
        ? [desc(delegations.updatedAt), desc(delegations.id)]
        : [desc(delegations.startsOn), desc(delegations.id)];
  const items = await db
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
    .limit(staffPageSize)
    .offset((page - 1) * staffPageSize);
  return { items: items.map((i) => ({ ...i, dealAmount: normalAmount(i.dealAmount) })), total, page, pages };
}

export interface DelegationDetail {
  meta: RecordMeta;
  fields: DelegationFields;
  partnerships: { id: number; label: string }[];
}

export async function getDelegation({ id }: { id: number }): Promise<DelegationDetail | null> {
  const db = await getDb();
  const [meta] = await db
    .select({
      id: delegations.id,
      version: delegations.version,
      publication: delegations.publication,
      archivedAt: sql<string | null>`case when ${delegations.archivedAt} is null then null else ${isoTimestamp(delegations.archivedAt)} end`,
      createdAt: isoTimestamp(delegations.createdAt),
      createdBy: createdBy.name,
      updatedAt: isoTimestamp(delegations.updatedAt),
      updatedBy: updatedBy.name,
    })
    .from(delegations)
    .leftJoin(createdBy, eq(createdBy.id, delegations.createdById))
    .leftJoin(updatedBy, eq(updatedBy.id, delegations.updatedById))
    .where(eq(delegations.id, id));
  if (!meta) return null;
  const [fields, linked] = await Promise.all([snapshot(db, id), linkedPartnerships(db, "delegation", id)]);
  return { meta, fields, partnerships: linked };
}

async function writeEnterprises(tx: Tx, id: number, enterprises: Enterprise[]) {
  await tx.delete(delegationEnterprises).where(eq(delegationEnterprises.delegationId, id));
  if (enterprises.length) {
    await tx.insert(delegationEnterprises).values(enterprises.map((e, position) => ({ ...e, delegationId: id, position })));
  }
}

function slugTaken(error: unknown): never {
  if (uniqueViolation(error) !== null) throw new FieldConflictError("slug", "slugTaken");
  throw error;
}

export async function createDelegation({ input }: { input: DelegationInput }, actor: Actor | null): Promise<{ id: number; tags: string[] }> {
  assertRole(actor, "editor");
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const slug = input.slug ?? (await firstFreeSlug(tx, delegations, slugify(`${input.titleEn} ${input.starts.date.slice(0, 4)}`).slice(0, 100) || "delegation"));
      const [created] = await tx
        .insert(delegations)
        .values({ ...columnsOf(input, slug), createdById: actor.id, updatedById: actor.id })
        .returning({ id: delegations.id });
      await writeEnterprises(tx, created!.id, input.enterprises);
      await writeLinks(tx, "delegation", created!.id, input.partnershipIds);
      const after = await snapshot(tx, created!.id);
      await recordAudit(tx, { actor, action: "create", entityType: "delegation", entityId: created!.id, after: { ...after, publication: "draft" } });
      return { id: created!.id, tags: [] };
    });
  } catch (error) {
    slugTaken(error);
  }
}

export async function updateDelegation(
  { id, version, input }: { id: number; version: number; input: DelegationInput },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  assertRole(actor, "editor");
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      await lockVersion(tx, delegations, id, version);
      const before = await snapshot(tx, id);
      const next: DelegationFields = {
        ...columnsOf(input, input.slug ?? before.slug),
        enterprises: input.enterprises,
        partnershipIds: [...input.partnershipIds].sort((a, b) => a - b),
      };
      const diff = changedFields(before, next);
      if (!diff) return { id, changed: false, tags: [] };
      const tagsBefore = await delegationImpact(tx, id);
      const { enterprises, partnershipIds, ...columns } = next;
      const updated = await tx
        .update(delegations)
        .set({ ...columns, ...nextVersion(delegations, actor) })
        .where(atVersion(delegations, id, version))
        .returning({ id: delegations.id });
      if (!updated.length) throw new ConflictError(null, new Date().toISOString());
      if ("enterprises" in diff.after) await writeEnterprises(tx, id, enterprises);
      if ("partnershipIds" in diff.after) await writeLinks(tx, "delegation", id, partnershipIds);
      await recordAudit(tx, { actor, action: "update", entityType: "delegation", entityId: id, ...diff });
      return { id, changed: true, tags: [...new Set([...tagsBefore, ...(await delegationImpact(tx, id))])] };
    });
  } catch (error) {
    slugTaken(error);
  }
}
