import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/ui/filter-select";
import { InLanguage, LocalizedText } from "@/components/public/localized-text";
import { PagedUpcomingAndPast } from "@/components/public/upcoming-and-past";
import { Gallery } from "@/components/public/gallery";
import type { Locale } from "@/i18n/routing";
import type { ListedDelegation, PublicDelegation } from "@/lib/kinds/delegation/public";
import type { Page } from "@/lib/records/paging";
import { listHref } from "@/lib/validation/lists";
import { htmlLang } from "@/lib/i18n/content";
import { formatDateAt, formatMoney } from "@/lib/i18n/format";
import { sectionMetadata } from "@/lib/i18n/metadata";
import type { DelegationFilter } from "@/lib/public-views";
import { buttonClass } from "@/components/ui/button";

/**
 * `query`: the filter's canonical query string, "" for the unfiltered first page. A page past the last is not for
 * search engines' indexes (as in the directory).
 */
export async function delegationsMetadata(locale: Locale, query = "", result?: Page<unknown>): Promise<Metadata> {
  const metadata = await sectionMetadata(locale, "Delegations", "/delegations", query);
  return result && result.total > 0 && result.page > result.pages ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

/**
 * The delegations page for one filter and page: /delegations, and its cached twin route for any other state
 * (lib/public-views.ts). Those still to come come first, the soonest first; then the past, the latest first.
 */
export async function DelegationsView({
  locale,
  filter,
  result,
  years,
}: {
  locale: Locale;
  filter: DelegationFilter;
  result: Page<ListedDelegation>;
  years: number[];
}) {
  const t = await getTranslations({ locale, namespace: "Delegations" });
  const hrefFor = (page: number) => `/${locale}${listHref("/delegations", { ...filter, page })}`;
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-brand-800">{t("title")}</h1>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
        <FilterSelect
          name="direction"
          label={t("direction")}
          any={t("any")}
          value={filter.direction}
          options={[
            { value: "incoming", label: t("incoming") },
            { value: "outgoing", label: t("outgoing") },
          ]}
        />
        <FilterSelect name="year" label={t("year")} any={t("any")} value={filter.year?.toString()} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <button type="submit" className={buttonClass.primary}>{t("apply")}</button>
      </form>
      <PagedUpcomingAndPast locale={locale} result={result} hrefFor={hrefFor} list={(list) => <DelegationList list={list} locale={locale} t={t} />} text={t} />
    </main>
  );
}

function DelegationList({ list, locale, t }: { list: PublicDelegation[]; locale: Locale; t: Awaited<ReturnType<typeof getTranslations<"Delegations">>> }) {
  const c = t("colon");
  return (
    <ul className="mt-4 space-y-6">
          {list.map((d) => (
            <li key={d.slug} className="rounded-lg border border-slate-200 p-4">
              <p className="text-sm text-slate-600">
                <span className="font-medium text-accent-600">{t(d.direction)}</span> · {formatDateAt(locale, d.startsOn, d.datePrecision)}
                {d.enterpriseCount !== null ? ` · ${t("enterprises", { count: d.enterpriseCount })}` : ""}
                {d.size !== null ? ` · ${t("members", { count: d.size })}` : ""}
              </p>
              <h3 className="mt-1 text-lg font-semibold text-slate-900">
                <LocalizedText locale={locale} en={d.titleEn} zh={d.titleZh} as="span" />
              </h3>
              {d.titleDescriptive && <p className="text-xs text-slate-500">{t("descriptive")}</p>}
              <dl className="mt-2 space-y-1 text-slate-800">
                {d.leaderName && <div><dt className="inline text-slate-600">{t("leader")}{c}</dt><dd className="inline">{/* The leader's name and office are recorded in English only: marked as such on Chinese pages. */}<InLanguage locale={locale} value={{ text: d.leaderName, lang: "en", fallback: false }} />{d.leaderOffice && <>{locale === "zh" ? "，" : ", "}<InLanguage locale={locale} value={{ text: d.leaderOffice, lang: "en", fallback: false }} /></>}</dd></div>}
                {(d.destinationEn || d.destinationZh) && <div><dt className="inline text-slate-600">{t("destination")}{c}</dt><dd className="inline"><LocalizedText locale={locale} en={d.destinationEn} zh={d.destinationZh} as="span" /></dd></div>}
                {(d.outcomesEn || d.outcomesZh) && <div><dt className="text-slate-600">{t("outcomes")}</dt><dd><LocalizedText locale={locale} en={d.outcomesEn} zh={d.outcomesZh} /></dd></div>}
                {d.dealAmount && d.dealCurrency && <div><dt className="inline text-slate-600">{t("deals")}{c}</dt><dd className="inline font-medium">{formatMoney(locale, d.dealAmount, d.dealCurrency)}</dd></div>}
              </dl>
              {d.enterprises.length > 0 && (
                <ul className="mt-2 list-disc pl-6 text-sm text-slate-700">
                  {d.enterprises.map((e) => (
                    <li key={e.nameEn}>
                      <span lang={locale === "zh" && e.nameZh ? htmlLang.zh : "en"}>{locale === "zh" && e.nameZh ? e.nameZh : e.nameEn}</span>
                      {e.dealAmount && e.dealCurrency ? `${c}${formatMoney(locale, e.dealAmount, e.dealCurrency)}` : ""}
                    </li>
                  ))}
                </ul>
              )}
              <Gallery locale={locale} items={d.gallery} compact className="mt-3" />
            </li>
          ))}
    </ul>
  );
}
