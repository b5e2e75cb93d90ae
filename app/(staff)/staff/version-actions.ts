"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { attempt, parseForm, refused, revalidatePublic, withNotice } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import type { FormResult } from "@/lib/forms";
import { recordKinds, staffHref } from "@/lib/kinds";
import { restoreVersion } from "@/lib/kinds/restore";
import { historyNoticeHref } from "@/lib/records/history-notice";
import { checkbox, enumField, idField, versionField } from "@/lib/validation/fields";

const restoreVersionSchema = z.object({
  kind: enumField(recordKinds),
  id: idField,
  version: versionField,
  /** The audit entry that made the version to restore … */
  auditId: idField,
  /** … or, checked, the one it changed (the earliest version known of a record no entry created). */
  before: checkbox,
});

/** Restores an earlier version of any content record as a new version (the comparison's "Restore this version"). */
export async function restoreVersionAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access);
  const parsed = parseForm(restoreVersionSchema, formData);
  if (!parsed.ok) return parsed.result;
  const { kind, id, version, auditId, before } = parsed.data;
  const outcome = await attempt(() => restoreVersion({ kind, id, version, auditId, before }, access.user), formData);
  if (!outcome.ok) return outcome.result;
  revalidatePublic(outcome.value.tags);
  if (outcome.value.proposed) redirect(withNotice(staffHref(kind, id), "changeSubmitted"));
  redirect(historyNoticeHref(staffHref(kind, id), outcome.value.changed ? "versionRestored" : "versionUnchanged"));
}
