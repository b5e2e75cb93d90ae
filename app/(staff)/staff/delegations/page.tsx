import { staffMetadata } from "@/lib/i18n/staff-metadata";
import Link from "next/link";
import { dateAt } from "@/components/staff/date-at";
import { choiceSelect } from "@/components/staff/list-controls";
import { loadRecordList, RecordListPage } from "@/components/staff/list-page";
import { PublicationBadge } from "@/components/staff/record-header";
import { listDelegations } from "@/lib/kinds/delegation/staff";
import { delegationDirections } from "@/lib/enums";
import { formatMoney } from "@/lib/i18n/format";
import { staffText } from "@/lib/i18n/staff";
import { staffLocale } from "@/lib/i18n/staff-locale";
import { delegationListSchema } from "@/lib/kinds/delegation/validation";

export const generateMetadata = () => staffMetadata(() => staffText("Delegations")("title"));

export default async function DelegationsPage({ searchParams }: PageProps<"/staff/delegations">) {
  const list = await loadRecordList("delegation", searchParams, delegationListSchema, listDelegations);
  const { query } = list;
  const t = staffText("Delegations");
  const enums = staffText("Enums");
  return (
    <RecordListPage
      {...list}
      sorts={["starts", "title", "updated"]}
      selects={[choiceSelect("direction", t("fields.direction"), query.direction, delegationDirections, (d) => enums(`directions.${d}`))]}
      columns={[
        { header: t("colTitle"), cell: (d) => <Link href={`/staff/delegations/${d.id}`} className="font-medium text-brand-700 underline">{d.title}</Link> },
        { header: t("colDirection"), cell: (d) => enums(`directions.${d.direction}`) },
        { header: t("colStarts"), cell: (d) => dateAt(d.startsOn, d.datePrecision), className: "tabular-nums" },
        { header: t("colEnterprises"), cell: (d) => d.enterprises, className: "text-right tabular-nums" },
        { header: t("colDeals"), cell: (d) => (d.dealAmount && d.dealCurrency ? formatMoney(staffLocale(), d.dealAmount, d.dealCurrency) : "—"), className: "text-right tabular-nums" },
        { header: t("colState"), cell: (d) => <PublicationBadge publication={d.publication} archived={d.archived} /> },
      ]}
    />
  );
}
