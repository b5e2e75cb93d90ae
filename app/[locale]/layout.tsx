import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { SkipLink } from "@/components/layout/skip-link";
import { LanguageSwitcher } from "@/components/public/language-switcher";
import { OfficeContact } from "@/components/public/office-contact";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { officeContact } from "@/lib/env";
import { htmlLang } from "@/lib/i18n/content";
import { publicLocale } from "@/lib/public-page";
import "../globals.css";

/** Public pages are rendered when first asked for, then cached (none at build time, which has no database). */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const locale = await publicLocale(params);
  const t = await getTranslations({ locale, namespace: "Site" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description"), icons: { icon: "/icon.svg" } };
}

/** The root of the public site: its language is the URL's, so each page can be cached as it is. */
export default async function PublicLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await publicLocale(params);
  const [t, nav, messages] = await Promise.all([
    getTranslations({ locale, namespace: "Site" }),
    getTranslations({ locale, namespace: "Nav" }),
    getMessages({ locale }),
  ]);
  const other: Locale = locale === "en" ? "zh" : "en";
  return (
    <html lang={htmlLang[locale]}>
      <body className="min-h-screen bg-white font-sans">
        {/* The browser gets only the words its client components use (the error page's), not the whole catalogue. */}
        <NextIntlClientProvider messages={{ Error: messages.Error }}>
          <SkipLink label={t("skip")} />
          <header className="border-b-4 border-accent-600 bg-brand-800 text-white">
            <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
              <Link href="/" className="group flex flex-col leading-tight">
                <span className="text-xs uppercase tracking-wider text-brand-100">{t("office")}</span>
                <span className="text-lg font-semibold group-hover:underline">{t("title")}</span>
              </Link>
              <div className="flex items-center gap-4">
                <nav aria-label={t("primaryNav")}>
                  <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                    <li>
                      <Link href="/" className="hover:underline">{nav("home")}</Link>
                    </li>
                    <li>
                      <Link href="/partners" className="hover:underline">{nav("partners")}</Link>
                    </li>
                    <li>
                      <Link href="/map" className="hover:underline">{nav("map")}</Link>
                    </li>
                    <li>
                      <Link href="/events" className="hover:underline">{nav("events")}</Link>
                    </li>
                    <li>
                      <Link href="/delegations" className="hover:underline">{nav("delegations")}</Link>
                    </li>
                    <li>
                      <Link href="/agreements" className="hover:underline">{nav("agreements")}</Link>
                    </li>
                  </ul>
                </nav>
                <LanguageSwitcher to={other} label={t("otherLanguage")} title={t("otherLanguageLabel")} />
              </div>
            </div>
          </header>
          {children}
          <footer className="mt-16 border-t border-slate-200 bg-slate-50">
            <div className="mx-auto grid max-w-6xl gap-4 px-4 py-6 text-sm text-slate-700 sm:grid-cols-[1fr_auto]">
              <OfficeContact locale={locale} contact={officeContact()} />
              <div className="flex flex-col gap-2 sm:items-end">
                <p className="text-slate-600">{t("footer")}</p>
                <Link href="/about" className="text-brand-700 underline">{t("about")}</Link>
                <Link href="/data" className="text-brand-700 underline">{t("data")}</Link>
                <NextLink href="/login" className="text-brand-700 underline">{t("staffSignIn")}</NextLink>
              </div>
            </div>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
