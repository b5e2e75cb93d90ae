import "server-only";
import { recordFormValues, type FormValues } from "@/lib/forms";
import { tieOfOffice } from "@/lib/records/offices";
import { defineKind, pickColumns, usedByNothing } from "@/lib/records/kind";
import { formatPartialDate } from "@/lib/validation/dates";
import { profilesOf } from "@/lib/records/impact";
import { publicTags as tag, tagSet } from "@/lib/cache-tags";
import { asc, eq, sql } from "drizzle-orm";
import { type Db, type Tx } from "@/db";
import { agreementSignatories, agreements } from "@/db/schema";
import type { AgreementField, AgreementInput } from "./validation";
import { RecordNotFoundError } from "@/lib/records/errors";

/** An agreement's own columns that staff edit; its signatories are its own rows. */
export const editable = pickColumns(agreements, [
  "partnershipId", "titleEn", "titleZh", "titleDescriptive", "kind", "status", "signedOn", "signedPrecision",
  "signedPlaceEn", "signedPlaceZh", "expiresOn", "summaryEn", "summaryZh",
]);

type Columns = Pick<typeof agreements.$inferSelect, keyof typeof editable>;
type Signatory = AgreementInput["signatories"][number];
export type AgreementFields = Columns & { signatories: Signatory[] };

/** What the form sent, as the agreement stores it. */
export function agreementFields(input: AgreementInput): AgreementFields {
  return {
    partnershipId: input.partnershipId,
    titleEn: input.titleEn,
    titleZh: input.titleZh,
    titleDescriptive: input.titleDescriptive,
    kind: input.kind,
    status: input.status,
    signedOn: input.signed?.date ?? null,
    signedPrecision: input.signed?.precision ?? null,
    signedPlaceEn: input.signedPlaceEn,
    signedPlaceZh: input.signedPlaceZh,
    expiresOn: input.expires?.date ?? null,
    summaryEn: input.summaryEn,
    summaryZh: input.summaryZh,
    signatories: input.signatories,
  };
}

/** An agreement as its form shows it. */
export function agreementFormValues(f: AgreementFields): FormValues {
  return recordFormValues<AgreementField, AgreementFields>(
    f,
    ["partnershipId", "titleEn", "titleZh", "titleDescriptive", "kind", "status", "signedPlaceEn", "signedPlaceZh", "summaryEn", "summaryZh"],
    { signed: formatPartialDate(f.signedOn, f.signedPrecision), expires: f.expiresOn },
    { signatories: f.signatories },
  );
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
  titleZh: sql<string | null>`nullif(${agreements.titleZh}, '')`,
  // Its tie's office.
  office: { changes: (office) => tieOfOffice(agreements.partnershipId, office) },
  translated: [
    { en: "titleEn", zh: "titleZh", required: true },
    { en: "signedPlaceEn", zh: "signedPlaceZh" },
    { en: "summaryEn", zh: "summaryZh" },
  ],
  reads: {
    partnershipId: { ref: "partnership" },
    kind: { enum: "agreementKinds" },
    status: { enum: "agreementStatuses" },
    signedOn: { dateAt: "signedPrecision" },
    signedPrecision: { partOf: "signedOn" },
    expiresOn: { day: true },
    signatories: { rows: { side: { enum: "sides" } }, columns: ["name", "nameZh", "office", "officeZh", "side"] },
  },
});
