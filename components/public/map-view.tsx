import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LegendSymbol, MapCaption, MapPicture, UnlocatedNames } from "@/components/public/world-map";
import type { Locale } from "@/i18n/routing";
import type { MapHome, MapPlace } from "@/lib/kinds/place/public";
import { placeName } from "@/lib/i18n/content";
import { countryNameIn, sortByName } from "@/lib/i18n/format";
import { sectionMetadata } from "@/lib/i18n/metadata";
import { worldMapLayerHref, worldMapVersion, worldMapWindow } from "@/lib/map-layer";
import { pageTiers } from "@/lib/world-map";

export function mapMetadata(locale: Locale): Promise<Metadata> {
  return sectionMetadata(locale, "Map", "/map");
}

const continentOrder = ["asia", "europe", "north_america", "south_america", "africa", "oceania"] as const;

/**
 * The world map (/map): one picture of the home province and every partner place with a known position (places close
 * together as one numbered mark), drawn once per change and served as an image (lib/map-layer.ts), so its thousands
 * of marks are not in the page; its text equivalent below it, every partner country by continent with its number of
 * places and partnerships, each a link to the country's page; and the places without a position, named.
 */
export async function MapView({ locale, places, home }: { locale: Locale; places: MapPlace[]; home: MapHome | null }) {
  const [t, continents] = await Promise.all([getTranslations({ locale, namespace: "Map" }), getTranslations({ locale, namespace: "Continents" })]);
  const located = places.filter((p) => p.latitude !== null && p.longitude !== null);
  const unlocated = places.filter((p) => p.latitude === null || p.longitude === null);
  const homeName = home ? placeName(locale, home) : null;
  const version = worldMapVersion(places, home);
  const view = worldMapWindow(locale, places, home);
  const countries = new Map<string, { code: string; continent: string; places: number; partnerships: number }>();
  for (const p of places) {
    const entry = countries.get(p.countryCode) ?? { code: p.countryCode, continent: p.continent, places: 0, partnerships: 0 };
    entry.places += 1;
    entry.partnerships += p.partnerships;
    countries.set(p.countryCode, entry);
  }
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-brand-800">{t("title")}</h1>
      <figure id="map" className="mt-6">
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-slate-50">
          <MapPicture tiers={pageTiers} view={view} href={(width) => worldMapLayerHref(locale, width, version)} alt={t("alt", { count: located.length })} />
        </div>
        <ul aria-label={t("legend")} className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-slate-700">
          {homeName && (
            <li className="flex items-center gap-1.5">
              <LegendSymbol kind="home" />
              {t("legendHomeProvince", { name: homeName })}
            </li>
          )}
          <li className="flex items-center gap-1.5">
            <LegendSymbol kind="partner" />
            {t("legendPartner")}
          </li>
          <li className="flex items-center gap-1.5">
            <LegendSymbol kind="partner" group />
            {t("legendGroupCount")}
          </li>
        </ul>
        {unlocated.length > 0 && (
          <p className="mt-2 text-sm text-slate-700">
            {t.rich("unlocated", { count: unlocated.length, names: () => <UnlocatedNames locale={locale} places={unlocated} links /> })}
          </p>
        )}
        <figcaption className="mt-2">
          <MapCaption locale={locale} />
        </figcaption>
      </figure>
      <section aria-labelledby="places" className="mt-8">
        <h2 id="places" className="text-xl font-semibold text-brand-800">{t("list")}</h2>
        <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {continentOrder.map((c) => {
            const inContinent = sortByName(locale, [...countries.values()].filter((p) => p.continent === c), (p) => countryNameIn(locale, p.code));
            if (!inContinent.length) return null;
            return (
              <section key={c} aria-labelledby={`continent-${c}`}>
                <h3 id={`continent-${c}`} className="font-semibold text-slate-800">{continents(c)}</h3>
                {/* Every partner country (150 at the benchmark's scale): plain anchors styled once on the list, as on
                    a city's page (components/public/place-view.tsx), not a client-side Link each. */}
                <ul className="mt-2 space-y-1 text-sm [&_a]:text-brand-700 [&_a]:underline [&_span]:text-slate-600">
                  {inContinent.map((country) => (
                    <li key={country.code}>
                      <a href={`/${locale}/countries/${country.code.toLowerCase()}`}>{countryNameIn(locale, country.code)}</a>
                      <span>
                        {" "}· {t("places", { count: country.places })} · {t("ties", { count: country.partnerships })}
                      </span>
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
