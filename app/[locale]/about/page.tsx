import type { Metadata } from "next";
import { AboutView, aboutMetadata } from "@/components/public/about-view";
import { routing } from "@/i18n/routing";
import { publicLocale } from "@/lib/public-page";

/** Fully static: prerendered for both languages at build time, no database. (Also the benchmark's ceiling.) */
export const dynamic = "force-static";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/about">): Promise<Metadata> {
  return aboutMetadata(await publicLocale(params));
}

export default async function AboutPage({ params }: PageProps<"/[locale]/about">) {
  return <AboutView locale={await publicLocale(params)} />;
}
