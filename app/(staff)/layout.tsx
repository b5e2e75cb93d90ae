import type { Metadata } from "next";
import { settleStaffLocale } from "@/lib/auth/session";
import { staffText } from "@/lib/i18n/staff";
import "../globals.css";

const htmlLang = { en: "en", zh: "zh-CN" } as const;

/** The root of the staff area and sign-in: in the account's language (the browser's before sign-in), and kept out of search engines. */
export async function generateMetadata(): Promise<Metadata> {
  await settleStaffLocale();
  const site = staffText("Header")("site");
  return { title: { default: site, template: `%s · ${site}` }, icons: { icon: "/icon.svg" }, robots: { index: false } };
}

export default async function StaffRootLayout({ children }: { children: React.ReactNode }) {
  const locale = await settleStaffLocale();
  return (
    <html lang={htmlLang[locale]}>
      <body className="min-h-screen bg-white font-sans">{children}</body>
    </html>
  );
}
