"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { buttonClass } from "@/components/ui/button";

/** Shown when a public page fails: no internals, a way on, and the reference the server logged. */
export default function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold text-brand-800">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("help")}</p>
      <p className="mt-6 flex flex-wrap gap-4">
        <button type="button" onClick={reset} className={buttonClass.primary}>
          {t("retry")}
        </button>
        <Link href="/" className="self-center text-brand-700 underline">{t("home")}</Link>
        <Link href="/partners" className="self-center text-brand-700 underline">{t("partners")}</Link>
      </p>
      {error.digest && <p className="mt-6 text-sm text-slate-500">{t("reference", { digest: error.digest })}</p>}
    </main>
  );
}
