import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { eventDateText } from "@/components/public/event-date";
import { Gallery } from "@/components/public/gallery";
import { withGalleryPhoto } from "@/lib/attachments/open-graph";
import { LocalizedText, TieName } from "@/components/public/localized-text";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { EventDetail } from "@/lib/kinds/event/public";
import { alternates } from "@/lib/i18n/metadata";

export function eventMetadata(locale: Locale, event: EventDetail): Metadata {
  const metadata = {
    title: locale === "zh" && event.titleZh ? event.titleZh : event.titleEn,
    description: (locale === "zh" ? event.descriptionZh : null) ?? event.descriptionEn ?? undefined,
    ...alternates(locale, `/events/${event.slug}`),
  };
  return withGalleryPhoto(metadata, locale, event.gallery);
}

/** An event's page (/events/{slug}): when and where, what it is, its partnerships, and its calendar file. */
export async function EventView({ locale, event }: { locale: Locale; event: EventDetail }) {
  const [t, p] = await Promise.all([getTranslations({ locale, namespace: "Events" }), getTranslations({ locale, namespace: "Profile" })]);
  const date = eventDateText(locale, event);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs
        label={p("breadcrumbs")}
        trail={[
          { href: "/", label: p("home") },
          { href: "/events", label: t("title") },
        ]}
        current={<LocalizedText locale={locale} en={event.titleEn} zh={event.titleZh} as="span" />}
      />
      <p className="mt-4 text-sm font-medium text-accent-600">{t(`kinds.${event.kind}`)}</p>
      <h1 className="mt-1 font-serif text-3xl font-semibold text-brand-800">
        <LocalizedText locale={locale} en={event.titleEn} zh={event.titleZh} as="span" />
      </h1>
      {event.titleDescriptive && <p className="mt-1 text-sm text-slate-500">{p("descriptive")}</p>}
      <p className="mt-2 text-lg text-slate-700">{date ?? t("dateUnknown")}{event.online ? ` · ${t("online")}` : ""}</p>
      <dl className="mt-6 space-y-2 text-slate-800">
        {(event.venueEn || event.venueZh) && (
          <div><dt className="text-sm text-slate-600">{t("venue")}</dt><dd><LocalizedText locale={locale} en={event.venueEn} zh={event.venueZh} as="span" /></dd></div>
        )}
        {(event.organisersEn || event.organisersZh) && (
          <div><dt className="text-sm text-slate-600">{t("organisers")}</dt><dd><LocalizedText locale={locale} en={event.organisersEn} zh={event.organisersZh} as="span" /></dd></div>
        )}
      </dl>
      <LocalizedText locale={locale} en={event.descriptionEn} zh={event.descriptionZh} className="mt-6 leading-relaxed text-slate-800" />
      <Gallery locale={locale} items={event.gallery} />
      {event.partnerships.length > 0 && (
        <section aria-labelledby="ties" className="mt-8">
          <h2 id="ties" className="text-xl font-semibold text-brand-800">{t("partnerships")}</h2>
          <ul className="mt-2 space-y-1">
            {event.partnerships.map((x) => (
              <li key={x.slug}>
                <Link href={`/partners/${x.slug}`} className="text-brand-700 underline">
                  <TieName locale={locale} home={{ nameEn: x.homeNameEn, nameZh: x.homeNameZh }} partner={{ nameEn: x.partnerNameEn, nameZh: x.partnerNameZh }} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {event.datePrecision === "day" && (
        <p className="mt-8"><a href={`/events/${event.slug}.ics`} className="text-brand-700 underline">{t("calendar")}</a></p>
      )}
    </main>
  );
}
