import { connection } from "next/server";
import { sitemapIndex } from "@/lib/data/sitemap";
import { env } from "@/lib/env";

/**
 * The sitemap index: every file app/sitemaps/sitemap.ts writes (Next.js's generateSitemaps serves them at
 * /sitemaps/sitemap/{id}.xml and lists them nowhere), with the date of its latest change, so a crawler fetches again
 * only what changed.
 */
export async function GET() {
  await connection();
  const site = escapeXml(env().AMITY_SITE_URL);
  const files = await sitemapIndex();
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    files.map(({ id, lastModified }) => `<sitemap>\n<loc>${site}/sitemaps/sitemap/${id}.xml</loc>\n<lastmod>${lastModified}</lastmod>\n</sitemap>\n`).join("") +
    `</sitemapindex>\n`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=0, must-revalidate" } });
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", "'": "apos", '"': "quot" }[c]};`);
}
