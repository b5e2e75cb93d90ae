"use server";

import { saveRecord } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { createPartnership, updatePartnership } from "@/lib/kinds/partnership/staff";
import type { FormResult } from "@/lib/forms";
import { partnershipEditSchema, partnershipSchema } from "@/lib/kinds/partnership/validation";

export async function createPartnershipAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  return saveRecord(access, formData, { kind: "partnership", schema: partnershipSchema, save: (input, actor) => createPartnership({ input }, actor) });
}

export async function updatePartnershipAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  return saveRecord(access, formData, {
    kind: "partnership",
    schema: partnershipEditSchema,
    save: ({ id, version, ...input }, actor) => updatePartnership({ id, version, input }, actor),
  });
}
