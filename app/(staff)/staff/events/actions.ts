"use server";

import { redirect } from "next/navigation";
import { attempt, parseForm, refused, revalidatePublic, withNotice } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { createEvent, updateEvent } from "@/lib/kinds/event/staff";
import type { FormResult } from "@/lib/forms";
import { eventEditSchema, eventSchema } from "@/lib/kinds/event/validation";

/** The partnerships picker sends one value per chosen partnership. */
const form = { multi: ["partnershipIds"] };

export async function createEventAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData, form);
  const parsed = parseForm(eventSchema, formData, form);
  if (!parsed.ok) return parsed.result;
  const outcome = await attempt(() => createEvent({ input: parsed.data }, access.user), formData, form);
  if (!outcome.ok) return outcome.result;
  redirect(withNotice(`/staff/events/${outcome.value.id}`, "created"));
}

export async function updateEventAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  if (!access.ok) return refused(access, formData, form);
  const parsed = parseForm(eventEditSchema, formData, form);
  if (!parsed.ok) return parsed.result;
  const { id, version, ...input } = parsed.data;
  const outcome = await attempt(() => updateEvent({ id, version, input }, access.user), formData, form);
  if (!outcome.ok) return outcome.result;
  revalidatePublic(outcome.value.tags);
  redirect(withNotice(`/staff/events/${id}`, outcome.value.changed ? "saved" : "unchanged"));
}
