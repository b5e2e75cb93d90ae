import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { WorldMap } from "@/components/public/world-map";
import { Link } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { publicReads } from "@/lib/data/public";
import { placeName } from "@/lib/i18n/content";
import { countryNameIn } from "@/lib/i18n/format";
import { alternates } from "@/lib/i18n/metadata";
import { renderingPage } from "@/lib/page-path";

/** Cached, and revalidated by tag when staff change what it shows; hourly too, for what depends on the date. */
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/map">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Map" });
  return { title: t("title"), description: t("description"), ...alternates(locale, "/map") };
}

const continentOrder = ["asia", "europe", "north_america", "south_america", "africa", "oceania"] as const;

export default async function MapPage({ params }: PageProps<"/[locale]/map">) {
  const { locale: raw } = await params;
  if (!hasLocale(routing.locales, raw)) notFound();
  const locale: Locale = raw;
  setRequestLocale(locale);
  renderingPage(`/${locale}/map`);
  const places = await publicReads.mapPlaces();
  const [t, continents] = await Promise.all([
    getTranslations({ locale, namespace: "Map" }),
    getTranslations({ locale, namespace: "Continents" }),
  ]);
  const marks = places.map((p) => ({
    href: `/${locale}/cities/${p.slug}`,
    label: `${placeName(locale, p)}, ${countryNameIn(locale, p.countryCode)}`,
    longitude: p.longitude,
    latitude: p.latitude,
  }));
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-brand-800">{t("title")}</h1>
      <figure className="mt-6">
        <WorldMap marks={marks} title={t("title")} description={t("alt", { count: places.length })} />
      </figure>
      <section aria-labelledby="places" className="mt-8">
        <h2 id="places" className="text-xl font-semibold text-brand-800">{t("list")}</h2>
        <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {continentOrder.map((c) => {
            const inContinent = places.filter((p) => p.continent === c);
            if (!inContinent.length) return null;
            return (
              <section key={c} aria-labelledby={`continent-${c}`}>
                <h3 id={`continent-${c}`} className="font-semibold text-slate-800">{continents(c)}</h3>
                <ul className="mt-2 space-y-1 text-sm">
                  {inContinent.map((p) => (
                    <li key={p.slug}>
                      <Link href={`/cities/${p.slug}`} className="text-brand-700 underline">{placeName(locale, p)}</Link>
                      <span className="text-slate-600"> · {countryNameIn(locale, p.countryCode)} · {t("ties", { count: p.partnerships })}</span>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </section>
    </main>
  );
}
