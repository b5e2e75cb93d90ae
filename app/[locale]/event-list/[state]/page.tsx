import type { Metadata } from "next";
import { EventsView, eventsMetadata } from "@/components/public/events-view";
import { loadEventList } from "@/lib/kinds/event/public";
import { listQuery, publicList } from "@/lib/public-page";

export const revalidate = 3600;

/** Every state is rendered when first asked for, then cached: nothing at build time, which has no database. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/event-list/[state]">): Promise<Metadata> {
  const { locale, state } = await publicList(params, "events");
  return eventsMetadata(locale, await listQuery(params, "events"), (await loadEventList(state)).result);
}

/** /events?… as proxy.ts rewrites it: the filter and page are the segment (kind=forum&year=2021&page=2). */
export default async function EventsStatePage({ params }: PageProps<"/[locale]/event-list/[state]">) {
  const { locale, state } = await publicList(params, "events");
  return <EventsView locale={locale} filter={state} {...await loadEventList(state)} />;
}
