import type { Metadata } from "next";
import { TimelinePage, timelineMetadata } from "./timeline-page";

export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/partners/[slug]/timeline/[kind]">): Promise<Metadata> {
  return timelineMetadata(params);
}

/** /partners/{slug}?kind=… as proxy.ts rewrites it: the profile with the first page of one kind's entries. */
export default async function PartnershipTimelinePage({ params }: PageProps<"/[locale]/partners/[slug]/timeline/[kind]">) {
  return <TimelinePage params={params} />;
}
