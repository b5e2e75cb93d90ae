import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Gallery } from "@/components/public/gallery";
import { withGalleryPhoto } from "@/lib/attachments/open-graph";
import { InLanguage, LocalizedText, PlaceName, RegionName, Signatories, TieName, WithLatinNames } from "@/components/public/localized-text";
import { PairMap } from "@/components/public/pair-map";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { PageNav, PastTheEnd } from "@/components/public/page-nav";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { timelineKinds, type TimelineKind } from "@/lib/public-views";
import type { PartnershipProfile, TimelineItem } from "@/lib/kinds/partnership/public-profile";
import { colon, htmlLang, parenthetical, pick, placeName, tieTitle } from "@/lib/i18n/content";
import { isUnverified } from "@/lib/kinds/partnership/sources";
import { countryNameIn, formatDateAt, formatMoney, formatNumber } from "@/lib/i18n/format";
import { alternates } from "@/lib/i18n/metadata";
import { jsonLd } from "@/lib/json-ld";
import { listHref } from "@/lib/validation/lists";
import type { Page } from "@/lib/records/paging";

export function profileMetadata(locale: Locale, profile: PartnershipProfile): Metadata {
  const title = tieTitle(locale, profile.home, profile.partner);
  const description = (locale === "zh" ? profile.summaryZh : profile.summaryEn) ?? profile.summaryEn ?? undefined;
  return withGalleryPhoto({ title, description, ...alternates(locale, `/partners/${profile.slug}`) }, locale, profile.gallery);
}

/** A page of a profile's timeline of one kind. */
export interface TimelinePage {
  kind: TimelineKind;
  result: Page<TimelineItem>;
}

/**
 * A partnership's public profile: /partners/{slug}, its timeline's latest entries of every kind; and its cached twin
 * routes /partners/{slug}/timeline/{kind}[/{page}] for /partners/{slug}?kind=…&page=…, a page of one kind's entries
 * (lib/public-views.ts). A timeline of hundreds of entries is read a page at a time, never whole.
 */
