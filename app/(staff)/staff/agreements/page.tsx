import type { Metadata } from "next";
import Link from "next/link";
import { dateAt } from "@/components/staff/date-at";
import { ListFilters, commonSelects } from "@/components/staff/list-controls";
import { ListPage } from "@/components/staff/list-page";
import { PublicationBadge } from "@/components/staff/record-header";
import { canEditContent } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { listAgreements } from "@/lib/kinds/agreement/staff";
import { agreementKinds, agreementStatuses } from "@/lib/enums";
import { staffText } from "@/lib/i18n/staff";
import { agreementListSchema } from "@/lib/kinds/agreement/validation";
import { listHref } from "@/lib/validation/lists";

export const metadata: Metadata = { title: "Agreements", robots: { index: false } };

export default async function AgreementsPage({ searchParams }: PageProps<"/staff/agreements">) {
  const user = await requireStaff("viewer", "/staff/agreements");
  const params = await searchParams;
  const query = agreementListSchema.parse(params);
  const result = await listAgreements(query);
  const t = staffText("Agreements");
  const common = staffText("Common");
  const enums = staffText("Enums");
  const state = { q: query.q, kind: query.kind, status: query.status, partnership: query.partnership, publication: query.publication, archived: query.archived, sort: query.sort === "signed" ? undefined : query.sort };
  return (
    <ListPage
      notice={params.notice}
      title={t("title")}
      intro={t("intro")}
      newHref={canEditContent(user) ? "/staff/agreements/new" : null}
      newLabel={t("new")}
      filters={
        <ListFilters
          path="/staff/agreements"
          q={query.q}
          searchLabel={t("searchLabel")}
          selects={[
            { name: "kind", label: t("fields.kind"), any: common("any"), value: query.kind, options: agreementKinds.map((v) => ({ value: v, label: enums(`agreementKinds.${v}`) })) },
            { name: "status", label: t("fields.status"), any: common("any"), value: query.status, options: agreementStatuses.map((v) => ({ value: v, label: enums(`agreementStatuses.${v}`) })) },
            ...commonSelects(query, [
              { value: "signed", label: t("sortSigned") },
              { value: "title", label: t("sortTitle") },
              { value: "updated", label: t("sortUpdated") },
            ]),
          ]}
        />
      }
      result={result}
      columns={[
        { header: t("colTitle"), cell: (a) => <Link href={`/staff/agreements/${a.id}`} className="font-medium text-brand-700 underline">{a.titleEn}</Link> },
        { header: t("colPartnership"), cell: (a) => <Link href={`/staff/partnerships/${a.partnershipId}`} className="text-brand-700 underline">{a.partnershipLabel}</Link> },
        { header: t("colKind"), cell: (a) => enums(`agreementKinds.${a.kind as (typeof agreementKinds)[number]}`) },
        { header: t("colSigned"), cell: (a) => dateAt(a.signedOn, a.signedPrecision), className: "tabular-nums" },
        { header: t("colSignatories"), cell: (a) => a.signatories, className: "text-right tabular-nums" },
        { header: t("colState"), cell: (a) => <PublicationBadge publication={a.publication} archived={a.archived} /> },
      ]}
      hrefFor={(page) => listHref("/staff/agreements", { ...state, page })}
    />
  );
}
