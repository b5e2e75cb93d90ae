"use server";

import { redirect } from "next/navigation";
import { attempt, parseForm, refused, revalidatePublic, withNotice } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { createPlace, updatePlace } from "@/lib/kinds/place/staff";
import type { FormResult } from "@/lib/forms";
import { placeEditSchema, placeSchema } from "@/lib/kinds/place/validation";

export async function createPlaceAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData);
  const parsed = parseForm(placeSchema, formData);
  if (!parsed.ok) return parsed.result;
  const outcome = await attempt(() => createPlace({ input: parsed.data }, access.user), formData);
  if (!outcome.ok) return outcome.result;
  redirect(withNotice(`/staff/places/${outcome.value.id}`, "created"));
}

export async function updatePlaceAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData);
  const parsed = parseForm(placeEditSchema, formData);
  if (!parsed.ok) return parsed.result;
  const { id, version, ...input } = parsed.data;
  const outcome = await attempt(() => updatePlace({ id, version, input }, access.user), formData);
  if (!outcome.ok) return outcome.result;
  revalidatePublic(outcome.value.tags);
  redirect(withNotice(`/staff/places/${id}`, outcome.value.changed ? "saved" : "unchanged"));
}
