import type { Metadata } from "next";
import { HomeView, homeMetadata } from "@/components/public/home-view";
import { loadHome } from "@/lib/data/home";
import { publicLocale } from "@/lib/public-page";

/** Cached, and revalidated by tag when staff change what it shows; hourly too, for what depends on the date. */
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  return homeMetadata(await publicLocale(params));
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await publicLocale(params, "");
  return <HomeView locale={locale} home={await loadHome()} />;
}
