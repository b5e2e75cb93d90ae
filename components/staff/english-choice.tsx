"use client";

import { useTranslations } from "next-intl";
import type { FormResult } from "@/lib/forms";

/**
 * The choice a publication of a record that lacks Chinese asks for (its submission, approval, or an administrator's
 * publication without review): without it ticked, the action refuses and changes nothing (lib/records/translations.ts).
 * `fields` are the texts lacking Chinese, as the form labels them.
 */
export function EnglishChoice({ id, fields, state }: { id: string; fields: string[]; state: FormResult }) {
  const t = useTranslations("Translations");
  const checkboxId = `accept-english-${id}`;
  return (
    <div className="flex items-start gap-2">
      <input
        type="checkbox"
        id={checkboxId}
        name="acceptEnglish"
        aria-describedby={`${checkboxId}-hint`}
        defaultChecked={!state.ok && state.values?.acceptEnglish === "on"}
        className="mt-1 h-4 w-4"
      />
      <div>
        <label htmlFor={checkboxId} className="font-medium">
          {t("accept")}
        </label>
        <p id={`${checkboxId}-hint`} className="text-sm text-slate-700">
          {t("acceptHint", { fields: fields.join(t("listSeparator")) })}
        </p>
      </div>
    </div>
  );
}
