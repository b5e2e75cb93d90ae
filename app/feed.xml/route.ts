import { Feed } from "feed";
import { publicReads } from "@/lib/data/public";
import { env } from "@/lib/env";

/** Atom feed of recent published changes (English pages). */
export async function GET() {
  const site = env().AMITY_SITE_URL;
  const entries = await publicReads.recentChanges();
  const feed = new Feed({
    id: `${site}/`,
    title: "Shandong International Partnerships",
    description: "Recent changes to the published partnerships, agreements and events of Shandong Province and its cities.",
    link: `${site}/en`,
    language: "en",
    copyright: "Foreign Affairs Office of Shandong Province",
    updated: new Date(entries[0]?.updatedAt ?? 0),
    feedLinks: { atom: `${site}/feed.xml` },
  });
  for (const entry of entries) {
    feed.addItem({
      id: `${site}/en${entry.path}#${entry.kind}-${Date.parse(entry.updatedAt)}`,
      title: entry.titleEn,
      link: `${site}/en${entry.path}`,
      description: entry.summaryEn ?? undefined,
      date: new Date(entry.updatedAt),
    });
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
