"use server";

import { redirect } from "next/navigation";
import { attempt, parseForm, refused, revalidatePublic, withNotice } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { createAgreement, updateAgreement } from "@/lib/kinds/agreement/staff";
import type { FormResult } from "@/lib/forms";
import { agreementEditSchema, agreementSchema } from "@/lib/kinds/agreement/validation";

export async function createAgreementAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData);
  const parsed = parseForm(agreementSchema, formData);
  if (!parsed.ok) return parsed.result;
  const outcome = await attempt(() => createAgreement({ input: parsed.data }, access.user), formData);
  if (!outcome.ok) return outcome.result;
  // A new agreement is a draft; a stage it moved its partnership to may be public already.
  revalidatePublic(outcome.value.tags);
  redirect(withNotice(`/staff/agreements/${outcome.value.id}`, "created"));
}

export async function updateAgreementAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData);
  const parsed = parseForm(agreementEditSchema, formData);
  if (!parsed.ok) return parsed.result;
  const { id, version, ...input } = parsed.data;
  const outcome = await attempt(() => updateAgreement({ id, version, input }, access.user), formData);
  if (!outcome.ok) return outcome.result;
  revalidatePublic(outcome.value.tags);
  redirect(withNotice(`/staff/agreements/${id}`, outcome.value.changed ? "saved" : "unchanged"));
}
