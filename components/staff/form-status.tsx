"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ConflictField, FormResult } from "@/lib/forms";
import { ErrorSummary, type FieldLabeler } from "./error-summary";

/**
 * A form's answer: field errors as an error summary (every error, each a link to its field), other errors as an alert
 * (read out at once), with the way on where there is one: after a conflict, the fields where the saved version differs
 * from what was sent, both values side by side, and the current version in a new tab; after a lapsed session, the
 * sign-in page in a new tab, so the input here is kept. `labelOf` names a field in the summary and the conflict's table;
 * `summary` false keeps the message alone (the import's forms, whose one message already says what is wrong).
 */
export function FormStatus({ state, currentHref, labelOf, summary = true }: { state: FormResult; currentHref?: string; labelOf?: FieldLabeler; summary?: boolean }) {
  const t = useTranslations("Common");
  const alert = useRef<HTMLDivElement>(null);
  // Each answer with an error takes the focus, so that it is read out and the next Tab leads through its links.
  useEffect(() => {
    alert.current?.focus();
  }, [state]);
  const fieldErrors = state.ok || !summary ? undefined : state.fieldErrors;
  if (fieldErrors && Object.values(fieldErrors).some((texts) => texts?.length)) {
    return <ErrorSummary ref={alert} fieldErrors={fieldErrors} labelOf={labelOf} />;
  }
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
      {state.reason === "conflict" && state.conflict?.fields && <ConflictTable savedBy={state.conflict.savedBy} fields={state.conflict.fields} labelOf={labelOf} />}
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

/** After a conflict, each field where the saved version differs from what was sent: the user's value beside it. */
function ConflictTable({ savedBy, fields, labelOf }: { savedBy: string; fields: ConflictField[]; labelOf?: FieldLabeler }) {
  const t = useTranslations("Common");
  if (!fields.length) return <p className="mt-1">{t("conflictSame")}</p>;
  return (
    <div className="mt-2 overflow-x-auto rounded border border-red-200 bg-white text-slate-900">
      <table className="w-full min-w-[28rem] text-left text-sm">
        <caption className="px-2 pt-2 text-left font-medium text-red-900">{t("conflictCaption")}</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-1 font-medium">{t("field")}</th>
            <th scope="col" className="px-2 py-1 font-medium">{t("yourVersion")}</th>
            <th scope="col" className="px-2 py-1 font-medium">{t("savedVersion", { name: savedBy })}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map(({ field, yours, theirs }) => (
            <tr key={field} className="border-t border-slate-100 align-top">
              <th scope="row" className="px-2 py-1 font-normal text-slate-700">{labelOf?.(field) ?? field}</th>
              <td className="px-2 py-1 whitespace-pre-line [overflow-wrap:anywhere]">{yours || "—"}</td>
              <td className="px-2 py-1 whitespace-pre-line [overflow-wrap:anywhere]">{theirs || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
