"use server";

import { saveRecord } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { agreementConflicts, createAgreement, updateAgreement } from "@/lib/kinds/agreement/staff";
import type { FormResult } from "@/lib/forms";
import { agreementEditSchema, agreementSchema } from "@/lib/kinds/agreement/validation";

const forms = { kind: "agreement" as const, schema: agreementSchema, editSchema: agreementEditSchema, create: createAgreement, update: updateAgreement, conflicts: agreementConflicts, };

export async function createAgreementAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "create");
}

export async function updateAgreementAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "update");
}
