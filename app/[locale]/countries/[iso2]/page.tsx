import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CountryView, countryMetadata } from "@/components/public/country-view";
import { countryCodeOf, loadCountry } from "@/lib/kinds/place/public";
import { publicLocale } from "@/lib/public-page";

/** Cached, and revalidated by tag when staff change what it shows; hourly too, for what depends on the date. */
export const revalidate = 3600;

/** Rendered when first asked for, then cached: nothing at build time, which has no database. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/countries/[iso2]">): Promise<Metadata> {
  const { iso2 } = await params;
  const locale = await publicLocale(params, `/countries/${iso2}`);
  const code = countryCodeOf(iso2);
  return code ? countryMetadata(locale, code) : {};
}

export default async function CountryPage({ params }: PageProps<"/[locale]/countries/[iso2]">) {
  const { iso2 } = await params;
  const code = countryCodeOf(iso2) ?? notFound();
  const locale = await publicLocale(params, `/countries/${iso2}`);
  const groups = await loadCountry(code);
  if (groups.length === 0) notFound();
  return <CountryView locale={locale} code={code} groups={groups} />;
}
