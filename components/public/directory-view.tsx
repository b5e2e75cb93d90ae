import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/ui/filter-select";
import { continents, partnershipStatuses, partnershipTypes } from "@/lib/enums";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { Pagination } from "@/components/ui/pagination";
import { PlaceName } from "@/components/public/localized-text";
import { placeName } from "@/lib/i18n/content";
import { countryNameIn, formatDateAt, formatDecade, homesInOrder, sortByName } from "@/lib/i18n/format";
import { sectionMetadata } from "@/lib/i18n/metadata";
import type { DirectoryFacets, DirectoryPage } from "@/lib/kinds/partnership/public";
import { directoryHref, directoryQueryString, type DirectoryQuery } from "@/lib/validation/directory";
import { buttonClass } from "@/components/ui/button";

/**
 * The directory's metadata in one state: its own canonical address (the state's canonical query string). A search's
 * results and a page past the last are not for search engines' indexes; their links may still be followed.
 */
export async function directoryMetadata(locale: Locale, query?: DirectoryQuery, result?: DirectoryPage): Promise<Metadata> {
  const metadata = await sectionMetadata(locale, "Directory", "/partners", query ? directoryQueryString(query) : "");
  const unlisted = !!query?.q || (result !== undefined && pastTheEnd(result));
  return unlisted ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

/** A page number beyond the results' last page (a stale or hand-made link). */
function pastTheEnd(result: DirectoryPage): boolean {
  return result.total > 0 && result.page > result.pages;
}

/**
 * The partner directory in one state of its search, filters, sort and page: /partners (the first page, no filter)
 * and its cached twin route for every other state (lib/public-views.ts). Links and the form point at /partners?….
 */
export async function DirectoryView({
  locale,
  query,
  facets,
  result,
}: {
  locale: Locale;
  query: DirectoryQuery;
  facets: DirectoryFacets;
  result: DirectoryPage;
}) {
  const [t, types, statuses, continentNames] = await Promise.all([
    getTranslations({ locale, namespace: "Directory" }),
    getTranslations({ locale, namespace: "Types" }),
    getTranslations({ locale, namespace: "Statuses" }),
    getTranslations({ locale, namespace: "Continents" }),
  ]);
  const countryOptions = sortByName(
    locale,
    facets.countries.map((code) => ({ value: code, label: countryNameIn(locale, code) })),
    (o) => o.label,
  );
  const activeFilters = [query.country, query.continent, query.type, query.status, query.home, query.decade].filter((v) => v !== undefined).length;
  const filtered = !!query.q || activeFilters > 0;

  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-brand-800">{t("title")}</h1>

      <form method="get" role="search" className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-4">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex grow flex-col gap-1">
            <label htmlFor="q" className="text-sm font-medium text-slate-800">{t("searchLabel")}</label>
            <input id="q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} className="rounded border border-slate-400 px-3 py-2" />
          </div>
          <button type="submit" className={buttonClass.primary}>{t("search")}</button>
        </div>
        {/* On a phone the filters fold away under their summary (open when one is in use); wider screens always show them. */}
        <details open={activeFilters > 0} className="directory-filters mt-4">
          <summary className="cursor-pointer py-1 font-medium text-brand-700 sm:hidden">
            {t("filtersToggle", { count: activeFilters })}
          </summary>
          <fieldset className="mt-2 sm:mt-0">
            <legend className="text-sm font-medium text-slate-800 max-sm:sr-only">{t("filters")}</legend>
            <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
              <FilterSelect name="country" label={t("country")} any={t("any")} value={query.country} options={countryOptions} />
              <FilterSelect name="continent" label={t("continent")} any={t("any")} value={query.continent} options={continents.map((c) => ({ value: c, label: continentNames(c) }))} />
              <FilterSelect name="type" label={t("type")} any={t("any")} value={query.type} options={partnershipTypes.map((v) => ({ value: v, label: types(v) }))} />
              <FilterSelect name="home" label={t("home")} any={t("any")} value={query.home} options={homesInOrder(locale, facets.homes).map((h) => ({ value: h.slug, label: placeName(locale, h) }))} />
              <FilterSelect name="status" label={t("status")} any={t("any")} value={query.status} options={partnershipStatuses.map((v) => ({ value: v, label: statuses(v) }))} />
              <FilterSelect name="decade" label={t("decade")} any={t("any")} value={query.decade?.toString()} options={facets.decades.map((d) => ({ value: String(d), label: formatDecade(locale, d) }))} />
              <FilterSelect name="sort" label={t("sort")} value={query.sort} options={[{ value: "name", label: t("sortName") }, { value: "year", label: t("sortYear") }]} />
            </div>
          </fieldset>
          <div className="mt-4 flex gap-4">
            <button type="submit" className={buttonClass.secondary}>{t("apply")}</button>
            {filtered && <Link href="/partners" className="self-center text-brand-700 underline">{t("clear")}</Link>}
          </div>
        </details>
      </form>

      <p className="mt-6 font-medium text-slate-800" role="status">
        {t("results", { count: result.total })}
        {/* Chinese sets no space before its bracket: "共3对友好关系（搜索“日本”）". */}
        {query.q ? `${locale === "en" ? " " : ""}${t("resultsFor", { q: query.q })}` : null}
      </p>

      {pastTheEnd(result) ? (
        <div className="mt-4 rounded-lg border border-dashed border-slate-300 p-6">
          <h2 className="text-lg font-semibold text-slate-800">{t("pastEnd", { page: result.page, pages: result.pages })}</h2>
          <p className="mt-3">
            <Link href={`/partners${directoryHref({ ...query, page: result.pages })}`} className="text-brand-700 underline">
              {t("lastPage", { pages: result.pages })}
            </Link>
          </p>
        </div>
      ) : result.total === 0 ? (
        <div className="mt-4 rounded-lg border border-dashed border-slate-300 p-6">
          <h2 className="text-lg font-semibold text-slate-800">{t("emptyTitle")}</h2>
          <p className="mt-2 text-slate-700">{t("emptyHelp")}</p>
          <p className="mt-3">
            <Link href="/partners" className="text-brand-700 underline">{t("clear")}</Link>
          </p>
        </div>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">{t("partner")}</th>
                <th scope="col" className="py-2 pr-4 font-medium">{t("country")}</th>
                <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">{t("type")}</th>
                <th scope="col" className="py-2 font-medium">{t("since")}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((item) => (
                <tr key={item.slug} className="border-b border-slate-100 align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/partners/${item.slug}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      <PlaceName locale={locale} place={{ nameEn: item.partnerNameEn, nameZh: item.partnerNameZh }} />
                    </Link>
                    <span className="block text-slate-600">
                      <PlaceName locale={locale} place={{ nameEn: item.homeNameEn, nameZh: item.homeNameZh }} />
                    </span>
                  </td>
                  <td className="py-2 pr-4">{countryNameIn(locale, item.countryCode)}</td>
                  <td className="hidden py-2 pr-4 sm:table-cell">{types(item.type)}</td>
                  <td className="py-2">{formatDateAt(locale, item.establishedOn, item.establishedPrecision) ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {!pastTheEnd(result) && <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={(page) => `/${locale}/partners${directoryHref({ ...query, page })}`}
        labels={{ nav: t("pagination"), previous: t("previous"), next: t("next"), page: t("page", { page: result.page, pages: result.pages }) }}
      />}
    </main>
  );
}
