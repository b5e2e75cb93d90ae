import type { Metadata } from "next";
import { PartnershipProfileView, profileMetadata } from "@/components/public/partnership-profile";
import { loadProfile } from "@/lib/kinds/partnership/public";
import { publicRecord, recordMetadata } from "@/lib/public-page";

/** Cached, and revalidated by tag when staff change what it shows; hourly too, for its years of friendship. */
export const revalidate = 3600;

/** Each profile is rendered when first asked for, then cached: nothing at build time, which has no database. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/partners/[slug]">): Promise<Metadata> {
  return recordMetadata(params, "/partners", loadProfile, profileMetadata);
}

export default async function PartnershipPage({ params }: PageProps<"/[locale]/partners/[slug]">) {
  const { locale, record } = await publicRecord(params, "/partners", loadProfile);
  return <PartnershipProfileView locale={locale} profile={record} />;
}
