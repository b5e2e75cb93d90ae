import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { buttonClass } from "@/components/ui/button";

export default async function PublicNotFound() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations({ locale, namespace: "NotFound" });
  const d = await getTranslations({ locale, namespace: "Directory" });
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <p className="text-sm font-medium text-accent-600">404</p>
      <h1 className="mt-1 text-2xl font-semibold text-brand-800">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("help")}</p>
      <form method="get" action={`/${locale}/partners`} role="search" className="mt-6 flex gap-2">
        <label htmlFor="nf-q" className="sr-only">{d("searchLabel")}</label>
        <input id="nf-q" name="q" type="search" maxLength={100} placeholder={d("searchLabel")} className="grow rounded border border-slate-400 px-3 py-2" />
        <button type="submit" className={buttonClass.primary}>{t("search")}</button>
      </form>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 underline">{t("home")}</Link>
      </p>
    </main>
  );
}
