"use server";

import { saveRecord } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { createEvent, updateEvent } from "@/lib/kinds/event/staff";
import type { FormResult } from "@/lib/forms";
import { eventEditSchema, eventSchema } from "@/lib/kinds/event/validation";

export async function createEventAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  return saveRecord(access, formData, { kind: "event", schema: eventSchema, save: (input, actor) => createEvent({ input }, actor), multi: ["partnershipIds"] });
}

export async function updateEventAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  return saveRecord(access, formData, {
    kind: "event",
    schema: eventEditSchema,
    save: ({ id, version, ...input }, actor) => updateEvent({ id, version, input }, actor),
    multi: ["partnershipIds"],
  });
}
