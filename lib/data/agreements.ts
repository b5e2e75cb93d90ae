import "server-only";
import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Db, type Tx } from "@/db";
import { agreementSignatories, agreements, partnerships, users } from "@/db/schema";
import type { AgreementInput, AgreementListQuery } from "@/lib/validation/agreements";
import { staffPageSize } from "@/lib/validation/lists";
import { recordAudit } from "./audit";
import { agreementImpact } from "./impact";
import { movePartnershipStage } from "./partnerships";
import {
  assertRole,
  atVersion,
  changedFields,
  ConflictError,
  FieldConflictError,
  lockVersion,
  nextVersion,
  RecordNotFoundError,
  type Actor,
  type RecordMeta,
} from "./records";
import { containsPattern, isoTimestamp } from "./sql";
import { home, joinHome, joinPartner, partner } from "./ties";

const createdBy = alias(users, "created_by");
const updatedBy = alias(users, "updated_by");

const editable = {
  partnershipId: agreements.partnershipId,
  titleEn: agreements.titleEn,
  titleZh: agreements.titleZh,
  kind: agreements.kind,
  status: agreements.status,
  signedOn: agreements.signedOn,
  signedPrecision: agreements.signedPrecision,
  signedPlaceEn: agreements.signedPlaceEn,
  signedPlaceZh: agreements.signedPlaceZh,
  expiresOn: agreements.expiresOn,
  summaryEn: agreements.summaryEn,
  summaryZh: agreements.summaryZh,
};

type Columns = { [K in keyof typeof editable]: (typeof agreements.$inferSelect)[K] };
type Signatory = AgreementInput["signatories"][number];
export type AgreementFields = Columns & { signatories: Signatory[] };

function columnsOf(input: AgreementInput): Columns {
  return {
    partnershipId: input.partnershipId,
    titleEn: input.titleEn,
    titleZh: input.titleZh,
    kind: input.kind,
    status: input.status,
    signedOn: input.signed?.date ?? null,
    signedPrecision: input.signed?.precision ?? null,
    signedPlaceEn: input.signedPlaceEn,
    signedPlaceZh: input.signedPlaceZh,
    expiresOn: input.expires?.date ?? null,
    summaryEn: input.summaryEn,
    summaryZh: input.summaryZh,
  };
}

async function snapshot(db: Db | Tx, id: number): Promise<AgreementFields> {
  const [row] = await db.select(editable).from(agreements).where(eq(agreements.id, id));
  if (!row) throw new RecordNotFoundError(`No agreement ${id}.`);
  const signatories = await db
    .select({
      name: agreementSignatories.name,
      nameZh: agreementSignatories.nameZh,
      office: agreementSignatories.office,
      officeZh: agreementSignatories.officeZh,
      side: agreementSignatories.side,
    })
    .from(agreementSignatories)
    .where(eq(agreementSignatories.agreementId, id))
    .orderBy(asc(agreementSignatories.position));
  return { ...row, signatories };
}

export { snapshot as agreementSnapshot };

export interface AgreementListItem {
  id: number;
  titleEn: string;
  kind: string;
  status: string;
  signedOn: string | null;
  signedPrecision: "year" | "month" | "day" | null;
  partnershipId: number;
  partnershipLabel: string;
  signatories: number;
  publication: "draft" | "published";
  archived: boolean;
  updatedAt: string;
}

export async function listAgreements(query: AgreementListQuery): Promise<{ items: AgreementListItem[]; total: number; page: number; pages: number }> {
  const db = await getDb();
  const where: SQL[] = [];
  if (query.q) {
    const p = containsPattern(query.q);
    where.push(or(ilike(agreements.titleEn, p), ilike(agreements.titleZh, p), ilike(home.nameEn, p), ilike(partner.nameEn, p), ilike(partner.nameZh, p))!);
  }
  if (query.publication) where.push(eq(agreements.publication, query.publication));
  where.push(query.archived === "only" ? isNotNull(agreements.archivedAt) : query.archived === "include" ? sql`true` : isNull(agreements.archivedAt));
  if (query.kind) where.push(eq(agreements.kind, query.kind));
  if (query.status) where.push(eq(agreements.status, query.status));
  if (query.partnership) where.push(eq(agreements.partnershipId, query.partnership));
  const condition = and(...where);
  const [totalRow] = await db
    .select({ n: count() })
    .from(agreements)
    .innerJoin(partnerships, eq(partnerships.id, agreements.partnershipId))
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(condition);
  const total = totalRow?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / staffPageSize));
  const page = Math.min(query.page, pages);
  const order =
    query.sort === "title"
      ? [asc(agreements.titleEn), asc(agreements.id)]
      : query.sort === "updated"
        ? [desc(agreements.updatedAt), desc(agreements.id)]
        : [sql`${agreements.signedOn} desc nulls first`, desc(agreements.id)];
  const items = await db
    .select({
      id: agreements.id,
      titleEn: agreements.titleEn,
      kind: agreements.kind,
      status: agreements.status,
      signedOn: agreements.signedOn,
      signedPrecision: agreements.signedPrecision,
      partnershipId: agreements.partnershipId,
      partnershipLabel: sql<string>`${home.nameEn} || ' – ' || ${partner.nameEn}`,
      signatories: sql<number>`(select count(*) from ${agreementSignatories} s where s.agreement_id = ${agreements.id})`.mapWith(Number),
      publication: agreements.publication,
      archived: sql<boolean>`${agreements.archivedAt} is not null`,
      updatedAt: isoTimestamp(agreements.updatedAt),
    })
    .from(agreements)
    .innerJoin(partnerships, eq(partnerships.id, agreements.partnershipId))
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(condition)
    .orderBy(...order)
    .limit(staffPageSize)
    .offset((page - 1) * staffPageSize);
  return { items, total, page, pages };
}

