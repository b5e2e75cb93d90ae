import type { Metadata } from "next";
import { DataView, dataMetadata } from "@/components/public/data-view";
import { openDataCatalogue } from "@/lib/data/open-data";
import { env } from "@/lib/env";
import { publicLocale } from "@/lib/public-page";

/** Cached, and revalidated by tag when staff publish a change to what the files hold (their counts and dates). */
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/data">): Promise<Metadata> {
  return dataMetadata(await publicLocale(params));
}

export default async function DataPage({ params }: PageProps<"/[locale]/data">) {
  const locale = await publicLocale(params, "/data");
  const files = await openDataCatalogue(env().AMITY_SITE_URL);
  return <DataView locale={locale} files={files} />;
}
