import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";
import { htmlLang } from "@/lib/i18n/content";

export const metadata: Metadata = { title: "Page not found · Shandong International Partnerships", robots: { index: false } };

/** For an address that matches no route at all (most are sent to a language first and get that language's 404). */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans">
        <SiteHeader />
        <main id="main" className="mx-auto max-w-xl px-4 py-16">
          <p className="text-sm font-medium text-accent-600">404</p>
          <h1 className="mt-1 text-2xl font-semibold text-brand-800">This page does not exist</h1>
          <p className="mt-3 text-slate-700">The address may be mistyped, or the page may have moved.</p>
          <p className="mt-6 flex gap-6">
            <Link href="/en" className="text-brand-700 underline">Shandong International Partnerships</Link>
            <Link href="/zh" lang={htmlLang.zh} className="text-brand-700 underline">山东国际友好城市</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
