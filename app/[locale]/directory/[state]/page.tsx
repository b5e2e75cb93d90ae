import type { Metadata } from "next";
import { DirectoryView, directoryMetadata } from "@/components/public/directory-view";
import { loadDirectory } from "@/lib/kinds/partnership/public";
import { publicList } from "@/lib/public-page";

export const revalidate = 3600;

/** Every state is rendered when first asked for, then cached: nothing at build time, which has no database. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/directory/[state]">): Promise<Metadata> {
  const { locale, state } = await publicList(params, "directory");
  return directoryMetadata(locale, state, (await loadDirectory(state, locale)).result);
}

/** /partners?… as proxy.ts rewrites it: the state is the segment (country=JP&page=2). */
export default async function DirectoryStatePage({ params }: PageProps<"/[locale]/directory/[state]">) {
  const { locale, state } = await publicList(params, "directory");
  return <DirectoryView locale={locale} query={state} {...await loadDirectory(state, locale)} />;
}