export async function PartnershipProfileView({ locale, profile, timelinePage }: { locale: Locale; profile: PartnershipProfile; timelinePage?: TimelinePage }) {
  const [t, agreementText, types, statuses, continents] = await Promise.all([
    getTranslations({ locale, namespace: "Profile" }),
    getTranslations({ locale, namespace: "Agreements" }),
    getTranslations({ locale, namespace: "Types" }),
    getTranslations({ locale, namespace: "Statuses" }),
    getTranslations({ locale, namespace: "Continents" }),
  ]);
  const homeName = placeName(locale, profile.home);
  const partnerName = placeName(locale, profile.partner);
  const established = formatDateAt(locale, profile.establishedOn, profile.establishedPrecision);
  const years = profile.establishedOn ? new Date().getFullYear() - Number(profile.establishedOn.slice(0, 4)) : null;
  const { counts, deals } = profile;
  const unverified = isUnverified(profile.sources);
  const total = counts.agreement + counts.delegation + counts.event;
  const kindFilter = timelinePage?.kind;
  const timelineHref = (kind: TimelineKind | undefined, page?: number) => `${listHref(`/partners/${profile.slug}`, { kind, page })}#timeline`;
  const items = timelinePage ? timelinePage.result.items : profile.timeline;

  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs
        label={t("breadcrumbs")}
        trail={[
          { href: "/", label: t("home") },
          { href: "/partners", label: t("partners") },
        ]}
        current={<TieName locale={locale} home={profile.home} partner={profile.partner} />}
      />
      <h1 className="mt-3 font-serif text-3xl font-semibold text-brand-800 sm:text-4xl">
        <TieName locale={locale} home={profile.home} partner={profile.partner} />
      </h1>
      <p className="mt-2 text-lg text-slate-700">
        {types(profile.type)} · {countryNameIn(locale, profile.partner.countryCode)}
        {established ? ` · ${established}` : ""}
        {unverified && (
          <>
            {" "}
            <span className="ml-1 inline-block rounded border border-amber-600 bg-amber-50 px-2 py-0.5 align-middle text-sm font-medium text-amber-900">{t("unverified")}</span>
          </>
        )}
      </p>

      {/* On a phone the key facts come before the story; on a wide screen they head the side column. */}
      <div className="mt-8 grid gap-8 lg:grid-cols-3 lg:grid-rows-[auto_1fr]">
        <dl className="min-w-0 self-start rounded-lg border border-slate-200 p-4 text-sm lg:col-start-3 lg:row-start-1">
          <Fact term={t("type")} value={types(profile.type)} />
          <Fact term={t("status")} value={statuses(profile.status)} />
          <Fact term={t("established")} value={established ?? "—"} />
          {years !== null && years > 0 && <Fact term="" value={t("years", { years })} />}
          <Fact term={t("homePlace")} value={<Link href={`/cities/${profile.home.slug}`} className="text-brand-700 underline"><PlaceName locale={locale} place={profile.home} /></Link>} />
          <Fact term={t("partnerPlace")} value={<Link href={`/cities/${profile.partner.slug}`} className="text-brand-700 underline"><PlaceName locale={locale} place={profile.partner} /></Link>} />
          {(profile.partner.successorEn || profile.partner.successorZh) && (
            <Fact term={t("successor")} value={<LocalizedText locale={locale} en={profile.partner.successorEn} zh={profile.partner.successorZh} as="span" />} />
          )}
          {profile.partner.regionEn && <Fact term={t("region")} value={<RegionName locale={locale} place={profile.partner} />} />}
          <Fact
            term={t("country")}
            value={
              <Link href={`/countries/${profile.partner.countryCode.toLowerCase()}`} className="text-brand-700 underline">
                {countryNameIn(locale, profile.partner.countryCode)}
              </Link>
            }
          />
          <Fact term={t("continent")} value={continents(profile.partner.continent as "asia")} />
        </dl>
        <div className="min-w-0 lg:col-span-2 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <LocalizedText locale={locale} en={profile.summaryEn} zh={profile.summaryZh} className="text-lg text-slate-800" />
          {unverified && <p className="mt-3 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950">{t("unverifiedNote")}</p>}
          {(profile.sourceNoteEn || profile.sourceNoteZh) && (
            <section aria-labelledby="disagree" className="mt-4 rounded border-l-4 border-slate-400 bg-slate-50 px-3 py-2 text-sm">
              <h2 id="disagree" className="font-semibold text-slate-800">{t("disagree")}</h2>
              <LocalizedText locale={locale} en={profile.sourceNoteEn} zh={profile.sourceNoteZh} className="mt-1 text-slate-700" />
            </section>
          )}
          {profile.steps.length > 0 && (
            <section aria-labelledby="steps" className="mt-6">
              <h2 id="steps" className="text-xl font-semibold text-brand-800">{t("steps")}</h2>
              <ol className="mt-2 space-y-1">
                {profile.steps.map((step, i) => (
                  <li key={i} className="flex gap-3">
                    <span className="w-28 shrink-0 font-medium text-accent-600">{formatDateAt(locale, step.date, step.precision)}</span>
                    <LocalizedText locale={locale} en={step.labelEn} zh={step.labelZh} as="span" className="text-slate-800" />
                  </li>
                ))}
              </ol>
            </section>
          )}
          {(profile.bodyEn || profile.bodyZh) && (
            <section aria-labelledby="about" className="mt-6">
              <h2 id="about" className="text-xl font-semibold text-brand-800">{t("about")}</h2>
              <LocalizedText locale={locale} en={profile.bodyEn} zh={profile.bodyZh} markdown className="mt-3 text-slate-800" />
            </section>
          )}
          <Gallery locale={locale} items={profile.gallery} />

          <section aria-labelledby="timeline" className="mt-8">
            <h2 id="timeline" className="text-xl font-semibold text-brand-800">{t("timeline")}</h2>
            {total > 1 && (
              <nav aria-label={t("filterLabel")} className="mt-2 flex flex-wrap gap-2 text-sm">
                {[undefined, ...timelineKinds].map((k) => (
                  <Link
                    key={k ?? "all"}
                    href={timelineHref(k)}
                    aria-current={kindFilter === k ? ((timelinePage?.result.page ?? 1) === 1 ? "page" : "true") : undefined}
                    className="rounded-full border border-brand-600 px-3 py-1 text-brand-700 [&[aria-current]]:bg-brand-600 [&[aria-current]]:text-white"
                  >
                    {k ? t(k) : t("filterAll")}
                    {parenthetical(locale, formatNumber(locale, k ? counts[k] : total))}
                  </Link>
                ))}
              </nav>
            )}
            {timelinePage && (
              <p className="mt-3 text-sm text-slate-700" role="status">
                {t(`total${capitalized(timelinePage.kind)}`, { count: timelinePage.result.total })}
              </p>
            )}
            {total === 0 ? (
              <p className="mt-2 text-slate-600">{t("timelineEmpty")}</p>
            ) : timelinePage ? (
              <PastTheEnd locale={locale} result={timelinePage.result} hrefFor={(page) => `/${locale}${timelineHref(timelinePage.kind, page)}`} />
            ) : null}
            {items.length > 0 && (
              <ol className="mt-4 space-y-4 border-l-2 border-brand-100 pl-4">
                {items.map((item, i) => (
                  <TimelineEntry key={`${item.kind}-${i}`} item={item} locale={locale} t={t} agreementKind={(kind) => agreementText(`kinds.${kind}` as "kinds.mou")} />
                ))}
              </ol>
            )}
            {timelinePage ? (
              <PageNav locale={locale} result={timelinePage.result} hrefFor={(page) => `/${locale}${timelineHref(timelinePage.kind, page)}`} />
            ) : (
              total > profile.timeline.length && (
                <div className="mt-4 text-sm">
                  <p className="text-slate-700">{t("latestShown", { shown: profile.timeline.length, total })}</p>
                  <ul className="mt-1 flex flex-wrap gap-x-4">
                    {timelineKinds
                      .filter((k) => counts[k] > 0)
                      .map((k) => (
                        <li key={k}>
                          <Link href={timelineHref(k)} className="text-brand-700 underline">
                            {t(`all${capitalized(k)}`, { count: counts[k] })}
                          </Link>
                        </li>
                      ))}
                  </ul>
                </div>
              )
            )}
          </section>

          <section aria-labelledby="sources" className="mt-8">
            <h2 id="sources" className="text-xl font-semibold text-brand-800">{t("sources")}</h2>
            <p className="mt-1 text-sm text-slate-600">{t("sourceNote")}</p>
            <ol className="mt-2 list-decimal space-y-2 pl-6 text-sm">
              {profile.sources.map((s, i) => {
                const title = pick(locale, s.titleEn, s.titleZh);
                const label = !title ? (
                  <span lang="en">{s.url ?? s.citation}</span>
                ) : title.lang === "zh" ? (
                  <WithLatinNames text={title.text} />
                ) : (
                  <LocalizedText locale={locale} en={s.titleEn} zh={s.titleZh} as="span" />
                );
                return (
                  <li key={i} className="[overflow-wrap:anywhere]">
                    {s.url ? <a href={s.url} rel="noopener noreferrer nofollow" className="text-brand-700 underline">{label}</a> : label}
                    {s.kind && <span className="text-slate-600"> · {t(`sourceKind.${s.kind}`)}</span>}
                    {title && s.url && <span className="block text-xs text-slate-500" lang="en">{s.url}</span>}
                  </li>
                );
              })}
            </ol>
          </section>
        </div>

        <aside className="min-w-0 space-y-6 lg:col-start-3 lg:row-start-2">
          <section aria-labelledby="figures" className="rounded-lg border border-slate-200 p-4 text-sm">
            <h2 id="figures" className="font-semibold text-slate-800">{t("keyFigures")}</h2>
            <dl className="mt-2">
              <Fact term={t("figAgreements")} value={formatNumber(locale, counts.agreement)} />
              <Fact term={t("figDelegations")} value={formatNumber(locale, counts.delegation)} />
              <Fact term={t("figEvents")} value={formatNumber(locale, counts.event)} />
              {deals.map(([currency, amount]) => (
                <Fact key={currency} term={t("figDeals")} value={formatMoney(locale, amount, currency)} />
              ))}
            </dl>
          </section>
          <section aria-labelledby="location" className="rounded-lg border border-slate-200 p-2">
            <h2 id="location" className="px-2 pt-1 text-sm font-semibold text-slate-800">{t("location")}</h2>
            <PairMap home={profile.home} partner={profile.partner} locale={locale} />
          </section>
          {profile.related.length > 0 && (
            <section aria-labelledby="related">
              <h2 id="related" className="font-semibold text-slate-800">{t("related", { country: countryNameIn(locale, profile.partner.countryCode) })}</h2>
              <ul className="mt-2 space-y-1 text-sm">
                {profile.related.map((r) => (
                  <li key={r.slug}>
                    <Link href={`/partners/${r.slug}`} className="text-brand-700 underline">
                      <TieName locale={locale} home={{ nameEn: r.homeNameEn, nameZh: r.homeNameZh }} partner={{ nameEn: r.partnerNameEn, nameZh: r.partnerNameZh }} />
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: partnershipJsonLd(profile, locale, homeName, partnerName) }} />
    </main>
  );
}

function Fact({ term, value }: { term: string; value: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-4 border-b border-slate-100 py-1.5 last:border-0">
      <dt className="text-slate-600">{term}</dt>
      <dd className="text-right text-slate-900">{value}</dd>
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"Profile">>>;

function TimelineEntry({ item, locale, t, agreementKind }: { item: TimelineItem; locale: Locale; t: T; agreementKind: (kind: string) => string }) {
  const date = formatDateAt(locale, item.date, item.precision) ?? t("dateUnknown");
  const signedAt = item.kind === "agreement" ? pick(locale, item.signedPlaceEn, item.signedPlaceZh) : null;
  return (
    <li>
      <p className="text-sm text-slate-600">
        <span className="font-medium text-accent-600">{t(item.kind)}</span>
        {item.kind === "agreement" && <> · {agreementKind(item.agreementKind)}</>} · {date}
      </p>
      <h3 className="font-semibold text-slate-900">
        {item.kind === "event" ? (
          <Link href={`/events/${item.slug}`} className="text-brand-700 underline-offset-2 hover:underline">
            <LocalizedText locale={locale} en={item.titleEn} zh={item.titleZh} as="span" />
          </Link>
        ) : (
          <LocalizedText locale={locale} en={item.titleEn} zh={item.titleZh} as="span" />
        )}
      </h3>
      {item.titleDescriptive && <p className="text-xs text-slate-500">{t("descriptive")}</p>}
      {item.kind === "agreement" && (
        <>
          <LocalizedText locale={locale} en={item.summaryEn} zh={item.summaryZh} className="mt-1 text-slate-700" />
          {signedAt && (
            <p className="mt-1 text-sm text-slate-700">
              {t("signedAt")}
              {colon[locale]}
              <InLanguage locale={locale} value={signedAt} />
            </p>
          )}
          {item.signatories.length > 0 && (
            <p className="mt-1 text-sm text-slate-700">
              <Signatories locale={locale} label={t("signatories")} people={item.signatories} />
            </p>
          )}
        </>
      )}
      {item.kind === "delegation" && (
        <>
          <LocalizedText locale={locale} en={item.outcomesEn} zh={item.outcomesZh} className="mt-1 text-slate-700" />
          {item.dealAmount && item.dealCurrency && <p className="mt-1 text-sm text-slate-700">{t("deals", { amount: formatMoney(locale, item.dealAmount, item.dealCurrency) })}</p>}
        </>
      )}
      {item.kind === "event" && <LocalizedText locale={locale} en={item.descriptionEn} zh={item.descriptionZh} className="mt-1 text-slate-700" />}
    </li>
  );
}

const capitalized = <K extends TimelineKind>(kind: K) => `${kind[0]!.toUpperCase()}${kind.slice(1)}` as Capitalize<K>;

function partnershipJsonLd(profile: PartnershipProfile, locale: Locale, homeName: string, partnerName: string): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: tieTitle(locale, profile.home, profile.partner),
    inLanguage: htmlLang[locale],
    dateModified: profile.updatedAt,
    about: [homeName, partnerName].map((name) => ({ "@type": "Place", name })),
    citation: profile.sources.map((s) => s.url ?? s.citation),
  };
  return jsonLd(data);
}
