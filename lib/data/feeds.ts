import "server-only";
import { recentChangesFeed } from "@/lib/atom";
import { publicTags as tag } from "@/lib/cache-tags";
import { listRecentAgreementChanges } from "@/lib/kinds/agreement/public";
import { listRecentEventChanges } from "@/lib/kinds/event/public";
import { listRecentPartnershipChanges } from "@/lib/kinds/partnership/public";
import { cachedRead } from "./cached-read";

/** The feed: what every kind publishes, put together from the kinds' public reads (the sitemap's are in sitemap.ts). */

export interface FeedEntry {
  kind: "partnership" | "agreement" | "event";
  path: string;
  titleEn: string;
  /** Plain text, as the site shows it. */
  summaryEn: string | null;
  /** Markdown (a partnership's story), for the feed to render through the site's allow-list. */
  bodyEn: string | null;
  /** ISO 8601, UTC. */
  updatedAt: string;
}

/** The most recently changed published records, for the Atom feed. */
export async function listRecentChanges(limit = 50): Promise<FeedEntry[]> {
  const [ties, signed, happenings] = await Promise.all([
    listRecentPartnershipChanges(limit),
    listRecentAgreementChanges(limit),
    listRecentEventChanges(limit),
  ]);
  // Agreements and events first when times are equal (as after the demo seed): they are the news.
  return [...signed, ...happenings, ...ties].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit);
}

/** The whole /feed.xml, built once per change: each entry's story goes through the Markdown renderer. */
export const feedFile = cachedRead("feed-file", async (siteUrl: string) => recentChangesFeed(await listRecentChanges(), siteUrl), () => [
  tag.ties,
  tag.agreements,
  tag.events,
]);
