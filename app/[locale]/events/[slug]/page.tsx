import type { Metadata } from "next";
import { EventView, eventMetadata } from "@/components/public/event-view";
import { loadEvent } from "@/lib/kinds/event/public";
import { publicRecord, recordMetadata } from "@/lib/public-page";

/** Cached, and revalidated by tag when staff change what it shows; hourly too, for what depends on the date. */
export const revalidate = 3600;

/** Rendered when first asked for, then cached: nothing at build time, which has no database. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/events/[slug]">): Promise<Metadata> {
  return recordMetadata(params, "/events", loadEvent, eventMetadata);
}

export default async function EventPage({ params }: PageProps<"/[locale]/events/[slug]">) {
  const { locale, record } = await publicRecord(params, "/events", loadEvent);
  return <EventView locale={locale} event={record} />;
}
