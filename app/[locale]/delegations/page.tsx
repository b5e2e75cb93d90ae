import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DelegationsView, delegationsMetadata } from "@/components/public/delegations-view";
import { routing } from "@/i18n/routing";
import { views } from "@/lib/public-views";
import { renderingPage } from "@/lib/page-path";

/** Cached, and revalidated by tag when staff publish; hourly too, as today's date moves events into the past. */
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/delegations">): Promise<Metadata> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? delegationsMetadata(locale) : {};
}

/** Every delegation, unfiltered; a filtered view is served by /[locale]/delegation-list/[state] (proxy.ts). */
export default async function DelegationsPage({ params }: PageProps<"/[locale]/delegations">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  renderingPage(`/${locale}/delegations`);
  return <DelegationsView locale={locale} filter={views.delegations.parse({})} />;
}
