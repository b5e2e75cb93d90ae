"use server";

import { saveRecord } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { createDelegation, updateDelegation } from "@/lib/kinds/delegation/staff";
import type { FormResult } from "@/lib/forms";
import { delegationEditSchema, delegationSchema } from "@/lib/kinds/delegation/validation";

export async function createDelegationAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  return saveRecord(access, formData, { kind: "delegation", schema: delegationSchema, save: (input, actor) => createDelegation({ input }, actor), multi: ["partnershipIds"] });
}

export async function updateDelegationAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("editor");
  return saveRecord(access, formData, {
    kind: "delegation",
    schema: delegationEditSchema,
    save: ({ id, version, ...input }, actor) => updateDelegation({ id, version, input }, actor),
    multi: ["partnershipIds"],
  });
}
