import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { RegisterAgreement } from "@/lib/kinds/agreement/public";
import { LocalizedText, Signatories, TieName } from "@/components/public/localized-text";
import { colon } from "@/lib/i18n/content";
import { formatDateAt } from "@/lib/i18n/format";
import { sectionMetadata } from "@/lib/i18n/metadata";
import { PageNav, PastTheEnd } from "@/components/public/page-nav";
import type { Page } from "@/lib/records/paging";
import { listHref, queryString } from "@/lib/validation/lists";

/** A page past the last is not for search engines' indexes (as in the directory). */
export async function agreementsMetadata(locale: Locale, result?: Page<unknown>): Promise<Metadata> {
  const metadata = await sectionMetadata(locale, "Agreements", "/agreements", queryString({ page: result?.page }));
  return result && result.total > 0 && result.page > result.pages ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

/** The register of agreements, newest first, a page at a time: /agreements, and its twin route for a later page. */
export async function AgreementsView({ locale, result }: { locale: Locale; result: Page<RegisterAgreement> }) {
  const [t, paging] = await Promise.all([getTranslations({ locale, namespace: "Agreements" }), getTranslations({ locale, namespace: "Paging" })]);
  const items = result.items;
  const hrefFor = (page: number) => `/${locale}${listHref("/agreements", { page })}`;
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-brand-800">{t("title")}</h1>
      {result.total > 0 && <p className="mt-6 text-slate-700" role="status">{paging("total", { count: result.total })}</p>}
      <PastTheEnd locale={locale} result={result} hrefFor={hrefFor} />
      {result.total === 0 ? (
        <p className="mt-6 text-slate-600">{t("none")}</p>
      ) : items.length > 0 && (
        <ul className="mt-6 space-y-4">
          {items.map((a) => (
            <li key={`${a.partnershipSlug}-${a.titleEn}`} className="rounded-lg border border-slate-200 p-4">
              <p className="text-sm text-slate-600">
                <span className="font-medium text-accent-600">{t(`kinds.${a.kind}` as "kinds.mou")}</span> · {formatDateAt(locale, a.signedOn, a.signedPrecision) ?? "—"} ·{" "}
                {t(`statuses.${a.status}` as "statuses.signed")}
              </p>
              <h2 className="mt-1 text-lg font-semibold text-slate-900">
                <LocalizedText locale={locale} en={a.titleEn} zh={a.titleZh} as="span" />
              </h2>
              <p className="mt-1 text-slate-700">
                {t("partnership")}
                {colon[locale]}
                <Link href={`/partners/${a.partnershipSlug}`} className="text-brand-700 underline">
                  <TieName locale={locale} home={{ nameEn: a.homeNameEn, nameZh: a.homeNameZh }} partner={{ nameEn: a.partnerNameEn, nameZh: a.partnerNameZh }} />
                </Link>
              </p>
              {a.signatories.length > 0 && (
                <p className="mt-1 text-sm text-slate-700">
                  <Signatories locale={locale} label={t("signatories")} people={a.signatories} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <PageNav locale={locale} result={result} hrefFor={hrefFor} />
    </main>
  );
}
