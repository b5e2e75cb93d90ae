import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PartnershipProfileView, profileMetadata } from "@/components/public/partnership-profile";
import { loadProfile, loadTimeline } from "@/lib/kinds/partnership/public";
import { alternates } from "@/lib/i18n/metadata";
import { publicRecord } from "@/lib/public-page";
import { timelineKinds, type TimelineKind } from "@/lib/public-views";
import { listFilters, queryString } from "@/lib/validation/lists";

type Params = Promise<{ locale: string; slug: string; kind: string; page?: string }>;

/** The route's kind and page, or a 404 for a kind that isn't one or a page segment that isn't a number above 1. */
async function stateOf(params: Params): Promise<{ kind: TimelineKind; page: number }> {
  const { kind, page } = await params;
  const timelineKind = timelineKinds.find((k) => k === kind) ?? notFound();
  if (page === undefined) return { kind: timelineKind, page: 1 };
  if (!/^\d{1,6}$/.test(page) || listFilters.page.parse(page) !== Number(page) || Number(page) < 2) notFound();
  return { kind: timelineKind, page: Number(page) };
}

/**
 * A page of a profile's timeline of one kind: its own canonical address (?kind=event&page=2). A page past the last is
 * not for search engines' indexes (the directory does the same).
 */
export async function timelineMetadata(params: Params): Promise<Metadata> {
  const { kind, page } = await stateOf(params);
  const { locale, record } = await publicRecord(params, "/partners", loadProfile);
  const result = await loadTimeline(record.slug, kind, page);
  const metadata = profileMetadata(locale, record);
  const past = !result || (result.total > 0 && result.page > result.pages);
  return {
    ...metadata,
    ...alternates(locale, `/partners/${record.slug}`, queryString({ kind, page })),
    ...(past ? { robots: { index: false, follow: true } } : {}),
  };
}

/** /partners/{slug}?kind=…[&page=…] as proxy.ts rewrites it: the profile with one page of one kind's entries. */
export async function TimelinePage({ params }: { params: Params }) {
  const { kind, page } = await stateOf(params);
  const { locale, record } = await publicRecord(params, "/partners", loadProfile);
  const result = (await loadTimeline(record.slug, kind, page)) ?? notFound();
  return <PartnershipProfileView locale={locale} profile={record} timelinePage={{ kind, result }} />;
}
