"use server";

import { saveRecord } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { placeConflicts, createPlace, updatePlace } from "@/lib/kinds/place/staff";
import type { FormResult } from "@/lib/forms";
import { placeEditSchema, placeSchema } from "@/lib/kinds/place/validation";

const forms = { kind: "place" as const, schema: placeSchema, editSchema: placeEditSchema, create: createPlace, update: updatePlace, conflicts: placeConflicts, };

export async function createPlaceAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "create");
}

export async function updatePlaceAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "update");
}
