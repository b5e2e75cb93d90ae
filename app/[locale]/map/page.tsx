import type { Metadata } from "next";
import { MapView, mapMetadata } from "@/components/public/map-view";
import { loadMap } from "@/lib/kinds/place/public";
import { publicLocale } from "@/lib/public-page";

/** Cached, and revalidated by tag when staff change what it shows; hourly too, for what depends on the date. */
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/map">): Promise<Metadata> {
  return mapMetadata(await publicLocale(params));
}

export default async function MapPage({ params }: PageProps<"/[locale]/map">) {
  const locale = await publicLocale(params, "/map");
  const { places, home } = await loadMap();
  return <MapView locale={locale} places={places} home={home} />;
}
