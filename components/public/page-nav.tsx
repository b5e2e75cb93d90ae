import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import type { Locale } from "@/i18n/routing";
import { pastTheEnd } from "@/lib/records/paging";

interface Paged {
  total: number;
  page: number;
  pages: number;
}

/**
 * The way through a paged public list (events, delegations, agreements, a profile's timeline of one kind): previous
 * and next links with "page 2 of 5", plain links that work without JavaScript. `hrefFor` gives a page's address with
 * its locale.
 */
export async function PageNav({ locale, result, hrefFor }: { locale: Locale; result: Paged; hrefFor: (page: number) => string }) {
  if (pastTheEnd(result)) return null;
  const t = await getTranslations({ locale, namespace: "Paging" });
  return (
    <Pagination
      page={result.page}
      pages={result.pages}
      hrefFor={hrefFor}
      labels={{ nav: t("nav"), previous: t("previous"), next: t("next"), page: t("page", { page: result.page, pages: result.pages }) }}
    />
  );
}

/**
 * What a page number past the last shows in place of the list (a stale or hand-made link), as the directory does:
 * that the page does not exist, and a link to the last one. Null for any other page.
 */
export async function PastTheEnd({ locale, result, hrefFor }: { locale: Locale; result: Paged; hrefFor: (page: number) => string }) {
  if (!pastTheEnd(result)) return null;
  const t = await getTranslations({ locale, namespace: "Paging" });
  return (
    <div className="mt-4 rounded-lg border border-dashed border-slate-300 p-6">
      <h2 className="text-lg font-semibold text-slate-800">{t("pastEnd", { page: result.page, pages: result.pages })}</h2>
      <p className="mt-3">
        <a href={hrefFor(result.pages)} className="text-brand-700 underline">
          {t("lastPage", { pages: result.pages })}
        </a>
      </p>
    </div>
  );
}
