import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WorldMap } from "@/components/public/world-map";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { MapPlace } from "@/lib/kinds/place/public";
import { PlaceName } from "@/components/public/localized-text";
import { placeName, placeWithCountry } from "@/lib/i18n/content";
import { countryNameIn, sortByName } from "@/lib/i18n/format";
import { sectionMetadata } from "@/lib/i18n/metadata";

export function mapMetadata(locale: Locale): Promise<Metadata> {
  return sectionMetadata(locale, "Map", "/map");
}

const continentOrder = ["asia", "europe", "north_america", "south_america", "africa", "oceania"] as const;

/** The world map (/map): every partner place with a known position, and the same places listed by continent. */
export async function MapView({ locale, places }: { locale: Locale; places: MapPlace[] }) {
  const [t, continents] = await Promise.all([
    getTranslations({ locale, namespace: "Map" }),
    getTranslations({ locale, namespace: "Continents" }),
  ]);
  const marks = places.map((p) => ({
    href: `/${locale}/cities/${p.slug}`,
    label: placeWithCountry(locale, placeName(locale, p), countryNameIn(locale, p.countryCode)),
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
            const inContinent = sortByName(locale, places.filter((p) => p.continent === c), (p) => placeName(locale, p));
            if (!inContinent.length) return null;
            return (
              <section key={c} aria-labelledby={`continent-${c}`}>
                <h3 id={`continent-${c}`} className="font-semibold text-slate-800">{continents(c)}</h3>
                <ul className="mt-2 space-y-1 text-sm">
                  {inContinent.map((p) => (
                    <li key={p.slug}>
                      <Link href={`/cities/${p.slug}`} className="text-brand-700 underline"><PlaceName locale={locale} place={p} /></Link>
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
