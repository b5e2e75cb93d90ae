import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DirectoryView, directoryMetadata } from "@/components/public/directory-view";
import { routing } from "@/i18n/routing";
import { stateParams, stateQuery, views } from "@/lib/public-views";
import { renderingPage } from "@/lib/page-path";

export const revalidate = 3600;

/** Every state is rendered when first asked for, then cached: nothing at build time, which has no database. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/directory/[state]">): Promise<Metadata> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? directoryMetadata(locale) : {};
}

/** /partners?… as proxy.ts rewrites it: the state is the segment (country=JP&page=2). */
export default async function DirectoryStatePage({ params }: PageProps<"/[locale]/directory/[state]">) {
  const { locale, state } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  renderingPage(`/${locale}/partners?${stateQuery(state)}`);
  return <DirectoryView locale={locale} query={views.directory.parse(stateParams(state))} />;
}
