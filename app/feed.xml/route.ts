import { atomXml } from "@/lib/atom";
import { publicReads } from "@/lib/data/public";
import { env } from "@/lib/env";
import { markdownToHtml } from "@/lib/markdown";

/** Atom feed of recent published changes (English pages). */
export async function GET() {
  const site = env().AMITY_SITE_URL;
  const entries = await publicReads.recentChanges();
  const xml = atomXml({
    id: `${site}/`,
    title: "Shandong International Partnerships",
    subtitle: "Recent changes to the published partnerships, agreements and events of Shandong Province and its cities.",
    link: `${site}/en`,
    self: `${site}/feed.xml`,
    language: "en",
    author: "Foreign Affairs Office of Shandong Province",
    rights: "Foreign Affairs Office of Shandong Province",
    updated: new Date(entries[0]?.updatedAt ?? 0).toISOString(),
    entries: entries.map((entry) => ({
      id: `${site}/en${entry.path}#${entry.kind}-${Date.parse(entry.updatedAt)}`,
      title: entry.titleEn,
      link: `${site}/en${entry.path}`,
      updated: new Date(entry.updatedAt).toISOString(),
      // As the site shows them: summaries are plain text, a partnership's story is Markdown.
      summary: entry.summaryEn,
      contentHtml: entry.bodyEn ? markdownToHtml(entry.bodyEn) : null,
    })),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
