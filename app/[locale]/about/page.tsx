import type { Metadata } from "next";
import { AboutView, aboutMetadata } from "@/components/public/about-view";
import { publicLocale } from "@/lib/public-page";

/**
 * Static, no database (also the benchmark's ceiling): rendered on its first request, then cached, not at build time,
 * because the office's contact and the site's address (AMITY_OFFICE_*, AMITY_SITE_URL) are the server's configuration.
 */
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/about">): Promise<Metadata> {
  return aboutMetadata(await publicLocale(params));
}

export default async function AboutPage({ params }: PageProps<"/[locale]/about">) {
  return <AboutView locale={await publicLocale(params)} />;
}
