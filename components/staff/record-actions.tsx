"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { recordLifecycleAction } from "@/app/(staff)/staff/record-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormResult } from "@/lib/forms";
import type { RecordKind } from "@/lib/kinds";
import { FormStatus } from "./form-status";

/**
 * Publish or unpublish, and archive, restore or delete a record: one small form whose buttons say which. Delete is
 * offered only where it loses nothing (a draft nothing depends on); elsewhere, archive.
 */
export function RecordActions({
  kind,
  id,
  version,
  publication,
  archived,
  deletable,
}: {
  kind: RecordKind;
  id: number;
  version: number;
  publication: "draft" | "published";
  archived: boolean;
  deletable: boolean;
}) {
  const t = useTranslations("Common");
  const [state, action] = useActionState(recordLifecycleAction, initialFormResult);
  return (
    <section aria-labelledby="lifecycle" className="mb-8 rounded-lg border border-slate-200 p-4">
      <h2 id="lifecycle" className="text-lg font-semibold text-slate-800">
        {t("lifecycle")}
      </h2>
      <form action={action} className="mt-3 flex flex-col gap-3">
        <FormStatus state={state} currentHref={`/staff/${kind}s/${id}`} />
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <div className="flex flex-wrap gap-3">
          {archived ? (
            <SubmitButton name="operation" value="restore" label={t("restore")} pendingLabel={t("restore")} variant="secondary" />
          ) : (
            <>
              {publication === "draft" ? (
                <SubmitButton name="operation" value="publish" label={t("publish")} pendingLabel={t("publish")} />
              ) : (
                <SubmitButton name="operation" value="unpublish" label={t("unpublish")} pendingLabel={t("unpublish")} variant="secondary" />
              )}
              {deletable ? (
                <SubmitButton
                  name="operation"
                  value="delete"
                  label={t("delete")}
                  pendingLabel={t("delete")}
                  variant="danger"
                  onClick={(e) => {
                    if (!window.confirm(t("deleteConfirm"))) e.preventDefault();
                  }}
                />
              ) : (
                <SubmitButton name="operation" value="archive" label={t("archive")} pendingLabel={t("archive")} variant="secondary" />
              )}
            </>
          )}
        </div>
        <p className="text-sm text-slate-600">
          {archived ? t("archivedNote") : publication === "draft" ? t("publishHint") : null} {!archived && (deletable ? t("deleteHint") : t("archiveHint"))}
        </p>
      </form>
    </section>
  );
}
