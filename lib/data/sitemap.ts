import "server-only";
import { publicTags as tag } from "@/lib/cache-tags";
import { listEventPaths } from "@/lib/kinds/event/public";
import { listPartnershipPaths } from "@/lib/kinds/partnership/public";
import { listPartnerCountries, listPlacePaths } from "@/lib/kinds/place/public";
import { cachedRead } from "./cached-read";

/**
 * The sitemap, split into files a crawler takes (the protocol allows 50,000 addresses and 50 MB a file; app/sitemaps/sitemap.ts
 * writes each file, app/sitemap.xml/route.ts the index of them). One file per kind of page and chunk of that kind, so
 * a change to one kind re-reads only its own files, and each file stays small at any size of the data.
 */
export const sitemapKinds = ["pages", "partnerships", "places", "events"] as const;
export type SitemapKind = (typeof sitemapKinds)[number];

/** Pages a file holds, each in both languages: 2,000 addresses, about 0.6 MB with their alternates. */
export const sitemapChunkSize = 1000;

export interface SitemapPath {
  /** Without the locale: "/partners/jinan-vantaa". */
  path: string;
  /** ISO 8601. */
  lastModified: string;
}

const sections = ["/", "/partners", "/map", "/events", "/delegations", "/agreements", "/about", "/data"];

/** The published pages of one kind, in a stable order (by address), so each chunk keeps its pages between changes. */
export async function listSitemapPaths(kind: SitemapKind): Promise<SitemapPath[]> {
  let paths: SitemapPath[];
  switch (kind) {
    case "partnerships":
      paths = await listPartnershipPaths();
      break;
    case "places":
      paths = await listPlacePaths();
      break;
    case "events":
      paths = await listEventPaths();
      break;
    case "pages": {
      // The sections and the country pages change whenever a partnership or an event does: dated by the latest.
      const [ties, events, countries] = await Promise.all([listPartnershipPaths(), listEventPaths(), listPartnerCountries()]);
      const latest = latestOf([...ties, ...events]);
      return [...sections, ...countries.map((code) => `/countries/${code.toLowerCase()}`)].map((path) => ({ path, lastModified: latest }));
    }
  }
  return paths.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A sitemap file's id: "pages", or a kind and its chunk, "partnerships-0". */
export function sitemapId(kind: SitemapKind, chunk: number): string {
  return kind === "pages" ? "pages" : `${kind}-${chunk}`;
}

/** The kind and chunk an id names, or null for one that names no file. */
export function parseSitemapId(id: string): { kind: SitemapKind; chunk: number } | null {
  if (id === "pages") return { kind: "pages", chunk: 0 };
  const match = /^(partnerships|places|events)-(0|[1-9]\d{0,5})$/.exec(id);
  return match ? { kind: match[1] as SitemapKind, chunk: Number(match[2]) } : null;
}

/** Every sitemap file: its id and when its latest page changed (the pages, then each kind's chunks; none for a kind with no page). */
export async function listSitemapIndex(read = listSitemapPaths): Promise<{ id: string; lastModified: string }[]> {
  const files = await Promise.all(
    sitemapKinds.map(async (kind) => {
      const paths = await read(kind);
      // The sections are always there: one file of pages, however few.
      const files = kind === "pages" ? 1 : Math.ceil(paths.length / sitemapChunkSize);
      return Array.from({ length: files }, (_, i) => ({ id: sitemapId(kind, i), lastModified: latestOf(chunkOf(kind, paths, i)) }));
    }),
  );
  return files.flat();
}

function latestOf(paths: SitemapPath[]): string {
  return paths.reduce((max, r) => (r.lastModified > max ? r.lastModified : max), new Date(0).toISOString());
}

/** One file's pages: a chunk of its kind (empty past the last). */
export async function listSitemapChunk(kind: SitemapKind, chunk: number, read = listSitemapPaths): Promise<SitemapPath[]> {
  return chunkOf(kind, await read(kind), chunk);
}

function chunkOf(kind: SitemapKind, paths: SitemapPath[], chunk: number): SitemapPath[] {
  return kind === "pages" ? paths : paths.slice(chunk * sitemapChunkSize, (chunk + 1) * sitemapChunkSize);
}

/** What a kind's pages depend on: a place is listed while it has a public tie, so place changes revalidate `ties`. */
function tagsOf(kind: SitemapKind): string[] {
  return kind === "events" ? [tag.events] : kind === "pages" ? [tag.ties, tag.events] : [tag.ties];
}

// The cached reads: each kind's pages are read once per change to that kind, and each file is cut from them.
const kindPaths = cachedRead("sitemap-paths", listSitemapPaths, (kind) => tagsOf(kind));
export const sitemapIndex = cachedRead("sitemap-index", () => listSitemapIndex(kindPaths), () => [tag.ties, tag.events]);
export const sitemapChunk = cachedRead("sitemap-chunk", (kind: SitemapKind, chunk: number) => listSitemapChunk(kind, chunk, kindPaths), (kind) => tagsOf(kind));
