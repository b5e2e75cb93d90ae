import type { MetadataRoute } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { routing } from "@/i18n/routing";
import { parseSitemapId, sitemapChunk, sitemapIndex } from "@/lib/data/sitemap";
import { env } from "@/lib/env";
import { htmlLang } from "@/lib/i18n/content";

/**
 * The sitemap's files, served at /sitemaps/sitemap/{id}.xml: the site's sections and country pages ("pages"), then each
 * kind's published pages a chunk at a time ("partnerships-0", "places-0", "events-3"), every page in both languages
 * with its alternates. Next.js writes no index for them, and a sitemap.ts at the app's root would take /sitemap.xml
 * (Next.js refuses a route beside it): so they live under /sitemaps, and app/sitemap.xml/route.ts lists them.
 */
export async function generateSitemaps() {
  // Next.js also asks at build time (for the files to make then), which has no database: none is made then, each is
  // made when first asked for. NEXT_PHASE is Next.js's own signal, not the portal's configuration (lib/env.ts).
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return [];
  return (await sitemapIndex()).map(({ id }) => ({ id }));
}

/**
 * Each file is made when first asked for (at run time: the site URL is the server's configuration, and the build has
 * no database), then served whole from the cache until staff publish a change to its kind (its reads' tags,
 * lib/data/sitemap.ts) or an hour has passed, like the public pages.
 */
export const revalidate = 3600;

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const file = parseSitemapId(await id);
  if (!file) return [];
  const site = env().AMITY_SITE_URL;
  const url = (locale: string, path: string) => `${site}/${locale}${path === "/" ? "" : path}`;
  const paths = await sitemapChunk(file.kind, file.chunk);
  return paths.flatMap(({ path, lastModified }) =>
    routing.locales.map((locale) => ({
      url: url(locale, path),
      lastModified,
      alternates: { languages: Object.fromEntries(routing.locales.map((l) => [htmlLang[l], url(l, path)])) },
    })),
  );
}
