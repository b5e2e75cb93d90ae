import type { Metadata } from "next";
import { TimelinePage, timelineMetadata } from "../timeline-page";

export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/partners/[slug]/timeline/[kind]/[page]">): Promise<Metadata> {
  return timelineMetadata(params);
}

/** /partners/{slug}?kind=…&page=… as proxy.ts rewrites it: the profile with a later page of one kind's entries. */
export default async function PartnershipTimelinePageN({ params }: PageProps<"/[locale]/partners/[slug]/timeline/[kind]/[page]">) {
  return <TimelinePage params={params} />;
}
