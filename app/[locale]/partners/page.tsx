import type { Metadata } from "next";
import { DirectoryView, directoryMetadata } from "@/components/public/directory-view";
import { loadDirectory } from "@/lib/kinds/partnership/public";
import { publicList, publicLocale } from "@/lib/public-page";

/** Cached, and revalidated by tag when staff publish; hourly too, for what depends on the date. */
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/partners">): Promise<Metadata> {
  return directoryMetadata(await publicLocale(params));
}

/** The directory's first page; any search or filter is served by /[locale]/directory/[state] (proxy.ts). */
export default async function DirectoryPage({ params }: PageProps<"/[locale]/partners">) {
  const { locale, state } = await publicList(params, "directory");
  return <DirectoryView locale={locale} query={state} {...await loadDirectory(state, locale)} />;
}
