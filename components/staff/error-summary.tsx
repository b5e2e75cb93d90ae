"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { fieldId } from "@/components/ui/field";

/** A field's name as the summary says it ("Title in English", "Signatory 2, Office held"), or none for its message alone. */
export type FieldLabeler = (name: string) => string | undefined;

/** With JavaScript, a link moves the focus to its field and shows the field's label above it (the browser would hide it). */
function focusField(event: React.MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${id}"]`);
  (label ?? field).scrollIntoView({ block: "start" });
  field.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary: at the top of a form that came back with errors, "There is a problem" and every field's
 * error as a link to the field (`#field-…`, see fieldId), so that one answer lists them all; each field still shows
 * its own error beside it. It takes the focus when it appears (FormStatus, and `autoFocus` for a page that came back
 * without JavaScript), and its links still lead to the fields without JavaScript.
 */
export function ErrorSummary({
  fieldErrors,
  labelOf,
  ref,
}: {
  fieldErrors: Record<string, string[] | undefined>;
  labelOf?: FieldLabeler | undefined;
  ref?: React.Ref<HTMLDivElement>;
}) {
  const t = useTranslations("Common");
  const titleId = useId();
  const items = Object.entries(fieldErrors).flatMap(([name, texts]) => {
    const label = labelOf?.(name);
    // "Title in English: …", "英文标题：…": each language's own colon.
    return (texts ?? []).map((text) => ({ name, text: label ? t("fieldError", { label, message: text }) : text }));
  });
  return (
    <div ref={ref} role="alert" tabIndex={-1} aria-labelledby={titleId} autoFocus className="rounded border-2 border-red-700 bg-white px-4 py-3 text-slate-900">
      <h2 id={titleId} className="text-lg font-semibold text-red-800">
        {t("problemTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("problemNothingSaved")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map(({ name, text }, i) => (
          <li key={`${name}-${i}`}>
            {name === "_form" ? (
              <span className="text-red-800">{text}</span>
            ) : (
              <a href={`#${fieldId(name)}`} onClick={(event) => focusField(event, fieldId(name))} className="font-medium text-red-800 underline">
                {text}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
