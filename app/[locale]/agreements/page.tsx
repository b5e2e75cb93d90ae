import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Link } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { publicReads } from "@/lib/data/public";
import { htmlLang, placeName, signatoryList } from "@/lib/i18n/content";
import { formatDateAt } from "@/lib/i18n/format";
import { alternates } from "@/lib/i18n/metadata";
import { renderingPage } from "@/lib/page-path";

/** Cached, and revalidated by tag when staff change what it shows; hourly too, for what depends on the date. */
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/agreements">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Agreements" });
  return { title: t("title"), description: t("description"), ...alternates(locale, "/agreements") };
}

export default async function AgreementsPage({ params }: PageProps<"/[locale]/agreements">) {
  const { locale: raw } = await params;
  if (!hasLocale(routing.locales, raw)) notFound();
  const locale: Locale = raw;
  setRequestLocale(locale);
  renderingPage(`/${locale}/agreements`);
  const [t, items] = await Promise.all([getTranslations({ locale, namespace: "Agreements" }), publicReads.agreementRegister()]);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-brand-800">{t("title")}</h1>
      {items.length === 0 ? (
        <p className="mt-6 text-slate-600">{t("none")}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {items.map((a) => (
            <li key={`${a.partnershipSlug}-${a.titleEn}`} className="rounded-lg border border-slate-200 p-4">
              <p className="text-sm text-slate-600">
                <span className="font-medium text-accent-600">{t(`kinds.${a.kind}` as "kinds.mou")}</span> · {formatDateAt(locale, a.signedOn, a.signedPrecision) ?? "—"} ·{" "}
                {t(`statuses.${a.status}` as "statuses.signed")}
              </p>
              <h2 className="mt-1 text-lg font-semibold text-slate-900">
                <span lang={locale === "zh" && a.titleZh ? htmlLang.zh : "en"}>{locale === "zh" && a.titleZh ? a.titleZh : a.titleEn}</span>
              </h2>
              <p className="mt-1 text-slate-700">
                {t("partnership")}:{" "}
                <Link href={`/partners/${a.partnershipSlug}`} className="text-brand-700 underline">
                  {placeName(locale, { nameEn: a.homeNameEn, nameZh: a.homeNameZh })} – {placeName(locale, { nameEn: a.partnerNameEn, nameZh: a.partnerNameZh })}
                </Link>
              </p>
              {a.signatories.length > 0 && (
                <p className="mt-1 text-sm text-slate-700">
                  {signatoryList(locale, t("signatories"), a.signatories)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
