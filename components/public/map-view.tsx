import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MapFigure, type MapPlaceMark } from "@/components/public/world-map";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { MapHome, MapPlace } from "@/lib/kinds/place/public";
import { PlaceName } from "@/components/public/localized-text";
import { placeName, placeWithCountry } from "@/lib/i18n/content";
import { countryNameIn, sortByName } from "@/lib/i18n/format";
import { sectionMetadata } from "@/lib/i18n/metadata";

export function mapMetadata(locale: Locale): Promise<Metadata> {
  return sectionMetadata(locale, "Map", "/map");
}

const continentOrder = ["asia", "europe", "north_america", "south_america", "africa", "oceania"] as const;

/**
 * The world map (/map): the home province and every partner place with a known position (places close together as
 * one numbered mark that opens to their list), a key, and every partner place listed by continent, those without a
 * position too.
 */
export async function MapView({ locale, places, home }: { locale: Locale; places: MapPlace[]; home: MapHome | null }) {
  const [t, continents] = await Promise.all([
    getTranslations({ locale, namespace: "Map" }),
    getTranslations({ locale, namespace: "Continents" }),
  ]);
  const located = places.filter((p): p is MapPlace & { latitude: number; longitude: number } => p.latitude !== null && p.longitude !== null);
  const unlocated = places.filter((p) => p.latitude === null || p.longitude === null);
  const homeName = home ? placeName(locale, home) : null;
  const marks: MapPlaceMark[] = [
    ...(home && homeName
      ? [
          {
            key: home.slug,
            href: `/${locale}/cities/${home.slug}`,
            name: homeName,
            label: t("legendHomeProvince", { name: homeName }),
            countryCode: "CN",
            kind: "home" as const,
            longitude: home.longitude,
            latitude: home.latitude,
            labelSide: "left" as const,
          },
        ]
      : []),
    ...located.map((p) => ({
      key: p.slug,
      href: `/${locale}/cities/${p.slug}`,
      name: placeName(locale, p),
      label: placeWithCountry(locale, placeName(locale, p), countryNameIn(locale, p.countryCode)),
      countryCode: p.countryCode,
      kind: "partner" as const,
      longitude: p.longitude,
      latitude: p.latitude,
    })),
  ];
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-brand-800">{t("title")}</h1>
      <div className="mt-6">
        <MapFigure
          locale={locale}
          id="map"
          title={t("title")}
          description={t("alt", { count: located.length })}
          marks={marks}
          view={{ aspect: 2, maxAspect: 2.6, padding: 0.04 }}
          legend={[...(homeName ? [{ kind: "home" as const, label: t("legendHomeProvince", { name: homeName }) }] : []), { kind: "partner", label: t("legendPartner") }]}
          unlocated={unlocated}
        />
      </div>
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
                      <span className="text-slate-600">
                        {" "}· {countryNameIn(locale, p.countryCode)} · {t("ties", { count: p.partnerships })}
                        {p.latitude === null ? <> · {t("unlocatedMark")}</> : null}
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
