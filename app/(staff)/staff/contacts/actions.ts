"use server";

import { saveRecord } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { createContact, updateContact } from "@/lib/kinds/contact/staff";
import type { FormResult } from "@/lib/forms";
import { contactEditSchema, contactSchema } from "@/lib/kinds/contact/validation";

const forms = { kind: "contact" as const, schema: contactSchema, editSchema: contactEditSchema, create: createContact, update: updateContact };

export async function createContactAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "create");
}

export async function updateContactAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "update");
}
