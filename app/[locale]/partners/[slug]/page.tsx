import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { loadProfile, PartnershipProfileView, profileMetadata } from "@/components/public/partnership-profile";
import { routing } from "@/i18n/routing";
import { renderingPage } from "@/lib/page-path";

/** Cached, and revalidated by tag when staff change what it shows; hourly too, for its years of friendship. */
export const revalidate = 3600;

/** Each profile is rendered when first asked for, then cached: nothing at build time, which has no database. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/partners/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  renderingPage(`/${locale}/partners/${slug}`);
  return hasLocale(routing.locales, locale) ? profileMetadata(locale, slug) : {};
}

export default async function PartnershipPage({ params }: PageProps<"/[locale]/partners/[slug]">) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  renderingPage(`/${locale}/partners/${slug}`);
  const profile = await loadProfile(slug);
  if (!profile) notFound();
  return <PartnershipProfileView locale={locale} profile={profile} />;
}
