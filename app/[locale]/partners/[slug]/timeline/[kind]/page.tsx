import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PartnershipProfileView, profileMetadata } from "@/components/public/partnership-profile";
import { loadProfile } from "@/lib/kinds/partnership/public";
import { publicRecord, recordMetadata } from "@/lib/public-page";
import { timelineKinds } from "@/lib/public-views";

export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/partners/[slug]/timeline/[kind]">): Promise<Metadata> {
  return recordMetadata(params, "/partners", loadProfile, profileMetadata);
}

/** /partners/{slug}?kind=… as proxy.ts rewrites it: the profile with its timeline filtered by kind. */
export default async function PartnershipTimelinePage({ params }: PageProps<"/[locale]/partners/[slug]/timeline/[kind]">) {
  const { kind } = await params;
  const kindFilter = timelineKinds.find((k) => k === kind) ?? notFound();
  const { locale, record } = await publicRecord(params, "/partners", loadProfile);
  return <PartnershipProfileView locale={locale} profile={record} kindFilter={kindFilter} />;
}
