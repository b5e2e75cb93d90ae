"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { restoreVersionAction } from "@/app/(staff)/staff/version-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormResult } from "@/lib/forms";
import { FormStatus } from "./form-status";

/** "Restore this version": saves the compared version's values as a new version of the record, at the version the page shows. */
export function RestoreVersionForm({
  kind,
  id,
  version,
  auditId,
  before,
  currentHref,
}: {
  kind: string;
  id: number;
  version: number;
  auditId: number;
  before: boolean;
  currentHref: string;
}) {
  const t = useTranslations("History");
  const [state, action] = useActionState(restoreVersionAction, initialFormResult);
  return (
    <form action={action} className="mt-4 flex flex-col gap-3">
      <FormStatus state={state} currentHref={currentHref} summary={false} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="auditId" value={auditId} />
      {before && <input type="hidden" name="before" value="on" />}
      <div>
        <SubmitButton label={t("restore")} pendingLabel={t("restoring")} />
      </div>
      <p className="text-sm text-slate-600">{t("restoreHint")}</p>
    </form>
  );
}
