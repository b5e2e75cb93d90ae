"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { attempt, parseForm, refused, revalidatePublic, withNotice } from "@/lib/actions";
import { addAttachment, removeAttachment, updateAttachment } from "@/lib/attachments/staff";
import { attachmentFieldsSchema, attachmentOwnerSchema } from "@/lib/attachments/validation";
import { authorizeAction } from "@/lib/auth/session";
import { formValues, type FormResult } from "@/lib/forms";
import { staffText } from "@/lib/i18n/staff";
import { staffHref } from "@/lib/kinds";
import { idField, versionField } from "@/lib/validation/fields";

/**
 * A record's photos and documents (the "Photos and documents" section of a partnership's, an agreement's, a
 * delegation's or an event's page): attach a file, change what is written about one, remove one. The file itself is
 * judged by its content in the data layer (lib/attachments/inspect.ts), which refuses it with its reason; the role and
 * the office rule are asked there too, in the transaction.
 */

const uploadSchema = attachmentOwnerSchema.and(attachmentFieldsSchema);
const updateSchema = z.object({ id: idField, version: versionField }).and(attachmentFieldsSchema);
const removeSchema = z.object({ id: idField, version: versionField });

/**
 * The file a form sent, or null for none: no part at all, text in its place, or a file input left empty. A browser
 * sends that as a part of 0 bytes with an empty file name and the type application/octet-stream; Next.js's multipart
 * parser drops an empty file name, and the file then arrives named "undefined" (React's decoder passes the missing name
 * to `new File`) or "blob" (FormData's name for a nameless part). A named file of 0 bytes is a file, refused as empty by
 * its inspection.
 */
function chosenFile(formData: FormData): File | null {
  const values = formData.getAll("file");
  const [value] = values;
  if (values.length !== 1 || !(value instanceof File)) return null;
  const nameless = value.name === "" || (["blob", "undefined"].includes(value.name) && value.type === "application/octet-stream");
  return value.size === 0 && nameless ? null : value;
}

export async function uploadAttachmentAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData);
  const parsed = parseForm(uploadSchema, formData);
  const file = chosenFile(formData);
  if (!parsed.ok || !file) {
    const fileErrors = file ? {} : { file: [staffText("Attachments")("fileRequired")] };
    const result = parsed.ok ? { ok: false, reason: "invalid" as const, message: staffText("Messages")("invalid"), values: formValues(formData) } : parsed.result;
    return { ...result, fieldErrors: { ...fileErrors, ...result.fieldErrors } };
  }
  const { ownerKind, ownerId, ...fields } = parsed.data;
  const owner = { kind: ownerKind, id: ownerId };
  const outcome = await attempt(async () => addAttachment({ owner, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, fields }, access.user), formData);
  if (!outcome.ok) return outcome.result;
  revalidatePublic(outcome.value.tags);
  redirect(withNotice(staffHref(owner.kind, owner.id), "attachmentAdded"));
}

export async function updateAttachmentAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData);
  const parsed = parseForm(updateSchema, formData);
  if (!parsed.ok) return parsed.result;
  const { id, version, ...fields } = parsed.data;
  const outcome = await attempt(() => updateAttachment({ id, version, fields }, access.user), formData);
  if (!outcome.ok) return outcome.result;
  const { owner, changed, tags } = outcome.value;
  revalidatePublic(tags);
  redirect(withNotice(staffHref(owner.kind, owner.id), changed ? "attachmentSaved" : "unchanged"));
}

export async function removeAttachmentAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData);
  const parsed = parseForm(removeSchema, formData);
  if (!parsed.ok) return parsed.result;
  const outcome = await attempt(() => removeAttachment(parsed.data, access.user), formData);
  if (!outcome.ok) return outcome.result;
  const { owner, tags } = outcome.value;
  revalidatePublic(tags);
  redirect(withNotice(staffHref(owner.kind, owner.id), "attachmentRemoved"));
}
