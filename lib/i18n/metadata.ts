import type { Metadata } from "next";
import { routing, type Locale } from "@/i18n/routing";
import { getTranslations } from "next-intl/server";
import { htmlLang } from "./content";

/** Canonical URL and hreflang alternates of a public page, given its path without the locale ("/partners"). */
export function alternates(locale: Locale, path: string): Pick<Metadata, "alternates" | "openGraph"> {
  const suffix = path === "/" ? "" : path;
  return {
    alternates: {
      canonical: `/${locale}${suffix}`,
      languages: Object.fromEntries([
        ...routing.locales.map((l) => [htmlLang[l], `/${l}${suffix}`]),
        ["x-default", `/en${suffix}`],
      ]),
    },
    openGraph: { locale: locale === "zh" ? "zh_CN" : "en_GB", url: `/${locale}${suffix}`, siteName: "Shandong International Partnerships" },
  };
}

/** A section page's metadata: the title and description of its catalogue namespace ("Events"), and its alternates. */
export async function sectionMetadata(locale: Locale, namespace: string, path: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace });
  return { title: t("title"), description: t("description"), ...alternates(locale, path) };
}
