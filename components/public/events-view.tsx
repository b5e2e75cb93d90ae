import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { eventDateText } from "@/components/public/event-date";
import { PagedUpcomingAndPast } from "@/components/public/upcoming-and-past";
import { LocalizedText } from "@/components/public/localized-text";
import { FilterSelect } from "@/components/ui/filter-select";
import { eventKinds } from "@/lib/enums";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { ListedEvent, PublicEvent } from "@/lib/kinds/event/public";
import type { Page } from "@/lib/records/paging";
import { listHref } from "@/lib/validation/lists";
import { sectionMetadata } from "@/lib/i18n/metadata";
import type { EventFilter } from "@/lib/public-views";
import { buttonClass } from "@/components/ui/button";

/**
 * `query`: the filter's canonical query string, "" for the unfiltered first page. A page past the last is not for
 * search engines' indexes (as in the directory).
 */
export async function eventsMetadata(locale: Locale, query = "", result?: Page<unknown>): Promise<Metadata> {
  const metadata = await sectionMetadata(locale, "Events", "/events", query);
  return result && result.total > 0 && result.page > result.pages ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

/**
 * The events page for one filter and page: /events, and its cached twin route for any other state (lib/public-views.ts).
 * Those still to come come first, the soonest first; then the past, the latest first; a page at a time.
 */
export async function EventsView({ locale, filter, result, years }: { locale: Locale; filter: EventFilter; result: Page<ListedEvent>; years: number[] }) {
  const t = await getTranslations({ locale, namespace: "Events" });
  const hrefFor = (page: number) => `/${locale}${listHref("/events", { ...filter, page })}`;
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-brand-800">{t("title")}</h1>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
        <FilterSelect name="kind" label={t("kind")} any={t("any")} value={filter.kind} options={eventKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
        <FilterSelect name="year" label={t("year")} any={t("any")} value={filter.year?.toString()} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <button type="submit" className={buttonClass.primary}>{t("apply")}</button>
        <a href="/events.ics" className="ml-auto self-center text-brand-700 underline">{t("allCalendar")}</a>
      </form>

      <PagedUpcomingAndPast locale={locale} result={result} hrefFor={hrefFor} list={(items) => <EventList items={items} locale={locale} t={t} />} text={t} />
    </main>
  );
}

function EventList({ items, locale, t }: { items: PublicEvent[]; locale: Locale; t: Awaited<ReturnType<typeof getTranslations<"Events">>> }) {
  return (
    <ul className="mt-3 divide-y divide-slate-100">
      {items.map((e) => (
        <li key={e.slug} className="py-3">
          <p className="text-sm text-slate-600">
            <span className="font-medium text-accent-600">{t(`kinds.${e.kind}`)}</span> · {eventDateText(locale, e) ?? t("dateUnknown")}
            {e.online ? ` · ${t("online")}` : ""}
          </p>
          <Link href={`/events/${e.slug}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            <LocalizedText locale={locale} en={e.titleEn} zh={e.titleZh} as="span" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