export interface AgreementDetail {
  meta: RecordMeta;
  fields: AgreementFields;
  partnership: { id: number; slug: string; label: string; status: string; publication: "draft" | "published" };
}

export async function getAgreement({ id }: { id: number }): Promise<AgreementDetail | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      meta: {
        id: agreements.id,
        version: agreements.version,
        publication: agreements.publication,
        archivedAt: sql<string | null>`case when ${agreements.archivedAt} is null then null else ${isoTimestamp(agreements.archivedAt)} end`,
        createdAt: isoTimestamp(agreements.createdAt),
        createdBy: createdBy.name,
        updatedAt: isoTimestamp(agreements.updatedAt),
        updatedBy: updatedBy.name,
      },
      partnership: {
        id: partnerships.id,
        slug: partnerships.slug,
        label: sql<string>`${home.nameEn} || ' – ' || ${partner.nameEn}`,
        status: partnerships.status,
        publication: partnerships.publication,
      },
    })
    .from(agreements)
    .innerJoin(partnerships, eq(partnerships.id, agreements.partnershipId))
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .leftJoin(createdBy, eq(createdBy.id, agreements.createdById))
    .leftJoin(updatedBy, eq(updatedBy.id, agreements.updatedById))
    .where(eq(agreements.id, id));
  if (!row) return null;
  return { ...row, fields: await snapshot(db, id) };
}

async function writeSignatories(tx: Tx, id: number, signatories: Signatory[]) {
  await tx.delete(agreementSignatories).where(eq(agreementSignatories.agreementId, id));
  if (signatories.length) {
    await tx.insert(agreementSignatories).values(signatories.map((s, position) => ({ ...s, agreementId: id, position })));
  }
}

async function checkPartnership(tx: Tx, id: number) {
  const [row] = await tx.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.id, id));
  if (!row) throw new FieldConflictError("partnershipId", "unknownPartnership");
}

async function moveStage(tx: Tx, input: AgreementInput, actor: Actor): Promise<string[]> {
  if (!input.partnershipStatus) return [];
  // The stage the form showed counts only if it was this partnership's (the form may have switched partnership).
  const seen = input.partnershipStageSeen?.partnershipId === input.partnershipId ? input.partnershipStageSeen.status : null;
  return movePartnershipStage(tx, { id: input.partnershipId, status: input.partnershipStatus, seen }, actor);
}

export async function createAgreement({ input }: { input: AgreementInput }, actor: Actor | null): Promise<{ id: number; tags: string[] }> {
  assertRole(actor, "editor");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await checkPartnership(tx, input.partnershipId);
    const [created] = await tx
      .insert(agreements)
      .values({ ...columnsOf(input), createdById: actor.id, updatedById: actor.id })
      .returning({ id: agreements.id });
    await writeSignatories(tx, created!.id, input.signatories);
    const after = await snapshot(tx, created!.id);
    await recordAudit(tx, { actor, action: "create", entityType: "agreement", entityId: created!.id, after: { ...after, publication: "draft" } });
    const tags = await moveStage(tx, input, actor);
    return { id: created!.id, tags: [...new Set(tags)] };
  });
}

export async function updateAgreement(
  { id, version, input }: { id: number; version: number; input: AgreementInput },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  assertRole(actor, "editor");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockVersion(tx, agreements, id, version);
    const before = await snapshot(tx, id);
    await checkPartnership(tx, input.partnershipId);
    const next: AgreementFields = { ...columnsOf(input), signatories: input.signatories };
    const diff = changedFields(before, next);
    const stageTags = await moveStage(tx, input, actor);
    if (!diff) return { id, changed: stageTags.length > 0, tags: [...new Set(stageTags)] };
    const tagsBefore = await agreementImpact(tx, id);
    const { signatories, ...columns } = next;
    const updated = await tx
      .update(agreements)
      .set({ ...columns, ...nextVersion(agreements, actor) })
      .where(atVersion(agreements, id, version))
      .returning({ id: agreements.id });
    if (!updated.length) throw new ConflictError(null, new Date().toISOString());
    if ("signatories" in diff.after) await writeSignatories(tx, id, signatories);
    await recordAudit(tx, { actor, action: "update", entityType: "agreement", entityId: id, ...diff });
    // Moving it to another partnership changes both partnerships' profiles: before and after cover both.
    return { id, changed: true, tags: [...new Set([...stageTags, ...tagsBefore, ...(await agreementImpact(tx, id))])] };
  });
}
