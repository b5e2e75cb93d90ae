import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocalizedText, PlaceLocation, PlaceName, RegionName } from "@/components/public/localized-text";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { PlaceMap } from "@/components/public/place-map";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { PlaceProfile } from "@/lib/kinds/place/public";
import { htmlLang, placeName } from "@/lib/i18n/content";
import { compareNames, countryNameIn, formatDateAt, formatNameList, formatNumber } from "@/lib/i18n/format";
import { alternates } from "@/lib/i18n/metadata";
import { jsonLd } from "@/lib/json-ld";

export function placeMetadata(locale: Locale, place: PlaceProfile): Metadata {
  return { title: placeName(locale, place), ...alternates(locale, `/cities/${place.slug}`) };
}

/** How many of each value, the most first, then by the name the reader sees (pinyin order in Chinese). */
function tally(locale: Locale, values: string[], nameOf: (value: string) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const compare = compareNames(locale);
  return [...counts].sort((a, b) => b[1] - a[1] || compare(nameOf(a[0]), nameOf(b[0])));
}

/** A place's page (/cities/{slug}): its ties, the first of them, and where its partners are. */
export async function PlaceView({ locale, place }: { locale: Locale; place: PlaceProfile }) {
  const [t, p, types, continents] = await Promise.all([
    getTranslations({ locale, namespace: "City" }),
    getTranslations({ locale, namespace: "Profile" }),
    getTranslations({ locale, namespace: "Types" }),
    getTranslations({ locale, namespace: "Continents" }),
  ]);
  const name = placeName(locale, place);
  // Oldest first, as the query gives them; ties of one date by the partner's name as the reader sees it (pinyin in Chinese).
  const compare = compareNames(locale);
  const ties = [...place.partnerships].sort(
    (a, b) => (a.establishedOn ?? "9999").localeCompare(b.establishedOn ?? "9999") || compare(placeName(locale, a.other), placeName(locale, b.other)),
  );
  // Several ties can share the earliest known date (Jinan's first two are both dated 1983): name them all.
  const firstDate = ties.find((x) => x.establishedOn);
  const firsts = firstDate ? ties.filter((x) => x.establishedOn === firstDate.establishedOn) : [];
  const byCountry = tally(locale, place.partnerships.map((x) => x.other.countryCode), (code) => countryNameIn(locale, code));
  const byContinent = tally(locale, place.partnerships.map((x) => x.other.continent), (c) => continents(c as "asia"));
  const country = countryNameIn(locale, place.countryCode);
  const tieLine = (x: PlaceProfile["partnerships"][number]) =>
    [types(x.type), x.establishedOn ? formatDateAt(locale, x.establishedOn, x.establishedPrecision) : null].filter(Boolean).join(" · ");
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs
        label={p("breadcrumbs")}
        trail={[
          { href: "/", label: p("home") },
          { href: "/partners", label: p("partners") },
        ]}
        current={<PlaceName locale={locale} place={place} />}
      />
      <h1 className="mt-3 font-serif text-3xl font-semibold text-brand-800 sm:text-4xl">
        <PlaceName locale={locale} place={place} />
      </h1>
      <p className="mt-2 text-lg text-slate-700">
        <PlaceLocation locale={locale} place={place} />
      </p>
      <LocalizedText locale={locale} en={place.descriptionEn} zh={place.descriptionZh} className="mt-4 max-w-3xl text-slate-800" />
      {!place.isHome && (
        <dl className="mt-6 grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 p-4">
          <dt className="font-medium text-slate-600">{t("factCountry")}</dt>
          <dd>
            <Link href={`/countries/${place.countryCode.toLowerCase()}`} className="text-brand-700 underline">{country}</Link>
          </dd>
          {place.regionEn && (
            <>
              <dt className="font-medium text-slate-600">{t("factRegion")}</dt>
              <dd><RegionName locale={locale} place={place} /></dd>
            </>
          )}
          <dt className="font-medium text-slate-600">{t("shandongPartners")}</dt>
          <dd>
            <ul>
              {ties.map((x) => (
                <li key={x.slug}>
                  <Link href={`/partners/${x.slug}`} className="font-medium text-brand-700 underline"><PlaceName locale={locale} place={x.other} /></Link>
                  <span className="text-slate-600"> · {tieLine(x)}</span>
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      )}

      {place.isHome && <p className="mt-6 text-lg font-medium text-slate-800">{t("partnerships", { count: place.partnerships.length })}</p>}
      {place.isHome && firstDate && (
        <p className="mt-1 text-slate-700">
          {t("firstTie", {
            count: firsts.length,
            names: formatNameList(locale, firsts.map((x) => placeName(locale, x.other))),
            date: formatDateAt(locale, firstDate.establishedOn, firstDate.establishedPrecision) ?? "",
          })}
        </p>
      )}

      <PlaceMap locale={locale} place={place} />

      {place.isHome && <div className="mt-8 grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="all" className="min-w-0 lg:col-span-2">
          <h2 id="all" className="text-xl font-semibold text-brand-800">{t("all")}</h2>
          <ul className="mt-3 divide-y divide-slate-100">
            {ties.map((x) => (
              <li key={x.slug} className="flex flex-wrap justify-between gap-2 py-2">
                <Link href={`/partners/${x.slug}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  <PlaceName locale={locale} place={x.other} />
                </Link>
                <span className="text-sm text-slate-600">
                  {countryNameIn(locale, x.other.countryCode)} · {tieLine(x)}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <aside className="min-w-0 space-y-6 text-sm">
          <section aria-labelledby="by-country" className="rounded-lg border border-slate-200 p-4">
            <h2 id="by-country" className="font-semibold text-slate-800">{t("byCountry")}</h2>
            <dl className="mt-2">
              {byCountry.map(([code, n]) => (
                <div key={code} className="flex justify-between border-b border-slate-100 py-1 last:border-0">
                  <dt>{countryNameIn(locale, code)}</dt>
                  <dd className="tabular-nums">{formatNumber(locale, n)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="by-continent" className="rounded-lg border border-slate-200 p-4">
            <h2 id="by-continent" className="font-semibold text-slate-800">{t("byContinent")}</h2>
            <dl className="mt-2">
              {byContinent.map(([c, n]) => (
                <div key={c} className="flex justify-between border-b border-slate-100 py-1 last:border-0">
                  <dt>{continents(c as "asia")}</dt>
                  <dd className="tabular-nums">{formatNumber(locale, n)}</dd>
                </div>
              ))}
            </dl>
          </section>
        </aside>
      </div>}
      {!place.isHome && (
        <p className="mt-6">
          <Link href={`/countries/${place.countryCode.toLowerCase()}`} className="text-brand-700 underline">{t("countryTies", { country })}</Link>
        </p>
      )}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: placeJsonLd(place, name, locale) }} />
    </main>
  );
}

function placeJsonLd(place: PlaceProfile, name: string, locale: Locale): string {
  const data = {
    "@context": "https://schema.org",
    "@type": place.kind === "city" ? "City" : "AdministrativeArea",
    name,
    inLanguage: htmlLang[locale],
    address: { "@type": "PostalAddress", addressCountry: place.countryCode },
    ...(place.latitude !== null && place.longitude !== null
      ? { geo: { "@type": "GeoCoordinates", latitude: place.latitude, longitude: place.longitude } }
      : {}),
  };
  return jsonLd(data);
}
