"use server";

import { saveRecord } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { partnershipConflicts, createPartnership, updatePartnership } from "@/lib/kinds/partnership/staff";
import type { FormResult } from "@/lib/forms";
import { partnershipEditSchema, partnershipSchema } from "@/lib/kinds/partnership/validation";

const forms = { kind: "partnership" as const, schema: partnershipSchema, editSchema: partnershipEditSchema, create: createPartnership, update: updatePartnership, conflicts: partnershipConflicts, };

export async function createPartnershipAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "create");
}

export async function updatePartnershipAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "update");
}
