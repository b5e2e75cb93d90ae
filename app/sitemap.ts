import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { routing } from "@/i18n/routing";
import { publicPaths } from "@/lib/data/feeds";
import { env } from "@/lib/env";
import { htmlLang } from "@/lib/i18n/content";

/** Every published page in both languages, each with its alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const site = env().AMITY_SITE_URL;
  const paths = await publicPaths();
  const url = (locale: string, path: string) => `${site}/${locale}${path === "/" ? "" : path}`;
  return paths.flatMap(({ path, lastModified }) =>
    routing.locales.map((locale) => ({
      url: url(locale, path),
      lastModified,
      alternates: { languages: Object.fromEntries(routing.locales.map((l) => [htmlLang[l], url(l, path)])) },
    })),
  );
}
