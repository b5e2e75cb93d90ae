import type { Metadata } from "next";
import { PlaceView, placeMetadata } from "@/components/public/place-view";
import { loadPlace } from "@/lib/kinds/place/public";
import { publicRecord, recordMetadata } from "@/lib/public-page";

/** Cached, and revalidated by tag when staff change what it shows; hourly too, for what depends on the date. */
export const revalidate = 3600;

/** Rendered when first asked for, then cached: nothing at build time, which has no database. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/cities/[slug]">): Promise<Metadata> {
  return recordMetadata(params, "/cities", loadPlace, placeMetadata);
}

export default async function CityPage({ params }: PageProps<"/[locale]/cities/[slug]">) {
  const { locale, record } = await publicRecord(params, "/cities", loadPlace);
  return <PlaceView locale={locale} place={record} />;
}
