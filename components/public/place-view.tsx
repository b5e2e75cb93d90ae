import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocalizedText, PlaceLocation, PlaceName, RegionName } from "@/components/public/localized-text";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { PlaceMap } from "@/components/public/place-map";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { PlaceProfile, PlaceTie } from "@/lib/kinds/place/public";
import { continents as continentKeys } from "@/lib/enums";
import { directoryHref } from "@/lib/validation/directory";
import { htmlLang, placeName } from "@/lib/i18n/content";
import { compareNames, countryNameIn, formatDateAt, formatNameList, formatNumber } from "@/lib/i18n/format";
import { alternates } from "@/lib/i18n/metadata";
import { jsonLd } from "@/lib/json-ld";

export function placeMetadata(locale: Locale, place: PlaceProfile): Metadata {
  return { title: placeName(locale, place), ...alternates(locale, `/cities/${place.slug}`) };
}

/** Counts, the most first, then by the name the reader sees (pinyin order in Chinese). */
function mostFirst<T extends { count: number }>(locale: Locale, rows: T[], nameOf: (row: T) => string): T[] {
  const compare = compareNames(locale);
  return [...rows].sort((a, b) => b.count - a.count || compare(nameOf(a), nameOf(b)));
}

/**
 * A place's page (/cities/{slug}): its ties, the first of them, and where its partners are. A Shandong place may have
 * a thousand ties: its page lists the latest and counts the rest by country and continent, each count a link to the
 * directory filtered by the place and that country or continent (paged there), so that the page stays the same size.
 */
export async function PlaceView({ locale, place }: { locale: Locale; place: PlaceProfile }) {
  const [t, p, types, continents] = await Promise.all([
    getTranslations({ locale, namespace: "City" }),
    getTranslations({ locale, namespace: "Profile" }),
    getTranslations({ locale, namespace: "Types" }),
    getTranslations({ locale, namespace: "Continents" }),
  ]);
  const name = placeName(locale, place);
  const compare = compareNames(locale);
  // Ties of one date by the partner's name as the reader sees it (pinyin in Chinese).
  const firsts = [...place.firsts].sort((a, b) => compare(placeName(locale, a.other), placeName(locale, b.other)));
  const firstDate = firsts[0];
  const byCountry = mostFirst(locale, place.byCountry, (c) => countryNameIn(locale, c.code));
  const byContinent = mostFirst(locale, place.byContinent, (c) => continents(c.continent as "asia"));
  const country = countryNameIn(locale, place.countryCode);
  const tieLine = (x: PlaceTie) =>
    [types(x.type), x.establishedOn ? formatDateAt(locale, x.establishedOn, x.establishedPrecision) : null].filter(Boolean).join(" · ");
  const inDirectory = (filter: { country?: string; continent?: (typeof continentKeys)[number] }) => `/partners${directoryHref({ home: place.slug, ...filter })}`;
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
              {place.ties.map((x) => (
                <li key={x.slug}>
                  <Link href={`/partners/${x.slug}`} className="font-medium text-brand-700 underline"><PlaceName locale={locale} place={x.other} /></Link>
                  <span className="text-slate-600"> · {tieLine(x)}</span>
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      )}

      {place.isHome && <p className="mt-6 text-lg font-medium text-slate-800">{t("partnerships", { count: place.total })}</p>}
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
        <section aria-labelledby="latest" className="min-w-0 lg:col-span-2">
          <h2 id="latest" className="text-xl font-semibold text-brand-800">{t("latestTies")}</h2>
          <ul className="mt-3 divide-y divide-slate-100">
            {place.ties.map((x) => (
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
          {place.total > 0 && (
            <p className="mt-3">
              <Link href={inDirectory({})} className="text-brand-700 underline">{t("allTies", { count: place.total })}</Link>
            </p>
          )}
        </section>
        <aside className="min-w-0 space-y-6 text-sm">
          <section aria-labelledby="by-continent" className="rounded-lg border border-slate-200 p-4">
            <h2 id="by-continent" className="font-semibold text-slate-800">{t("byContinent")}</h2>
            <ul className="mt-2">
              {byContinent.map((c) => (
                <li key={c.continent} className="flex justify-between border-b border-slate-100 py-1 last:border-0">
                  <Link href={inDirectory({ continent: continentOf(c.continent) })} className="text-brand-700 underline">{continents(c.continent as "asia")}</Link>
                  <span className="tabular-nums">{formatNumber(locale, c.count)}</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="by-country" className="rounded-lg border border-slate-200 p-4">
            <h2 id="by-country" className="font-semibold text-slate-800">{t("byCountry")}</h2>
            {/* Up to every country of the world (150 for Qingdao at the benchmark's scale): one short line each, a
                link to the directory's list of them. Plain anchors with the locale in the address, styled once on the
                list: a client-side Link each would write every link's props again into the page's data and prefetch
                up to 150 directory pages. */}
            <ul className="mt-2 columns-2 gap-4 [&_a]:text-brand-700 [&_a]:underline [&_li]:break-inside-avoid [&_li]:py-0.5 [&_span]:ml-1 [&_span]:tabular-nums [&_span]:text-slate-600">
              {byCountry.map((c) => (
                <li key={c.code}>
                  <a href={`/${locale}${inDirectory({ country: c.code })}`} aria-label={t("countryTiesOf", { count: c.count, country: countryNameIn(locale, c.code) })}>
                    {countryNameIn(locale, c.code)}
                  </a>
                  {/* A margin, not a space: Chinese sets none between a name and a figure. */}
                  <span>{formatNumber(locale, c.count)}</span>
                </li>
              ))}
            </ul>
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

/** A continent's key as the directory's filter takes it (the database's enum). */
const continentOf = (value: string) => continentKeys.find((c) => c === value);

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
