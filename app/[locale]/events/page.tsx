import type { Metadata } from "next";
import { officeToday } from "@/lib/office-clock";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { eventDateText } from "@/components/public/event-date";
import { FilterSelect } from "@/components/ui/filter-select";
import { eventKinds } from "@/db/schema";
import { Link } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import type { PublicEvent } from "@/lib/data/events";
import { publicReads } from "@/lib/data/public";
import { htmlLang } from "@/lib/i18n/content";
import { alternates } from "@/lib/i18n/metadata";

const filterSchema = z.object({
  kind: z.enum(eventKinds).optional().catch(undefined),
  year: z.coerce.number().int().min(1900).max(2100).optional().catch(undefined),
});

export async function generateMetadata({ params }: PageProps<"/[locale]/events">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Events" });
  return { title: t("title"), description: t("description"), ...alternates(locale, "/events") };
}

export default async function EventsPage({ params, searchParams }: PageProps<"/[locale]/events">) {
  const { locale: raw } = await params;
  if (!hasLocale(routing.locales, raw)) notFound();
  const locale: Locale = raw;
  setRequestLocale(locale);
  await connection();
  const sp = await searchParams;
  const filter = filterSchema.parse({ kind: sp.kind || undefined, year: sp.year || undefined });
  const [t, events, years] = await Promise.all([getTranslations({ locale, namespace: "Events" }), publicReads.events(filter), publicReads.eventYears()]);
  const today = officeToday();
  const upcoming = events.filter((e) => e.startsOn && (e.endsOn ?? e.startsOn) >= today).reverse();
  const past = events.filter((e) => !upcoming.includes(e));
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-brand-800">{t("title")}</h1>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
        <FilterSelect name="kind" label={t("kind")} any={t("any")} value={filter.kind} options={eventKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
        <FilterSelect name="year" label={t("year")} any={t("any")} value={filter.year?.toString()} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">{t("apply")}</button>
        <a href="/events.ics" className="ml-auto self-center text-brand-700 underline">{t("allCalendar")}</a>
      </form>

      <section aria-labelledby="upcoming" className="mt-8">
        <h2 id="upcoming" className="text-xl font-semibold text-brand-800">{t("upcoming")}</h2>
        {upcoming.length ? <EventList items={upcoming} locale={locale} t={t} /> : <p className="mt-2 text-slate-600">{t("noneUpcoming")}</p>}
      </section>
      <section aria-labelledby="past" className="mt-8">
        <h2 id="past" className="text-xl font-semibold text-brand-800">{t("past")}</h2>
        {past.length ? <EventList items={past} locale={locale} t={t} /> : <p className="mt-2 text-slate-600">{t("none")}</p>}
      </section>
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
            <span lang={locale === "zh" && e.titleZh ? htmlLang.zh : "en"}>{locale === "zh" && e.titleZh ? e.titleZh : e.titleEn}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
