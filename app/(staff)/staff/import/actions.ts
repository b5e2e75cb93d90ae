"use server";

import { redirect } from "next/navigation";
import { attempt, parseForm, refused, revalidatePublic, withNotice } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import type { FormResult } from "@/lib/forms";
import { staffText } from "@/lib/i18n/staff";
import { ImportFileError } from "@/lib/import/errors";
import { importLimits } from "@/lib/import/read";
import { applyImportUpload, ImportAlreadyAppliedError, ImportPlanChangedError, saveImportUpload } from "@/lib/kinds/partnership/staff-import";
import { applyImportSchema } from "@/lib/validation/import";

/** Importing partnerships from a file (editors and administrators): keep the upload for its preview, then apply it. */

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Reads the uploaded file, keeps it if it reads as an import, and goes to its preview. A refused file keeps nothing. */
export async function uploadImportAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access);
  const t = staffText("Import");
  const invalid = (message: string): FormResult => ({ ok: false, reason: "invalid", message: t("fileRefused", { reason: message }), fieldErrors: { file: [message] } });
  const file = formData.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) {
    return { ok: false, reason: "invalid", message: staffText("Messages")("invalid"), fieldErrors: { file: [t("chooseFile")] } };
  }
  if (file.size > importLimits.fileBytes) return invalid(t("tooLarge", { size: megabytes(file.size) }));
  const bytes = new Uint8Array(await file.arrayBuffer());
  let outcome: Awaited<ReturnType<typeof attempt<{ id: string }>>>;
  try {
    outcome = await attempt(() => saveImportUpload({ fileName: file.name || "upload", bytes }, access.user), formData);
  } catch (error) {
    if (error instanceof ImportFileError) return invalid(error.message);
    throw error;
  }
  if (!outcome.ok) return outcome.result;
  redirect(`/staff/import/${outcome.value.id}`);
}

/**
 * Applies an upload as its preview showed it. If the records changed since, or the upload was applied meanwhile, the
 * page shows the updated preview or the result instead (nothing is written twice or unseen).
 */
export async function applyImportAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access);
  const parsed = parseForm(applyImportSchema, formData);
  if (!parsed.ok) return parsed.result;
  const { id, publish } = parsed.data;
  // Publishing an import at once skips review: an administrator's choice, which an editor's form does not offer.
  if (publish && !hasRole(access.user, "admin")) return { ok: false, reason: "invalid", message: staffText("Import")("publishNeedsAdmin") };
  const page = `/staff/import/${id}`;
  const outcome = await attempt(async () => {
    try {
      return { report: await applyImportUpload(parsed.data, access.user) };
    } catch (error) {
      // The page itself says what happened and shows what is true now: the updated preview, or the result.
      if (error instanceof ImportPlanChangedError) return { goTo: `${page}?${publish ? "publish=1&" : ""}changed=1` };
      if (error instanceof ImportAlreadyAppliedError) return { goTo: page };
      if (error instanceof ImportFileError) return { refusal: error.message };
      throw error;
    }
  }, formData);
  if (!outcome.ok) return outcome.result;
  const { report, goTo, refusal } = outcome.value;
  if (goTo) redirect(goTo);
  if (refusal !== undefined || !report) return { ok: false, reason: "invalid", message: staffText("Import")("fileRefused", { reason: refusal ?? "" }) };
  if (report.outcome === "not_applied") {
    return { ok: false, reason: "invalid", message: staffText("Import")("notApplied", { count: report.counts.refused }) };
  }
  revalidatePublic(report.tags);
  redirect(withNotice(page, "imported"));
}
