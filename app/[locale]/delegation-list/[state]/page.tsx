import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DelegationsView, delegationsMetadata } from "@/components/public/delegations-view";
import { routing } from "@/i18n/routing";
import { stateParams, stateQuery, views } from "@/lib/public-views";
import { renderingPage } from "@/lib/page-path";

export const revalidate = 3600;

/** Every filter is rendered when first asked for, then cached: nothing at build time, which has no database. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/delegation-list/[state]">): Promise<Metadata> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? delegationsMetadata(locale) : {};
}

/** /delegations?… as proxy.ts rewrites it: the filter is the segment (kind=forum&year=2021). */
export default async function DelegationsStatePage({ params }: PageProps<"/[locale]/delegation-list/[state]">) {
  const { locale, state } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  renderingPage(`/${locale}/delegations?${stateQuery(state)}`);
  return <DelegationsView locale={locale} filter={views.delegations.parse(stateParams(state))} />;
}
