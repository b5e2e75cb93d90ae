"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { applyImportAction, uploadImportAction } from "@/app/(staff)/staff/import/actions";
import { Checkbox, Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormResult } from "@/lib/forms";
import { FormStatus } from "./form-status";

const maxBytes = 10 * 1024 * 1024;

/**
 * The file to import. A file over the limit is refused in the browser before it is sent (the server refuses it too,
 * and anything far over it never reaches the action: see next.config.ts, serverActions.bodySizeLimit).
 */
export function ImportUploadForm() {
  const t = useTranslations("Import");
  const [state, action] = useActionState(uploadImportAction, initialFormResult);
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4">
      <FormStatus state={state} summary={false} />
      <Field
        label={t("file")}
        hint={t("fileHint")}
        name="file"
        type="file"
        required
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        errors={state.fieldErrors?.file}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.setCustomValidity(file && file.size > maxBytes ? t("tooLarge", { size: `${(file.size / 1024 / 1024).toFixed(1)} MB` }) : "");
          input.reportValidity();
        }}
      />
      <div>
        <SubmitButton label={t("preview")} pendingLabel={t("previewing")} />
      </div>
    </form>
  );
}

/** Applies the upload as previewed: the preview's plan digest goes with it, so a changed plan is never applied unseen. */
export function ImportApplyForm({ id, publish, expectedPlan, refused, summary }: { id: string; publish: boolean; expectedPlan: string; refused: number; summary: string }) {
  const t = useTranslations("Import");
  const [state, action] = useActionState(applyImportAction, initialFormResult);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormStatus state={state} summary={false} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="publish" value={publish ? "1" : "0"} />
      <input type="hidden" name="expectedPlan" value={expectedPlan} />
      <p>{summary}</p>
      {refused > 0 && (
        <>
          <p>{t("refusedLeftOut", { count: refused })}</p>
          <Checkbox label={t("allOrNothing")} name="allOrNothing" />
        </>
      )}
      <div>
        <SubmitButton label={t("apply")} pendingLabel={t("applying")} />
      </div>
    </form>
  );
}
