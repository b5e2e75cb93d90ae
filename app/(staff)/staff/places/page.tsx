import { staffMetadata } from "@/lib/i18n/staff-metadata";
import Link from "next/link";
import { choiceSelect } from "@/components/staff/list-controls";
import { loadRecordList, RecordListPage } from "@/components/staff/list-page";
import { PublicationBadge } from "@/components/staff/record-header";
import { listPlaces } from "@/lib/kinds/place/staff";
import { placeKinds } from "@/lib/enums";
import { staffCountryName, staffText } from "@/lib/i18n/staff";
import { placeListSchema } from "@/lib/kinds/place/validation";
import { htmlLang } from "@/lib/i18n/content";

export const generateMetadata = () => staffMetadata(() => staffText("Places")("title"));


export default async function PlacesPage({ searchParams }: PageProps<"/staff/places">) {
  const list = await loadRecordList("place", searchParams, placeListSchema, listPlaces);
  const { query } = list;
  const t = staffText("Places");
  const enums = staffText("Enums");
  return (
    <RecordListPage
      {...list}
      sorts={["name", "country", "updated"]}
      selects={[
        choiceSelect("side", t("side"), query.side, ["home", "foreign"] as const, (s) => t(s)),
        choiceSelect("kind", t("fields.kind"), query.kind, placeKinds, (k) => enums(`placeKinds.${k}`)),
      ]}
      columns={[
        {
          header: t("colName"),
          cell: (p) => (
            <Link href={`/staff/places/${p.id}`} className="font-medium text-brand-700 underline">
              {p.nameEn}
              {p.nameZh && <span lang={htmlLang.zh} className="font-normal text-slate-700"> {p.nameZh}</span>}
            </Link>
          ),
        },
        { header: t("colKind"), cell: (p) => enums(`placeKinds.${p.kind as (typeof placeKinds)[number]}`) + (p.isHome ? ` · ${t("home")}` : "") },
        { header: t("colCountry"), cell: (p) => staffCountryName(p.countryCode) },
        { header: t("colPartnerships"), cell: (p) => p.partnerships, className: "text-right tabular-nums" },
        { header: t("colState"), cell: (p) => <PublicationBadge publication={p.publication} archived={p.archived} /> },
      ]}
    />
  );
}
