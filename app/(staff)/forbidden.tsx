import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";
import { settleStaffLocale } from "@/lib/auth/session";
import { staffHeaderLabels, staffText } from "@/lib/i18n/staff";

export default async function Forbidden() {
  await settleStaffLocale();
  const t = staffText("Forbidden");
  return (
    <>
      <SiteHeader labels={staffHeaderLabels()} />
      <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <p className="text-sm font-medium text-accent-600">403</p>
      <h1 className="mt-1 text-2xl font-semibold text-brand-800">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("help")}</p>
      <p className="mt-6 flex gap-4">
        <Link href="/staff" className="text-brand-700 underline">{t("dashboard")}</Link>
        <Link href="/" className="text-brand-700 underline">{t("publicSite")}</Link>
      </p>
    </main>
    </>
  );
}
