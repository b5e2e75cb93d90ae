"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveLanguageAction } from "@/app/(staff)/staff/account/actions";
import { Select } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { staffLocales } from "@/lib/enums";
import { initialFormResult } from "@/lib/forms";
import { formFields } from "./form-fields";
import { FormStatus } from "./form-status";

/** The languages a staff workspace speaks, each named in itself (中文, English), so anyone finds their own. */
export function useStaffLocaleOptions() {
  const t = useTranslations("Account");
  return staffLocales.map((l) => ({ value: l, label: t(`languages.${l}`) }));
}

/** The signed-in person's choice of language for their staff workspace. */
export function LanguageForm({ locale }: { locale: string }) {
  const t = useTranslations("Account");
  const [state, action] = useActionState(saveLanguageAction, initialFormResult);
  const f = formFields(state, { locale });
  return (
    <form action={action} noValidate className="flex max-w-sm flex-col gap-4">
      <FormStatus state={state} labelOf={(name) => (name === "locale" ? t("languageLegend") : undefined)} />
      <Select label={t("languageLegend")} hint={t("languageHint")} options={useStaffLocaleOptions()} {...f.text("locale")} required />
      <div>
        <SubmitButton label={t("save")} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}
