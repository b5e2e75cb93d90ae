import "server-only";
import { recordFormValues, type FormValues } from "@/lib/forms";
import { linkedToOffice } from "@/lib/records/offices";
import { defineKind, pickColumns, usedByNothing } from "@/lib/records/kind";
import { formatPartialDate } from "@/lib/validation/dates";
import { profilesOf } from "@/lib/records/impact";
import { publicTags as tag, tagSet } from "@/lib/cache-tags";
import { asc, eq, sql } from "drizzle-orm";
import { type Db, type Tx } from "@/db";
import { delegationEnterprises, delegationPartnerships, delegations } from "@/db/schema";
import type { DelegationField, DelegationInput } from "./validation";
import { linkedPartnershipIds } from "@/lib/data/links";
import { RecordNotFoundError } from "@/lib/records/errors";

/** A delegation's own columns that staff edit; its enterprises are its own rows, its partnerships links. */
export const editable = pickColumns(delegations, [
  "slug", "direction", "titleEn", "titleZh", "titleDescriptive", "leaderName", "leaderOffice", "size", "enterpriseCount",
  "destinationEn", "destinationZh", "purposeEn", "purposeZh", "startsOn", "endsOn", "datePrecision",
  "outcomesEn", "outcomesZh", "dealAmount", "dealCurrency",
]);

export type Columns = Pick<typeof delegations.$inferSelect, keyof typeof editable>;
type Enterprise = DelegationInput["enterprises"][number];
export type DelegationFields = Columns & { enterprises: Enterprise[]; partnershipIds: number[] };

/** numeric(20,3) reads back as "240000000.000": the same amount as typed "240000000". */
export function normalAmount(amount: string | null): string | null {
  if (amount === null) return null;
  const [whole, fraction = ""] = amount.split(".");
  const f = fraction.replace(/0+$/, "");
  return f ? `${whole}.${f}` : whole!;
}

/** What the form sent, as the delegation stores it. */
export function delegationFields(input: DelegationInput, slug: string): DelegationFields {
  return {
    slug,
    direction: input.direction,
    titleEn: input.titleEn,
    titleZh: input.titleZh,
    titleDescriptive: input.titleDescriptive,
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
    enterprises: input.enterprises,
    partnershipIds: [...input.partnershipIds].sort((a, b) => a - b),
  };
}

/** A delegation as its form shows it. */
export function delegationFormValues(f: DelegationFields): FormValues {
  return recordFormValues<DelegationField, DelegationFields>(
    f,
    [
      "slug", "direction", "titleEn", "titleZh", "titleDescriptive", "leaderName", "leaderOffice", "size", "enterpriseCount", "destinationEn",
      "destinationZh", "purposeEn", "purposeZh", "outcomesEn", "outcomesZh", "dealAmount", "dealCurrency", "partnershipIds",
    ],
    { starts: formatPartialDate(f.startsOn, f.datePrecision), ends: f.endsOn },
    { enterprises: f.enterprises },
  );
}

export async function snapshot(db: Db | Tx, id: number): Promise<DelegationFields> {
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

/** Which public pages show it (lib/records/impact.ts). */
async function impact(tx: Tx, id: number): Promise<string[]> {
  const [row] = await tx.select({ publication: delegations.publication }).from(delegations).where(eq(delegations.id, id));
  if (!row || row.publication !== "published") return [];
  const links = await tx
    .select({ id: delegationPartnerships.partnershipId })
    .from(delegationPartnerships)
    .where(eq(delegationPartnerships.delegationId, id));
  return tagSet(tag.delegations, ...(await profilesOf(tx, links.map((l) => l.id))));
}

export const delegationKind = defineKind({
  name: "delegation",
  section: "delegations",
  messages: "Delegations",
  table: delegations,
  snapshot,
  impact,
  uses: usedByNothing,
  title: sql<string>`${delegations.titleEn}`,
  titleZh: sql<string | null>`nullif(${delegations.titleZh}, '')`,
  // Its purpose is not on a public page; its leader's name and office are recorded in English only.
  // The office of any tie it is linked to.
  office: {
    changes: (office) =>
      linkedToOffice({ table: delegationPartnerships, owner: delegationPartnerships.delegationId, tie: delegationPartnerships.partnershipId }, delegations.id, office),
  },
  translated: [
    { en: "titleEn", zh: "titleZh", required: true },
    { en: "destinationEn", zh: "destinationZh" },
    { en: "outcomesEn", zh: "outcomesZh" },
  ],
  reads: {
    direction: { enum: "directions" },
    startsOn: { dateAt: "datePrecision" },
    datePrecision: { partOf: "startsOn" },
    endsOn: { day: true },
    dealAmount: { money: "dealCurrency" },
    dealCurrency: { partOf: "dealAmount" },
    enterprises: {
      rows: { dealAmount: { money: "dealCurrency" }, dealCurrency: { partOf: "dealAmount" } },
      columns: ["nameEn", "nameZh", "dealAmount", "note"],
    },
    partnershipIds: { ref: "partnership" },
  },
});
