import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PartnershipCard } from "@/components/public/partnership-card";
import { LocalizedText, PlaceName } from "@/components/public/localized-text";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { HomeData } from "@/lib/data/home";
import { formatDateAt, formatNumber, homesInOrder } from "@/lib/i18n/format";
import { htmlLang, pick, placeName, tieTitle } from "@/lib/i18n/content";
import { Photo } from "@/components/public/gallery";
import { alternates } from "@/lib/i18n/metadata";
import { directoryHref } from "@/lib/validation/directory";

export async function homeMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Site" });
  return { title: { absolute: t("title") }, description: t("description"), ...alternates(locale, "/") };
}

/** The photo the home page leads with (a featured partnership's), captioned and linked to that partnership. */
async function FeaturedPhoto({ locale, featured }: { locale: Locale; featured: NonNullable<HomeData["photo"]> }) {
  const t = await getTranslations({ locale, namespace: "Gallery" });
  const { photo, tie } = featured;
  const caption = pick(locale, photo.captionEn, photo.captionZh);
  const tieName = tieTitle(locale, { nameEn: tie.homeNameEn, nameZh: tie.homeNameZh }, { nameEn: tie.partnerNameEn, nameZh: tie.partnerNameZh });
  return (
    <figure className="mt-4">
      <Link href={`/partners/${tie.slug}`}>
        <Photo locale={locale} photo={photo} sizes="(min-width: 1152px) 72rem, 100vw" eager className="aspect-[5/2] h-auto w-full rounded-lg border border-slate-200 bg-slate-100 object-cover" />
      </Link>
      <figcaption className="mt-2 text-sm text-slate-700">
        {caption && <span lang={htmlLang[caption.lang]}>{caption.text}</span>}
        {caption && (locale === "zh" ? "。" : " · ")}
        <Link href={`/partners/${tie.slug}`} className="text-brand-700 underline">{t("featuredCaption", { tie: tieName })}</Link>
        {photo.credit && <span className="text-slate-500">{locale === "en" && " · "}{t("photoCredit", { credit: photo.credit })}</span>}
      </figcaption>
    </figure>
  );
}

/** The home page: the figures, featured ties, this year's anniversaries, coming events, latest agreements, homes. */
export async function HomeView({ locale, home }: { locale: Locale; home: HomeData }) {
  const { year, figures, recordsComplete, featured, photo, anniversaries, homes, agreements, upcoming } = home;
  const t = await getTranslations({ locale, namespace: "Home" });
  const title = (item: { titleEn: string; titleZh: string | null }) => <LocalizedText locale={locale} en={item.titleEn} zh={item.titleZh} as="span" />;
  const n = (value: number) => formatNumber(locale, value);
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-brand-800 sm:text-4xl">{t("heading")}</h1>
      {figures.firstTie && <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("intro", { year: figures.firstTie.year })}</p>}

      <section aria-labelledby="figures" className="mt-8">
        <h2 id="figures" className="sr-only">{t("figures")}</h2>
        {!recordsComplete && <p className="mb-3 text-sm text-slate-600">{t("figuresRecorded")}</p>}
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <Figure label={t("partnerships")} value={n(figures.partnerships)} />
          <Figure label={t("partnerPlaces")} value={n(figures.partnerPlaces)} />
          <Figure label={t("countries")} value={n(figures.countries)} />
          <Figure label={t("continents")} value={n(figures.continents)} />
        </dl>
        <p className="mt-4 text-slate-700">
          {t(recordsComplete ? "summary" : "summaryRecorded", { places: figures.partnerPlaces, countries: figures.countries, continents: figures.continents })}
          {/* Chinese sets no space after its full stop. */}
          {locale === "en" && " "}
          {figures.firstTie && (
            <Link href={`/partners/${figures.firstTie.slug}`} className="text-brand-700 underline">
              {t("firstTie", {
                home: placeName(locale, { nameEn: figures.firstTie.homeNameEn, nameZh: figures.firstTie.homeNameZh }),
                partner: placeName(locale, { nameEn: figures.firstTie.partnerNameEn, nameZh: figures.firstTie.partnerNameZh }),
                year: figures.firstTie.year,
              })}
            </Link>
          )}
        </p>
      </section>

      {featured.length > 0 && (
        <section aria-labelledby="featured" className="mt-10">
          <h2 id="featured" className="text-2xl font-semibold text-brand-800">{t("featured")}</h2>
          {photo && <FeaturedPhoto locale={locale} featured={photo} />}
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {featured.map((item) => (
              <PartnershipCard key={item.slug} locale={locale} item={item} />
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="anniversaries" className="mt-10">
        <h2 id="anniversaries" className="text-2xl font-semibold text-brand-800">{t("anniversaries", { year })}</h2>
        {anniversaries.length ? (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {anniversaries.map((item) => (
              <PartnershipCard key={item.slug} locale={locale} item={item} note={t("anniversary", { years: item.years })} />
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-600">{t("noAnniversaries")}</p>
        )}
      </section>

      <div className="mt-10 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="upcoming">
          <h2 id="upcoming" className="text-2xl font-semibold text-brand-800">{t("upcomingEvents")}</h2>
          {upcoming.length ? (
            <ul className="mt-4 space-y-3">
              {upcoming.map((e) => (
                <li key={e.slug}>
                  <p className="text-sm text-slate-600">
                    {formatDateAt(locale, e.startsOn, e.datePrecision)}
                    {e.online ? ` · ${t("online")}` : ""}
                  </p>
                  <Link href={`/events/${e.slug}`} className="font-medium text-brand-700 underline">{title(e)}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-slate-600">{t("noEvents")}</p>
          )}
        </section>
        <section aria-labelledby="agreements">
          <h2 id="agreements" className="text-2xl font-semibold text-brand-800">{t("latestAgreements")}</h2>
          {agreements.length ? (
            <ul className="mt-4 space-y-3">
              {agreements.map((a) => (
                <li key={`${a.partnershipSlug}-${a.titleEn}`}>
                  <p className="text-sm text-slate-600">{formatDateAt(locale, a.signedOn, a.signedPrecision)}</p>
                  <Link href={`/partners/${a.partnershipSlug}`} className="font-medium text-brand-700 underline">
                    {title(a)}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-slate-600">{t("noAgreements")}</p>
          )}
        </section>
      </div>

      <section aria-labelledby="by-home" className="mt-10">
        <h2 id="by-home" className="text-2xl font-semibold text-brand-800">{t("byHome")}</h2>
        <ul className="mt-4 flex flex-wrap gap-3">
          {homesInOrder(locale, homes).map((h) => (
            <li key={h.slug}>
              <Link href={`/partners${directoryHref({ home: h.slug })}`} className="inline-block rounded-full border border-brand-600 px-4 py-1.5 text-brand-700 hover:bg-brand-50">
                <PlaceName locale={locale} place={h} />
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <Link href="/partners" className="font-medium text-brand-700 underline">{t("browseAll", { count: figures.partnerships })}</Link>
        </p>
      </section>
    </main>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-brand-50 p-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold text-brand-700">{value}</dd>
    </div>
  );
}
