"use server";

import { saveRecord } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { createAgreement, updateAgreement } from "@/lib/kinds/agreement/staff";
import type { FormResult } from "@/lib/forms";
import { agreementEditSchema, agreementSchema } from "@/lib/kinds/agreement/validation";

export async function createAgreementAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  return saveRecord(access, formData, { kind: "agreement", schema: agreementSchema, save: (input, actor) => createAgreement({ input }, actor) });
}

export async function updateAgreementAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  return saveRecord(access, formData, {
    kind: "agreement",
    schema: agreementEditSchema,
    save: ({ id, version, ...input }, actor) => updateAgreement({ id, version, input }, actor),
  });
}
