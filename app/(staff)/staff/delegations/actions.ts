"use server";

import { saveRecord } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { linkedPartnershipsField } from "@/lib/data/links";
import { delegationConflicts, createDelegation, updateDelegation } from "@/lib/kinds/delegation/staff";
import type { FormResult } from "@/lib/forms";
import { delegationEditSchema, delegationSchema } from "@/lib/kinds/delegation/validation";

const forms = { kind: "delegation" as const, schema: delegationSchema, editSchema: delegationEditSchema, create: createDelegation, update: updateDelegation, conflicts: delegationConflicts, multi: linkedPartnershipsField };

export async function createDelegationAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "create");
}

export async function updateDelegationAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  return saveRecord(await authorizeAction("editor"), formData, forms, "update");
}
