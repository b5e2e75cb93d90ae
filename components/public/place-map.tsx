import { getTranslations } from "next-intl/server";
import { MapFigure, narrowMap, narrowTiers, pageTiers, type MapPlaceMark } from "@/components/public/world-map";
import type { Locale } from "@/i18n/routing";
import type { PlaceProfile } from "@/lib/kinds/place/public";
import { placeName, placeWithCountry } from "@/lib/i18n/content";
import { countryNameIn } from "@/lib/i18n/format";
import { mapPictureVersion, placeMapHref } from "@/lib/map-layer";
import { greatCirclePath } from "@/lib/world-map";

/**
 * Past this many partners with a position, a place's map is one picture drawn once per change (lib/map-layer.ts,
 * app/place-map/[slug]/[file]) instead of a link per mark in the page: a city with a thousand partners would carry
 * them all in its HTML, three times over. The page lists its partners itself.
 */
export const placePictureFrom = 60;

/** What a place's map shows: its marks (the place and its partners), lines, window and widths. */
export function placeMapSpec(locale: Locale, place: PlaceProfile, homeLabel: string) {
  const name = placeName(locale, place);
  const others = [...new Map(place.partnerships.map((p) => [p.other.slug, p.other])).values()];
  const located = others.filter((o): o is typeof o & { latitude: number; longitude: number } => o.latitude !== null && o.longitude !== null);
  const unlocated = others.filter((o) => o.latitude === null || o.longitude === null);
  const here = place.latitude !== null && place.longitude !== null ? { latitude: place.latitude, longitude: place.longitude } : null;
  const self: MapPlaceMark[] = here
    ? [
        {
          key: place.slug,
          href: `/${locale}/cities/${place.slug}`,
          name,
          label: place.isHome ? homeLabel : placeWithCountry(locale, name, countryNameIn(locale, place.countryCode)),
          countryCode: place.countryCode,
          kind: place.isHome ? "home" : "partner",
          ...here,
          labelSide: place.isHome ? "left" : "above",
        },
      ]
    : [];
  const marks: MapPlaceMark[] = [
    ...self,
    ...located.map((o) => ({
      key: o.slug,
      href: `/${locale}/cities/${o.slug}`,
      name: placeName(locale, o),
      label: placeWithCountry(locale, placeName(locale, o), countryNameIn(locale, o.countryCode)),
      countryCode: o.countryCode,
      // A foreign place's partners are Shandong's own places: marked as the home side.
      kind: place.isHome ? ("partner" as const) : ("home" as const),
      latitude: o.latitude,
      longitude: o.longitude,
      ...(place.isHome || located.length > 3 ? {} : { labelSide: "left" as const }),
    })),
  ];
  const lines = here && !place.isHome ? located.map((o) => greatCirclePath([here.longitude, here.latitude], [o.longitude, o.latitude])) : [];
  return {
    name,
    here,
    located,
    unlocated,
    marks,
    lines,
    view: place.isHome ? { aspect: 2, maxAspect: 3.2, padding: 0.08 } : { aspect: 2, padding: 0.18, minWidth: 150 },
    // A Shandong place's partners are all over the world: the page's width; a foreign place's few fit a smaller map.
    tiers: place.isHome ? pageTiers : narrowTiers,
  };
}

/**
 * A place page's map: a Shandong place (the province or a city) marked as the home among its partners, or a foreign
 * place with its partners in Shandong and a line to each. Partners without a recorded position are named under it.
 */
export async function PlaceMap({ locale, place }: { locale: Locale; place: PlaceProfile }) {
  const t = await getTranslations({ locale, namespace: "Map" });
  const name = placeName(locale, place);
  const homeLabel = place.kind === "province" ? t("legendHomeProvince", { name }) : t("legendHomeCity", { name });
  const spec = placeMapSpec(locale, place, homeLabel);
  if (!spec.here && !spec.located.length) return null;
  const legend = place.isHome
    ? [
        { kind: "home" as const, label: homeLabel },
        { kind: "partner" as const, label: t("legendPartner") },
      ]
    : [
        ...(spec.here ? [{ kind: "partner" as const, label: name }] : []),
        { kind: "home" as const, label: t("legendShandong") },
      ];
  const version = spec.located.length >= placePictureFrom ? mapPictureVersion(spec.marks, spec.lines) : null;
  return (
    <section aria-labelledby="place-map" className="mt-8">
      <h2 id="place-map" className="text-xl font-semibold text-brand-800">{t("placeHeading")}</h2>
      <div className="mt-3">
        <MapFigure
          locale={locale}
          id="place-map-figure"
          title={t("placeTitle", { name })}
          description={t("placeAlt", { name, count: spec.located.length })}
          marks={spec.marks}
          view={spec.view}
          legend={legend}
          lines={spec.lines}
          tiers={spec.tiers}
          className={place.isHome ? undefined : narrowMap}
          unlocated={spec.unlocated}
          picture={version ? (width) => placeMapHref(place.slug, locale, width, version) : undefined}
        />
      </div>
    </section>
  );
}
