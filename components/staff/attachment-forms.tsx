"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { removeAttachmentAction, updateAttachmentAction, uploadAttachmentAction } from "@/app/(staff)/staff/attachment-actions";
import { Checkbox, Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormResult, valueOf, type FormResult, type FormValues } from "@/lib/forms";
import { FormStatus } from "./form-status";

/** The types the file input offers (the server decides by the content, whatever the browser says). */
const accepted = "image/jpeg,image/png,image/webp,image/heic,application/pdf";

const textFields = ["captionEn", "captionZh", "altEn", "altZh", "credit"] as const;
type TextField = (typeof textFields)[number];

/**
 * Attaching a file to a record: the file and what to say about it. A file over the limit is refused in the browser
 * before it is sent (the action refuses it too, and a body far larger never reaches it: next.config.ts,
 * serverActions.bodySizeLimit). A refused upload keeps what was typed; the file is chosen again (no browser lets a page
 * fill a file input).
 */
export function AttachmentUploadForm({ ownerKind, ownerId, maxBytes }: { ownerKind: string; ownerId: number; maxBytes: number }) {
  const t = useTranslations("Attachments");
  const common = useTranslations("Common");
  const [state, action] = useActionState(uploadAttachmentAction, initialFormResult);
  const text = (name: TextField) => ({ name, label: t(`fields.${name}`), defaultValue: valueOf(state.values, name) ?? "", errors: state.fieldErrors?.[name] });
  const max = maxBytes / 1024 / 1024;
  return (
    <section aria-labelledby="attachment-upload" className="mt-6 rounded-lg border border-slate-200 p-4">
      <h3 id="attachment-upload" className="font-medium text-slate-800">{t("uploadTitle")}</h3>
      {/* Validated by the browser for the file's size alone (its custom validity, below): a file too large is never sent. */}
      <form action={action} className="mt-3 flex flex-col gap-4">
        <FormStatus state={state} labelOf={(name) => (t.has(`fields.${name}`) ? t(`fields.${name}` as "fields.file") : undefined)} />
        <input type="hidden" name="ownerKind" value={ownerKind} />
        <input type="hidden" name="ownerId" value={ownerId} />
        <Field
          label={t("fields.file")}
          hint={t("fields.fileHint", { max })}
          name="file"
          type="file"
          accept={accepted}
          errors={state.fieldErrors?.file}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.setCustomValidity(file && file.size > maxBytes ? t("refused.tooLarge", { max, pages: 0, pixels: 0 }) : "");
            input.reportValidity();
          }}
        />
        <div className="grid gap-4 md:grid-cols-2">
          <Field {...text("captionEn")} note={common("optional")} />
          <Field {...text("captionZh")} note={common("optional")} lang="zh" />
          <Field {...text("altEn")} note={common("optional")} hint={t("fields.altHint")} />
          <Field {...text("altZh")} note={common("optional")} hint={t("fields.altHint")} lang="zh" />
          <Field {...text("credit")} note={common("optional")} />
        </div>
        <Checkbox label={t("fields.isPublic")} name="isPublic" defaultChecked={valueOf(state.values, "isPublic") === "on"} errors={state.fieldErrors?.isPublic} />
        <Checkbox label={t("fields.officeOnly")} name="officeOnly" defaultChecked={valueOf(state.values, "officeOnly") === "on"} errors={state.fieldErrors?.officeOnly} />
        <div>
          <SubmitButton label={t("upload")} pendingLabel={t("uploading")} />
        </div>
      </form>
    </section>
  );
}

/**
 * What is written about one attachment, saved at the version the page showed. Its controls' ids carry the attachment's
 * id, since a page lists several (the shared Field derives its id from the name alone).
 */
export function AttachmentEditForm({ id, version, name, photo, defaults }: { id: number; version: number; name: string; photo: boolean; defaults: FormValues }) {
  const t = useTranslations("Attachments");
  const [state, action] = useActionState(updateAttachmentAction, initialFormResult);
  const values = state.values ?? defaults;
  const shown: TextField[] = photo ? [...textFields] : ["captionEn", "captionZh", "credit"];
  const idOf = (field: string) => `attachment-${id}-${field}`;
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormStatus state={state} summary={false} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 md:grid-cols-2">
        {shown.map((field) => {
          const errors = state.fieldErrors?.[field];
          return (
            <div key={field} className="flex min-w-0 flex-col gap-1">
              <label htmlFor={idOf(field)} className="text-sm font-medium text-slate-800">{t(`fields.${field}`)}</label>
              <input
                id={idOf(field)}
                name={field}
                defaultValue={valueOf(values, field) ?? ""}
                lang={field.endsWith("Zh") ? "zh" : undefined}
                aria-invalid={errors?.length ? true : undefined}
                aria-describedby={errors?.length ? `${idOf(field)}-error` : undefined}
                className="w-full rounded border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid]:border-red-700"
              />
              {!!errors?.length && <p id={`${idOf(field)}-error`} className="text-sm text-red-700">{errors.join(" ")}</p>}
            </div>
          );
        })}
      </div>
      <div className="flex items-center gap-2">
        <input type="checkbox" id={idOf("isPublic")} name="isPublic" defaultChecked={valueOf(values, "isPublic") === "on"} className="h-5 w-5 accent-brand-600" />
        <label htmlFor={idOf("isPublic")} className="text-sm font-medium text-slate-800">{t("fields.isPublic")}</label>
      </div>
      <div className="flex items-center gap-2">
        <input type="checkbox" id={idOf("officeOnly")} name="officeOnly" defaultChecked={valueOf(values, "officeOnly") === "on"} className="h-5 w-5 accent-brand-600" />
        <label htmlFor={idOf("officeOnly")} className="text-sm font-medium text-slate-800">{t("fields.officeOnly")}</label>
      </div>
      <div>
        <SubmitButton label={t("save")} pendingLabel={t("saving")} variant="secondary" aria-label={t("saveLabel", { name })} />
      </div>
    </form>
  );
}

/** Removes one attachment, at the version the page showed. */
export function AttachmentRemoveForm({ id, version, name }: { id: number; version: number; name: string }) {
  const t = useTranslations("Attachments");
  const [state, action] = useActionState<FormResult, FormData>(removeAttachmentAction, initialFormResult);
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormStatus state={state} summary={false} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div>
        <SubmitButton label={t("remove")} pendingLabel={t("removing")} variant="danger" aria-label={t("removeLabel", { name })} />
      </div>
    </form>
  );
}
