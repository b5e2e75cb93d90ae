import { staffMetadata } from "@/lib/i18n/staff-metadata";
import Link from "next/link";
import { dateAt } from "@/components/staff/date-at";
import { choiceSelect } from "@/components/staff/list-controls";
import { loadRecordList, RecordListPage } from "@/components/staff/list-page";
import { PublicationBadge } from "@/components/staff/record-header";
import { listAgreements } from "@/lib/kinds/agreement/staff";
import { agreementKinds, agreementStatuses } from "@/lib/enums";
import { staffText } from "@/lib/i18n/staff";
import { agreementListSchema } from "@/lib/kinds/agreement/validation";

export const generateMetadata = () => staffMetadata(() => staffText("Agreements")("title"));

export default async function AgreementsPage({ searchParams }: PageProps<"/staff/agreements">) {
  const list = await loadRecordList("agreement", searchParams, agreementListSchema, listAgreements);
  const { query } = list;
  const t = staffText("Agreements");
  const enums = staffText("Enums");
  return (
    <RecordListPage
      {...list}
      sorts={["signed", "title", "updated"]}
      selects={[
        choiceSelect("kind", t("fields.kind"), query.kind, agreementKinds, (v) => enums(`agreementKinds.${v}`)),
        choiceSelect("status", t("fields.status"), query.status, agreementStatuses, (v) => enums(`agreementStatuses.${v}`)),
      ]}
      columns={[
        { header: t("colTitle"), cell: (a) => <Link href={`/staff/agreements/${a.id}`} className="font-medium text-brand-700 underline">{a.title}</Link> },
        { header: t("colPartnership"), cell: (a) => <Link href={`/staff/partnerships/${a.partnershipId}`} className="text-brand-700 underline">{a.partnershipLabel}</Link> },
        { header: t("colKind"), cell: (a) => enums(`agreementKinds.${a.kind as (typeof agreementKinds)[number]}`) },
        { header: t("colSigned"), cell: (a) => dateAt(a.signedOn, a.signedPrecision), className: "tabular-nums" },
        { header: t("colSignatories"), cell: (a) => a.signatories, className: "text-right tabular-nums" },
        { header: t("colState"), cell: (a) => <PublicationBadge publication={a.publication} archived={a.archived} /> },
      ]}
    />
  );
}
