import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { loadProfile, PartnershipProfileView, profileMetadata } from "@/components/public/partnership-profile";
import { routing } from "@/i18n/routing";
import { timelineKinds } from "@/lib/public-views";
import { renderingPage } from "@/lib/page-path";

export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/partners/[slug]/timeline/[kind]">): Promise<Metadata> {
  const { locale, slug } = await params;
  renderingPage(`/${locale}/partners/${slug}`);
  return hasLocale(routing.locales, locale) ? profileMetadata(locale, slug) : {};
}

/** /partners/{slug}?kind=… as proxy.ts rewrites it: the profile with its timeline filtered by kind. */
export default async function PartnershipTimelinePage({ params }: PageProps<"/[locale]/partners/[slug]/timeline/[kind]">) {
  const { locale, slug, kind } = await params;
  const kindFilter = timelineKinds.find((k) => k === kind);
  if (!hasLocale(routing.locales, locale) || !kindFilter) notFound();
  setRequestLocale(locale);
  renderingPage(`/${locale}/partners/${slug}`);
  const profile = await loadProfile(slug);
  if (!profile) notFound();
  return <PartnershipProfileView locale={locale} profile={profile} kindFilter={kindFilter} />;
}
