"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/** Shown when a staff page fails: no internals, a way on, and the reference the server logged the error with. */
export default function StaffError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <div className="max-w-xl py-8">
      <h1 className="text-2xl font-semibold text-brand-800">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("help")}</p>
      <p className="mt-6 flex flex-wrap gap-4">
        <button type="button" onClick={reset} className={buttonClass.primary}>
          {t("retry")}
        </button>
        <Link href="/staff" className="self-center text-brand-700 underline">{t("dashboard")}</Link>
      </p>
      {error.digest && <p className="mt-6 text-sm text-slate-500">{t("reference", { digest: error.digest })}</p>}
    </div>
  );
}
