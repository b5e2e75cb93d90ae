"use server";

import { redirect } from "next/navigation";
import { attempt, parseForm, refused, revalidatePublic, withNotice } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { createPartnership, updatePartnership } from "@/lib/kinds/partnership/staff";
import type { FormResult } from "@/lib/forms";
import { partnershipEditSchema, partnershipSchema } from "@/lib/kinds/partnership/validation";

export async function createPartnershipAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData);
  const parsed = parseForm(partnershipSchema, formData);
  if (!parsed.ok) return parsed.result;
  const outcome = await attempt(() => createPartnership({ input: parsed.data }, access.user), formData);
  if (!outcome.ok) return outcome.result;
  redirect(withNotice(`/staff/partnerships/${outcome.value.id}`, "created"));
}

export async function updatePartnershipAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData);
  const parsed = parseForm(partnershipEditSchema, formData);
  if (!parsed.ok) return parsed.result;
  const { id, version, ...input } = parsed.data;
  const outcome = await attempt(() => updatePartnership({ id, version, input }, access.user), formData);
  if (!outcome.ok) return outcome.result;
  revalidatePublic(outcome.value.tags);
  redirect(withNotice(`/staff/partnerships/${id}`, outcome.value.changed ? "saved" : "unchanged"));
}
