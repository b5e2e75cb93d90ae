import type { Metadata } from "next";
import Link from "next/link";
import { ListFilters, commonSelects } from "@/components/staff/list-controls";
import { ListPage } from "@/components/staff/list-page";
import { PublicationBadge } from "@/components/staff/record-header";
import { canEditContent } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { listPlaces } from "@/lib/kinds/place/staff";
import { placeKinds } from "@/lib/enums";
import { staffText } from "@/lib/i18n/staff";
import { listHref } from "@/lib/validation/lists";
import { placeListSchema } from "@/lib/kinds/place/validation";
import { htmlLang } from "@/lib/i18n/content";

export const metadata: Metadata = { title: "Places", robots: { index: false } };

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

export default async function PlacesPage({ searchParams }: PageProps<"/staff/places">) {
  const user = await requireStaff("viewer", "/staff/places");
  const params = await searchParams;
  const query = placeListSchema.parse(params);
  const result = await listPlaces(query);
  const t = staffText("Places");
  const common = staffText("Common");
  const enums = staffText("Enums");
  const state = { q: query.q, side: query.side, kind: query.kind, country: query.country, publication: query.publication, archived: query.archived, sort: query.sort === "name" ? undefined : query.sort };
  return (
    <ListPage
      notice={params.notice}
      title={t("title")}
      intro={t("intro")}
      newHref={canEditContent(user) ? "/staff/places/new" : null}
      newLabel={t("new")}
      filters={
        <ListFilters
          path="/staff/places"
          q={query.q}
          searchLabel={t("searchLabel")}
          selects={[
            { name: "side", label: t("side"), any: common("any"), value: query.side, options: [{ value: "home", label: t("home") }, { value: "foreign", label: t("foreign") }] },
            { name: "kind", label: t("fields.kind"), any: common("any"), value: query.kind, options: placeKinds.map((k) => ({ value: k, label: enums(`placeKinds.${k}`) })) },
            ...commonSelects(query, [
              { value: "name", label: t("sortName") },
              { value: "country", label: t("sortCountry") },
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
            <Link href={`/staff/places/${p.id}`} className="font-medium text-brand-700 underline">
              {p.nameEn}
              {p.nameZh && <span lang={htmlLang.zh} className="font-normal text-slate-700"> {p.nameZh}</span>}
            </Link>
          ),
        },
        { header: t("colKind"), cell: (p) => enums(`placeKinds.${p.kind as (typeof placeKinds)[number]}`) + (p.isHome ? ` · ${t("home")}` : "") },
        { header: t("colCountry"), cell: (p) => countryNames.of(p.countryCode) ?? p.countryCode },
        { header: t("colPartnerships"), cell: (p) => p.partnerships, className: "text-right tabular-nums" },
        { header: t("colState"), cell: (p) => <PublicationBadge publication={p.publication} archived={p.archived} /> },
      ]}
      hrefFor={(page) => listHref("/staff/places", { ...state, page })}
    />
  );
}
