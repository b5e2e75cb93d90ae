"use server";

import { saveRecord } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { createPlace, updatePlace } from "@/lib/kinds/place/staff";
import type { FormResult } from "@/lib/forms";
import { placeEditSchema, placeSchema } from "@/lib/kinds/place/validation";

export async function createPlaceAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  return saveRecord(access, formData, { kind: "place", schema: placeSchema, save: (input, actor) => createPlace({ input }, actor) });
}

export async function updatePlaceAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  return saveRecord(access, formData, {
    kind: "place",
    schema: placeEditSchema,
    save: ({ id, version, ...input }, actor) => updatePlace({ id, version, input }, actor),
  });
}
