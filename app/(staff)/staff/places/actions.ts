"use server";

import { saveRecord } from "@/lib/actions";
import { recordForms } from "@/lib/kinds/forms";
import { authorizeAction } from "@/lib/auth/session";
import type { FormResult } from "@/lib/forms";

const forms = recordForms.place;

export async function createPlaceAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "create");
}

export async function updatePlaceAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "update");
}
