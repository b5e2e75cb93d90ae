import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { env } from "@/lib/env";

export default async function robots(): Promise<MetadataRoute.Robots> {
  // Read at request time: the site URL is runtime configuration, not baked into the build.
  await connection();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/staff", "/login", "/api/"] },
    sitemap: `${env().AMITY_SITE_URL}/sitemap.xml`,
  };
}
