import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { home, joinHome, joinPartner, partner, publicTie } from "./ties";
import { agreementSignatories, agreements, delegationEnterprises, delegations, partnerships } from "@/db/schema";

export interface PublicDelegation {
  slug: string;
  direction: "incoming" | "outgoing";
  titleEn: string;
  titleZh: string | null;
  leaderName: string | null;
  leaderOffice: string | null;
  size: number | null;
  enterpriseCount: number | null;
  destinationEn: string | null;
  destinationZh: string | null;
  purposeEn: string | null;
  purposeZh: string | null;
  outcomesEn: string | null;
  outcomesZh: string | null;
  startsOn: string;
  endsOn: string | null;
  datePrecision: "year" | "month" | "day";
  dealAmount: string | null;
  dealCurrency: string | null;
  enterprises: { nameEn: string; nameZh: string | null; dealAmount: string | null; dealCurrency: string | null }[];
}

/** Published delegations, newest first, each with its enterprises and their deals (one query). */
export async function listPublishedDelegations(filter: { direction?: "incoming" | "outgoing"; year?: number } = {}): Promise<PublicDelegation[]> {
  const db = await getDb();
  const enterprises = sql<PublicDelegation["enterprises"]>`coalesce((select json_agg(json_build_object(
      'nameEn', e.name_en, 'nameZh', e.name_zh, 'dealAmount', e.deal_amount::text, 'dealCurrency', e.deal_currency) order by e.position)
    from ${delegationEnterprises} e where e.delegation_id = "delegations"."id"), '[]'::json)`;
  return db
    .select({
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
      outcomesEn: delegations.outcomesEn,
      outcomesZh: delegations.outcomesZh,
      startsOn: delegations.startsOn,
      endsOn: delegations.endsOn,
      datePrecision: delegations.datePrecision,
      dealAmount: delegations.dealAmount,
      dealCurrency: delegations.dealCurrency,
      enterprises,
    })
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

export interface RegisterAgreement {
  titleEn: string;
  titleZh: string | null;
  kind: string;
  status: string;
  signedOn: string | null;
  signedPrecision: "year" | "month" | "day" | null;
  partnershipSlug: string;
  homeNameEn: string;
  homeNameZh: string | null;
  partnerNameEn: string;
  partnerNameZh: string | null;
  signatories: { name: string; nameZh: string | null; office: string; officeZh: string | null }[];
}

/** The register of published agreements of published partnerships, newest first. */
export async function listAgreementRegister(): Promise<RegisterAgreement[]> {
  const db = await getDb();
  const signatories = sql<RegisterAgreement["signatories"]>`coalesce((select json_agg(json_build_object(
      'name', s.name, 'nameZh', s.name_zh, 'office', s.office, 'officeZh', s.office_zh) order by s.position)
    from ${agreementSignatories} s where s.agreement_id = "agreements"."id"), '[]'::json)`;
  return db
    .select({
      titleEn: agreements.titleEn,
      titleZh: agreements.titleZh,
      kind: agreements.kind,
      status: agreements.status,
      signedOn: agreements.signedOn,
      signedPrecision: agreements.signedPrecision,
      partnershipSlug: partnerships.slug,
      homeNameEn: home.nameEn,
      homeNameZh: home.nameZh,
      partnerNameEn: partner.nameEn,
      partnerNameZh: partner.nameZh,
      signatories,
    })
    .from(agreements)
    .innerJoin(partnerships, eq(partnerships.id, agreements.partnershipId))
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(
      and(
        eq(agreements.publication, "published"),
        publicTie,
      ),
    )
    .orderBy(sql`${agreements.signedOn} desc nulls last`, desc(agreements.id));
}

/** The years that have published delegations, newest first, for the year filter. */
export async function listDelegationYears(): Promise<number[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${delegations.startsOn})::int`.mapWith(Number) })
    .from(delegations)
    .where(eq(delegations.publication, "published"));
  return rows.map((r) => r.year).sort((a, b) => b - a);
}
