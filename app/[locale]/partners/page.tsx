import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DirectoryView, directoryMetadata } from "@/components/public/directory-view";
import { routing } from "@/i18n/routing";
import { views } from "@/lib/public-views";
import { renderingPage } from "@/lib/page-path";

/** Cached, and revalidated by tag when staff publish; hourly too, for what depends on the date. */
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/partners">): Promise<Metadata> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? directoryMetadata(locale) : {};
}

/** The directory's first page; any search or filter is served by /[locale]/directory/[state] (proxy.ts). */
export default async function DirectoryPage({ params }: PageProps<"/[locale]/partners">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  renderingPage(`/${locale}/partners`);
  return <DirectoryView locale={locale} query={views.directory.parse({})} />;
}
