import type { Metadata } from "next";
import Link from "next/link";
import { dateAt } from "@/components/staff/date-at";
import { ListFilters, commonSelects } from "@/components/staff/list-controls";
import { ListPage } from "@/components/staff/list-page";
import { PublicationBadge } from "@/components/staff/record-header";
import { canEditContent } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { listPartnerships } from "@/lib/kinds/partnership/staff";
import { listPlaceOptions } from "@/lib/kinds/place/staff";
import { partnershipStatuses, partnershipTypes } from "@/lib/enums";
import { staffText } from "@/lib/i18n/staff";
import { listHref } from "@/lib/validation/lists";
import { partnershipListSchema } from "@/lib/kinds/partnership/validation";

export const metadata: Metadata = { title: "Partnerships", robots: { index: false } };

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

export default async function PartnershipsPage({ searchParams }: PageProps<"/staff/partnerships">) {
  const user = await requireStaff("viewer", "/staff/partnerships");
  const params = await searchParams;
  const query = partnershipListSchema.parse(params);
  const [result, places] = await Promise.all([listPartnerships(query), listPlaceOptions()]);
  const t = staffText("Partnerships");
  const common = staffText("Common");
  const enums = staffText("Enums");
  const state = { q: query.q, type: query.type, status: query.status, home: query.home, publication: query.publication, archived: query.archived, sort: query.sort === "name" ? undefined : query.sort };
  return (
    <ListPage
      notice={params.notice}
      title={t("title")}
      intro={t("intro")}
      newHref={canEditContent(user) ? "/staff/partnerships/new" : null}
      newLabel={t("new")}
      filters={
        <ListFilters
          path="/staff/partnerships"
          q={query.q}
          searchLabel={t("searchLabel")}
          selects={[
            { name: "home", label: t("homeFilter"), any: common("any"), value: query.home, options: places.filter((p) => p.isHome).map((p) => ({ value: String(p.id), label: p.nameEn })) },
            { name: "type", label: t("fields.type"), any: common("any"), value: query.type, options: partnershipTypes.map((v) => ({ value: v, label: enums(`partnershipTypes.${v}`) })) },
            { name: "status", label: t("fields.status"), any: common("any"), value: query.status, options: partnershipStatuses.map((v) => ({ value: v, label: enums(`partnershipStatuses.${v}`) })) },
            ...commonSelects(query, [
              { value: "name", label: t("sortName") },
              { value: "established", label: t("sortEstablished") },
              { value: "updated", label: t("sortUpdated") },
            ]),
          ]}
        />
      }
      result={result}
      columns={[
        {
          header: t("colName"),
          cell: (p) => (
            <Link href={`/staff/partnerships/${p.id}`} className="font-medium text-brand-700 underline">
              {p.homeName} – {p.partnerName}
            </Link>
          ),
        },
        { header: t("colCountry"), cell: (p) => countryNames.of(p.countryCode) ?? p.countryCode },
        { header: t("colType"), cell: (p) => enums(`partnershipTypes.${p.type as (typeof partnershipTypes)[number]}`) },
        { header: t("colStatus"), cell: (p) => enums(`partnershipStatuses.${p.status as (typeof partnershipStatuses)[number]}`) },
        { header: t("colEstablished"), cell: (p) => dateAt(p.establishedOn, p.establishedPrecision), className: "tabular-nums" },
        { header: t("colState"), cell: (p) => <PublicationBadge publication={p.publication} archived={p.archived} /> },
      ]}
      hrefFor={(page) => listHref("/staff/partnerships", { ...state, page })}
    />
  );
}
