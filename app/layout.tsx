import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { htmlLang } from "@/lib/i18n/content";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Shandong International Partnerships", template: "%s · Shandong International Partnerships" },
  description:
    "Sister cities, friendly-cooperation cities and province-state ties of Shandong Province and its cities, with their agreements, delegations and events.",
  icons: { icon: "/icon.svg" },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The public pages' language comes from their URL (/en, /zh); the staff area and sign-in are in English.
  const locale = (await getLocale()) as Locale;
  return (
    <html lang={htmlLang[locale]}>
      <body className="min-h-screen bg-white font-sans">{children}</body>
    </html>
  );
}
