import type { FeedEntry } from "@/lib/data/feeds";
import { markdownToHtml } from "@/lib/markdown";

/**
 * An Atom document (RFC 4287) written out whole. The `feed` package this replaced declares every title and summary
 * type="html" in a CDATA section, so a title was markup to the reader, and its serializer escaped only the first "]]>"
 * of a section, so a second one ended it and let staff text add elements to the document. Here every value is
 * escaped text, and each text construct says how it is meant: titles and summaries as text, content as HTML that
 * the caller has sanitized.
 */

export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  /** ISO 8601. */
  updated: string;
  summary?: string | null;
  /** HTML that is safe to show as it is (see markdownToHtml). */
  contentHtml?: string | null;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  link: string;
  self: string;
  language: string;
  author: string;
  rights: string;
  /** ISO 8601. */
  updated: string;
  entries: AtomEntry[];
}

/** Characters XML 1.0 cannot carry at all, escaped or not: one of them would make the whole feed unreadable. */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function escape(value: string): string {
  return value.replace(notXml, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const element = (name: string, value: string, attributes: Record<string, string> = {}) =>
  `<${name}${Object.entries(attributes).map(([k, v]) => ` ${k}="${escape(v)}"`).join("")}>${escape(value)}</${name}>`;

const link = (href: string, rel = "alternate", type?: string) =>
  `<link rel="${escape(rel)}" href="${escape(href)}"${type ? ` type="${escape(type)}"` : ""}/>`;

export function atomXml(feed: AtomFeed): string {
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      `    ${element("id", e.id)}`,
      `    ${element("title", e.title, { type: "text" })}`,
      `    ${link(e.link)}`,
      `    ${element("updated", e.updated)}`,
      e.summary ? `    ${element("summary", e.summary, { type: "text" })}` : null,
      e.contentHtml ? `    ${element("content", e.contentHtml, { type: "html" })}` : null,
      "  </entry>",
    ]
      .filter((line) => line !== null)
      .join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(feed.language)}">`,
    `  ${element("id", feed.id)}`,
    `  ${element("title", feed.title, { type: "text" })}`,
    `  ${element("subtitle", feed.subtitle, { type: "text" })}`,
    `  ${link(feed.link, "alternate", "text/html")}`,
    `  ${link(feed.self, "self", "application/atom+xml")}`,
    `  <author>${element("name", feed.author)}</author>`,
    `  ${element("rights", feed.rights, { type: "text" })}`,
    `  ${element("updated", feed.updated)}`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** /feed.xml: the recent published changes (English pages), as the site shows them. */
export function recentChangesFeed(entries: FeedEntry[], site: string): string {
  return atomXml({
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
      // Summaries are plain text; a partnership's story is Markdown, rendered through the site's allow-list.
      summary: entry.summaryEn,
      contentHtml: entry.bodyEn ? markdownToHtml(entry.bodyEn) : null,
    })),
  });
}
