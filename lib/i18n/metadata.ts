import type { Metadata } from "next";
import { routing, type Locale } from "@/i18n/routing";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { htmlLang } from "./content";

/**
 * A public page's absolute address on the portal's public site (AMITY_SITE_URL): search engines take canonical and
 * hreflang links only as absolute URLs. `path` is without the locale ("/partners"); `query` is the page's state in its
 * canonical form ("country=JP&page=2"), if it has one.
 */
export function publicUrl(locale: Locale, path: string, query = ""): string {
  const suffix = path === "/" ? "" : path;
  return `${env().AMITY_SITE_URL}/${locale}${suffix}${query ? `?${query}` : ""}`;
}

/**
 * Canonical URL, hreflang alternates (each language, and English as x-default) and og:url of a public page, all
 * absolute; a list in a filtered state is its own page (`query`), in either language.
 */
export function alternates(locale: Locale, path: string, query = ""): Pick<Metadata, "alternates" | "openGraph"> {
  const url = publicUrl(locale, path, query);
  return {
    alternates: {
      canonical: url,
      languages: Object.fromEntries([
        ...routing.locales.map((l) => [htmlLang[l], publicUrl(l, path, query)]),
        ["x-default", publicUrl(routing.defaultLocale, path, query)],
      ]),
    },
    openGraph: { locale: locale === "zh" ? "zh_CN" : "en_GB", url, siteName: "Shandong International Partnerships" },
  };
}

/** A section page's metadata: the title and description of its catalogue namespace ("Events"), and its alternates. */
export async function sectionMetadata(locale: Locale, namespace: string, path: string, query = ""): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace });
  return { title: t("title"), description: t("description"), ...alternates(locale, path, query) };
}
