"use server";

import { saveRecord } from "@/lib/actions";
import { recordForms } from "@/lib/kinds/forms";
import { authorizeAction } from "@/lib/auth/session";
import type { FormResult } from "@/lib/forms";

const forms = recordForms.delegation;

export async function createDelegationAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "create");
}

export async function updateDelegationAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "update");
}
