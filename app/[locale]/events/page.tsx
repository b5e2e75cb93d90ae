import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { EventsView, eventsMetadata } from "@/components/public/events-view";
import { routing } from "@/i18n/routing";
import { views } from "@/lib/public-views";
import { renderingPage } from "@/lib/page-path";

/** Cached, and revalidated by tag when staff publish; hourly too, as today's date moves events into the past. */
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/events">): Promise<Metadata> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? eventsMetadata(locale) : {};
}

/** Every event, unfiltered; a filtered view is served by /[locale]/event-list/[state] (proxy.ts). */
export default async function EventsPage({ params }: PageProps<"/[locale]/events">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  renderingPage(`/${locale}/events`);
  return <EventsView locale={locale} filter={views.events.parse({})} />;
}
