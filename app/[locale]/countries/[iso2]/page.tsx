import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { Link } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { publicReads } from "@/lib/data/public";
import { placeName } from "@/lib/i18n/content";
import { countryNameIn, formatDateAt } from "@/lib/i18n/format";
import { alternates } from "@/lib/i18n/metadata";
import { renderingPage } from "@/lib/page-path";

/** Cached, and revalidated by tag when staff change what it shows; hourly too, for what depends on the date. */
export const revalidate = 3600;

/** Rendered when first asked for, then cached: nothing at build time, which has no database. */
export function generateStaticParams() {
  return [];
}

/** ISO 3166-1 alpha-2, upper or lower case in the URL: /en/countries/jp and /en/countries/JP are the same page. */
function parseIso2(value: string): string | null {
  return /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : null;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/countries/[iso2]">): Promise<Metadata> {
  const { locale, iso2 } = await params;
  renderingPage(`/${locale}/countries/${iso2}`);
  const code = parseIso2(iso2);
  if (!hasLocale(routing.locales, locale) || !code) return {};
  const t = await getTranslations({ locale, namespace: "Country" });
  const country = countryNameIn(locale, code);
  return { title: t("title", { country }), description: t("description", { country }), ...alternates(locale, `/countries/${code.toLowerCase()}`) };
}

export default async function CountryPage({ params }: PageProps<"/[locale]/countries/[iso2]">) {
  const { locale: raw, iso2 } = await params;
  const code = parseIso2(iso2);
  if (!hasLocale(routing.locales, raw) || !code) notFound();
  const locale: Locale = raw;
  setRequestLocale(locale);
  renderingPage(`/${locale}/countries/${iso2}`);
  const items = await publicReads.country(code);
  if (items.length === 0) notFound();
  const [t, p, types] = await Promise.all([
    getTranslations({ locale, namespace: "Country" }),
    getTranslations({ locale, namespace: "Profile" }),
    getTranslations({ locale, namespace: "Types" }),
  ]);
  const country = countryNameIn(locale, code);
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs
        label={p("breadcrumbs")}
        trail={[
          { href: "/", label: p("home") },
          { href: "/partners", label: p("partners") },
        ]}
        current={<>{country}</>}
      />
      <h1 className="mt-3 font-serif text-3xl font-semibold text-brand-800">{t("title", { country })}</h1>
      <ul className="mt-6 divide-y divide-slate-100">
        {items.map((item) => (
          <li key={item.slug} className="flex flex-wrap justify-between gap-2 py-2">
            <Link href={`/partners/${item.slug}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {placeName(locale, { nameEn: item.homeNameEn, nameZh: item.homeNameZh })} – {placeName(locale, { nameEn: item.partnerNameEn, nameZh: item.partnerNameZh })}
            </Link>
            <span className="text-sm text-slate-600">
              {types(item.type)}
              {item.establishedOn ? ` · ${formatDateAt(locale, item.establishedOn, item.establishedPrecision)}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
