import { getTranslations } from "next-intl/server";
import { MapCaption, MapSvg, planMap, type MapPlaceMark } from "@/components/public/world-map";
import type { Locale } from "@/i18n/routing";
import { PlaceName } from "@/components/public/localized-text";
import { placeName, placeWithCountry } from "@/lib/i18n/content";
import { countryNameIn, formatNumber } from "@/lib/i18n/format";
import { distanceKm, greatCirclePath, projectPoint } from "@/lib/world-map";

interface PairPlace {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  countryCode: string;
  latitude: number | null;
  longitude: number | null;
}

/** The width the small map is laid out for: a profile's side column, or a phone. It grows at most to 26rem. */
const width = 340;

/**
 * A partnership's two places on a small map, zoomed to show them both (the world, for places far apart), each named
 * and joined by the shortest line on the globe, with the distance between them. A place without a recorded position
 * is said to have none.
 */
export async function PairMap({ home, partner, locale }: { home: PairPlace; partner: PairPlace; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Map" });
  const homeName = placeName(locale, home);
  const partnerName = placeName(locale, partner);
  const sides = [
    { place: home, name: homeName, kind: "home" as const },
    { place: partner, name: partnerName, kind: "partner" as const },
  ];
  const located = sides.flatMap((s) => {
    const { latitude, longitude } = s.place;
    const point = latitude !== null && longitude !== null ? projectPoint(longitude, latitude) : null;
    return point && latitude !== null && longitude !== null ? [{ ...s, latitude, longitude, point }] : [];
  });
  const unlocated = sides.filter((s) => !located.some((l) => l.place.slug === s.place.slug));
  // Each name goes on the side away from the other place: the northern one above, the southern one below.
  const [a, b] = located;
  const sideOf = (self: (typeof located)[number]): MapPlaceMark["labelSide"] => {
    const other = self === a ? b : a;
    if (!other) return "above";
    const dy = self.point[1] - other.point[1];
    return Math.abs(dy) < 1 ? (self.kind === "home" ? "below" : "above") : dy < 0 ? "above" : "below";
  };
  const marks: MapPlaceMark[] = located.map((l) => ({
    key: l.place.slug,
    href: `/${locale}/cities/${l.place.slug}`,
    name: l.name,
    label: placeWithCountry(locale, l.name, countryNameIn(locale, l.place.countryCode)),
    countryCode: l.place.countryCode,
    kind: l.kind,
    longitude: l.longitude,
    latitude: l.latitude,
    labelSide: sideOf(l),
  }));
  const plan = planMap(marks, [{ width, className: "" }], { aspect: 3 / 2, padding: 0.22, minWidth: located.length > 1 ? 70 : 150 });
  const line = a && b ? greatCirclePath([a.longitude, a.latitude], [b.longitude, b.latitude]) : null;
  return (
    <figure className="mx-auto max-w-[26rem]">
      {located.length > 0 && (
        <div className="overflow-hidden rounded-md border border-slate-200">
          <MapSvg
            id="pair-map"
            title={t("pairTitle", { home: homeName, partner: partnerName })}
            description={t("pairAlt", {
              home: homeName,
              homeCountry: countryNameIn(locale, home.countryCode),
              partner: partnerName,
              partnerCountry: countryNameIn(locale, partner.countryCode),
            })}
            view={plan.view}
            layouts={plan.layouts}
            lines={line ? [line] : []}
            groupHref={() => "#pair-map"}
            locale={locale}
          />
        </div>
      )}
      <figcaption className="mt-2 space-y-1 px-1 text-xs text-slate-600">
        {a && b && <p className="text-sm text-slate-700">{t("distance", { km: formatNumber(locale, Math.round(distanceKm([a.longitude, a.latitude], [b.longitude, b.latitude]) / 10) * 10) })}</p>}
        {unlocated.map((s) => (
          <p key={s.place.slug} className="text-sm text-slate-700">{t.rich("pairUnlocated", { name: () => <PlaceName locale={locale} place={s.place} /> })}</p>
        ))}
        <MapCaption locale={locale} />
      </figcaption>
    </figure>
  );
}
