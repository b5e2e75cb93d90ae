import type { Metadata } from "next";
import { EventsView, eventsMetadata } from "@/components/public/events-view";
import { loadEventList } from "@/lib/kinds/event/public";
import { publicList, publicLocale } from "@/lib/public-page";

/** Cached, and revalidated by tag when staff publish; hourly too, as today's date moves events into the past. */
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/events">): Promise<Metadata> {
  return eventsMetadata(await publicLocale(params));
}

/** The first page of the events, unfiltered; any other state is served by /[locale]/event-list/[state] (proxy.ts). */
export default async function EventsPage({ params }: PageProps<"/[locale]/events">) {
  const { locale, state } = await publicList(params, "events");
  return <EventsView locale={locale} filter={state} {...await loadEventList(state)} />;
}
