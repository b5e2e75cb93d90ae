import "server-only";
import { pickColumns } from "@/lib/records/kind";
import { listConditions, listPage, searchIn, listOrder, listStateColumns, type PageOrAll } from "@/lib/records/lists";
import { agreementFields, agreementKind, type AgreementFields } from "./definition";
import { asc, desc, eq, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db";
import { agreementSignatories, agreements, partnerships } from "@/db/schema";
import type { AgreementInput, AgreementListQuery } from "./validation";
import { movePartnershipStage } from "@/lib/kinds/partnership/staff-stage";
import { recordMeta, type RecordMeta } from "@/lib/records/meta";
import { type Actor } from "@/lib/records/actor";
import { createRecord, updateRecord } from "@/lib/records/write";
import { refuseConflicts, type FieldConflict } from "@/lib/records/errors";
import { home, joinHome, joinPartner, partner } from "@/lib/data/ties";
import { staffName, tieLabelSql } from "@/lib/records/staff-names";



export async function listAgreements(query: PageOrAll<AgreementListQuery>) {
  const db = await getDb();
  const condition = listConditions(
    agreementKind,
    query,
    searchIn(agreements.titleEn, agreements.titleZh, home.nameEn, partner.nameEn, partner.nameZh),
    [
      query.kind !== undefined && eq(agreements.kind, query.kind),
      query.status !== undefined && eq(agreements.status, query.status),
      query.partnership !== undefined && eq(agreements.partnershipId, query.partnership),
    ],
  );
  const order = listOrder(agreements, query.sort, { title: [asc(agreements.titleEn), asc(agreements.id)], default: [sql`${agreements.signedOn} desc nulls first`, desc(agreements.id)] });
  return listPage(
    db,
    query.page,
    order,
    db
      .select({
        ...pickColumns(agreements, ["id", "titleEn", "kind", "status", "signedOn", "signedPrecision", "partnershipId"]),
        // What the list shows: the Chinese title for a reader who works in Chinese, where there is one.
        title: staffName(agreements.titleEn, agreements.titleZh),
        partnershipLabel: tieLabelSql(home, partner),
        signatories: sql<number>`(select count(*) from ${agreementSignatories} s where s.agreement_id = ${agreements.id})`.mapWith(Number),
        ...listStateColumns(agreements),
      })
      .from(agreements)
      .innerJoin(partnerships, eq(partnerships.id, agreements.partnershipId))
      .innerJoin(home, joinHome)
      .innerJoin(partner, joinPartner)
      .where(condition)
      .$dynamic(),
  );
}

export interface AgreementDetail {
  meta: RecordMeta;
  fields: AgreementFields;
  partnership: { id: number; slug: string; label: string; status: string; publication: "draft" | "published" };
}

export async function getAgreement({ id }: { id: number }): Promise<AgreementDetail | null> {
  const db = await getDb();
  const meta = await recordMeta(db, agreements, id);
  if (!meta) return null;
  const [partnership] = await db
    .select({
      id: partnerships.id,
      slug: partnerships.slug,
      label: tieLabelSql(home, partner),
      status: partnerships.status,
      publication: partnerships.publication,
    })
    .from(agreements)
    .innerJoin(partnerships, eq(partnerships.id, agreements.partnershipId))
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(eq(agreements.id, id));
  if (!partnership) return null;
  return { meta, partnership, fields: await agreementKind.snapshot(db, id) };
}

async function writeSignatories(tx: Tx, id: number, { signatories }: AgreementFields) {
  await tx.delete(agreementSignatories).where(eq(agreementSignatories.agreementId, id));
  if (signatories.length) {
    await tx.insert(agreementSignatories).values(signatories.map((s, position) => ({ ...s, agreementId: id, position })));
  }
}

/**
 * What the database refuses in an agreement's input: a partnership that does not exist (any more). The form's action
 * asks when other fields failed, so it comes in the same answer; a save asks again in its transaction.
 */
export async function agreementConflicts({ input }: { id: number | null; input: Partial<Pick<AgreementInput, "partnershipId">> }, db?: Db): Promise<FieldConflict[]> {
  if (input.partnershipId === undefined) return [];
  const q = db ?? (await getDb());
  const [row] = await q.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.id, input.partnershipId));
  return row ? [] : [{ field: "partnershipId", key: "unknownPartnership" }];
}

const checkPartnership = async (tx: Tx, input: AgreementInput) => refuseConflicts(await agreementConflicts({ id: null, input }, tx));

async function moveStage(tx: Tx, input: AgreementInput, actor: Actor): Promise<string[]> {
  if (!input.partnershipStatus) return [];
  // The stage the form showed counts only if it was this partnership's (the form may have switched partnership).
  const seen = input.partnershipStageSeen?.partnershipId === input.partnershipId ? input.partnershipStageSeen.status : null;
  return movePartnershipStage(tx, { id: input.partnershipId, status: input.partnershipStatus, seen }, actor);
}

export function createAgreement({ input }: { input: AgreementInput }, actor: Actor | null): Promise<{ id: number; tags: string[] }> {
  return createRecord(actor, {
    kind: agreementKind,
    next: async (tx) => {
      await checkPartnership(tx, input);
      return agreementFields(input);
    },
    owned: { signatories: writeSignatories },
    // A new agreement is a draft; the stage it moves its partnership to may be public already.
    also: (tx, actor) => moveStage(tx, input, actor),
  });
}

export function updateAgreement(
  { id, version, input }: { id: number; version: number; input: AgreementInput },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  return updateRecord(actor, {
    kind: agreementKind,
    id,
    version,
    check: (tx) => checkPartnership(tx, input),
    // Moving it to another partnership changes both partnerships' profiles: the tags before and after cover both.
    next: () => agreementFields(input),
    owned: { signatories: writeSignatories },
    also: (tx, actor) => moveStage(tx, input, actor),
  });
}

/** An earlier version written back as an edit (lib/kinds/restore.ts): its partnership must still exist. */
export function restoreAgreement(
  { id, version, fields, note }: { id: number; version: number; fields: AgreementFields; note: Record<string, unknown> },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  return updateRecord(actor, {
    kind: agreementKind,
    id,
    version,
    check: async (tx) => refuseConflicts(await agreementConflicts({ id, input: fields }, tx)),
    next: () => fields,
    owned: { signatories: writeSignatories },
    note,
  });
}

/** A row of the staff list of agreements. */
export type AgreementListItem = Awaited<ReturnType<typeof listAgreements>>["items"][number];
