import { staffMetadata } from "@/lib/i18n/staff-metadata";
import Link from "next/link";
import { dateAt } from "@/components/staff/date-at";
import { choiceSelect } from "@/components/staff/list-controls";
import { loadRecordList, RecordListPage } from "@/components/staff/list-page";
import { PublicationBadge } from "@/components/staff/record-header";
import { listPartnerships } from "@/lib/kinds/partnership/staff";
import { listPlaceOptions } from "@/lib/kinds/place/staff";
import { partnershipStatuses, partnershipTypes } from "@/lib/enums";
import { staffCountryName, staffText } from "@/lib/i18n/staff";
import { tieLabel } from "@/lib/records/staff-names";
import { partnershipListSchema } from "@/lib/kinds/partnership/validation";

export const generateMetadata = () => staffMetadata(() => staffText("Partnerships")("title"));


export default async function PartnershipsPage({ searchParams }: PageProps<"/staff/partnerships">) {
  const list = await loadRecordList("partnership", searchParams, partnershipListSchema, listPartnerships);
  const places = await listPlaceOptions();
  const { query } = list;
  const t = staffText("Partnerships");
  const homes = places.filter((p) => p.isHome);
  const enums = staffText("Enums");
  return (
    <RecordListPage
      {...list}
      sorts={["name", "established", "updated"]}
      selects={[
        choiceSelect("home", t("homeFilter"), query.home, homes.map((p) => String(p.id)), (id) => homes.find((p) => String(p.id) === id)!.nameEn),
        choiceSelect("type", t("fields.type"), query.type, partnershipTypes, (v) => enums(`partnershipTypes.${v}`)),
        choiceSelect("status", t("fields.status"), query.status, partnershipStatuses, (v) => enums(`partnershipStatuses.${v}`)),
      ]}
      columns={[
        {
          header: t("colName"),
          cell: (p) => (
            <Link href={`/staff/partnerships/${p.id}`} className="font-medium text-brand-700 underline">
              {tieLabel(p.homeName, p.partnerName)}
            </Link>
          ),
        },
        { header: t("colCountry"), cell: (p) => staffCountryName(p.countryCode) },
        { header: t("colType"), cell: (p) => enums(`partnershipTypes.${p.type as (typeof partnershipTypes)[number]}`) },
        { header: t("colStatus"), cell: (p) => enums(`partnershipStatuses.${p.status as (typeof partnershipStatuses)[number]}`) },
        { header: t("colEstablished"), cell: (p) => dateAt(p.establishedOn, p.establishedPrecision), className: "tabular-nums" },
        { header: t("colState"), cell: (p) => <PublicationBadge publication={p.publication} archived={p.archived} /> },
      ]}
    />
  );
}
