"use server";

import { redirect } from "next/navigation";
import { attempt, parseForm, refused, revalidatePublic, withNotice } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { createDelegation, updateDelegation } from "@/lib/kinds/delegation/staff";
import type { FormResult } from "@/lib/forms";
import { delegationEditSchema, delegationSchema } from "@/lib/kinds/delegation/validation";

/** The partnerships picker sends one value per chosen partnership. */
const form = { multi: ["partnershipIds"] };

export async function createDelegationAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData, form);
  const parsed = parseForm(delegationSchema, formData, form);
  if (!parsed.ok) return parsed.result;
  const outcome = await attempt(() => createDelegation({ input: parsed.data }, access.user), formData, form);
  if (!outcome.ok) return outcome.result;
  redirect(withNotice(`/staff/delegations/${outcome.value.id}`, "created"));
}

export async function updateDelegationAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData, form);
  const parsed = parseForm(delegationEditSchema, formData, form);
  if (!parsed.ok) return parsed.result;
  const { id, version, ...input } = parsed.data;
  const outcome = await attempt(() => updateDelegation({ id, version, input }, access.user), formData, form);
  if (!outcome.ok) return outcome.result;
  revalidatePublic(outcome.value.tags);
  redirect(withNotice(`/staff/delegations/${id}`, outcome.value.changed ? "saved" : "unchanged"));
}
