import "server-only";
import { defineKind, usedByNothing } from "@/lib/records/kind";
import { profilesOf } from "@/lib/records/impact";
import { publicTags as tag, tagSet } from "@/lib/cache-tags";
import { asc, eq, sql } from "drizzle-orm";
import { type Db, type Tx } from "@/db";
import { agreementSignatories, agreements } from "@/db/schema";
import type { AgreementInput } from "./validation";
import { RecordNotFoundError } from "@/lib/records/errors";

export const editable = {
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

export type Columns = { [K in keyof typeof editable]: (typeof agreements.$inferSelect)[K] };
type Signatory = AgreementInput["signatories"][number];
export type AgreementFields = Columns & { signatories: Signatory[] };

export function columnsOf(input: AgreementInput): Columns {
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

export async function snapshot(db: Db | Tx, id: number): Promise<AgreementFields> {
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

/** Which public pages show it (lib/records/impact.ts). */
async function impact(tx: Tx, id: number): Promise<string[]> {
  const [row] = await tx
    .select({ partnershipId: agreements.partnershipId, publication: agreements.publication })
    .from(agreements)
    .where(eq(agreements.id, id));
  if (!row || row.publication !== "published") return [];
  return tagSet(tag.agreements, ...(await profilesOf(tx, [row.partnershipId])));
}

export const agreementKind = defineKind({
  name: "agreement",
  section: "agreements",
  messages: "Agreements",
  table: agreements,
  snapshot,
  impact,
  uses: usedByNothing,
  title: sql<string>`${agreements.titleEn}`,
});
