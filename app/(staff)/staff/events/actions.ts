"use server";

import { saveRecord } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { linkedPartnershipsField } from "@/lib/data/links";
import { eventConflicts, createEvent, updateEvent } from "@/lib/kinds/event/staff";
import type { FormResult } from "@/lib/forms";
import { eventEditSchema, eventSchema } from "@/lib/kinds/event/validation";

const forms = { kind: "event" as const, schema: eventSchema, editSchema: eventEditSchema, create: createEvent, update: updateEvent, conflicts: eventConflicts, multi: linkedPartnershipsField };

export async function createEventAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "create");
}

export async function updateEventAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "update");
}
