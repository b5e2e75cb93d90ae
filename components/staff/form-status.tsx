"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormResult } from "@/lib/forms";

/**
 * A form's answer: errors as an alert (read out at once), with the way on where there is one: after a conflict, the
 * current version in a new tab; after a lapsed session, the sign-in page in a new tab, so the input here is kept.
 */
export function FormStatus({ state, currentHref }: { state: FormResult; currentHref?: string }) {
  const t = useTranslations("Common");
  const alert = useRef<HTMLDivElement>(null);
  // After an answer with field errors, the first field that needs attention gets the focus; otherwise the message.
  useEffect(() => {
    if (!alert.current) return;
    const field = alert.current.closest("form")?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (field ?? alert.current).focus();
  }, [state]);
  if (!state.message) return null;
  if (state.ok) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
        {state.message}
      </p>
    );
  }
  return (
    <div ref={alert} role="alert" tabIndex={-1} className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
      <p>{state.message}</p>
      {state.reason === "conflict" && currentHref && (
        <p className="mt-1">
          <a href={currentHref} target="_blank" rel="noopener" className="font-medium underline">
            {t("openCurrent")}
          </a>
        </p>
      )}
      {state.reason === "signed_out" && (
        <p className="mt-1">
          <a href="/login" target="_blank" rel="noopener" className="font-medium underline">
            {t("signInAgain")}
          </a>
        </p>
      )}
    </div>
  );
}
