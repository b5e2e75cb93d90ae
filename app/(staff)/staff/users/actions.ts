"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import { attempt, fieldsThatParse, parseForm, refused, withFieldConflicts, withNotice, type StaffNotice } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { accountConflicts, changeUserOffice, changeUserRole, clearAccountSignInLimits, createStaffAccount, getUser, resetUserPassword, setUserActive } from "@/lib/data/users";
import { formToObject, type FormResult } from "@/lib/forms";
import { changeOfficeSchema, changeRoleSchema, newUserSchema, resetPasswordSchema, resetPasswordSchemaFor, setActiveSchema, unlockSignInSchema } from "@/lib/validation/users";

/** Staff accounts: every action here is for administrators only. */

export async function createUserAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("admin");
  if (!access.ok) return refused(access, formData);
  const parsed = parseForm(newUserSchema, formData);
  if (!parsed.ok) {
    // A taken email comes with the form's other errors, not after them.
    const { email } = fieldsThatParse(newUserSchema, formToObject(formData)) as { email?: string };
    const conflicts = await attempt(() => accountConflicts({ email }, access.user), formData);
    return conflicts.ok ? withFieldConflicts(parsed.result, conflicts.value, newUserSchema) : parsed.result;
  }
  const outcome = await attempt(() => createStaffAccount(parsed.data, access.user), formData);
  if (!outcome.ok) return outcome.result;
  redirect(withNotice(`/staff/users/${outcome.value.id}`, "accountCreated"));
}

/**
 * The rest of a change to an existing account, once the caller is known to be an admin: the form parsed (its id and
 * the version it was opened on), the change made at that version, and back to the account's page saying what happened.
 */
async function submitAccountChange<S extends z.ZodType<{ id: number }>>(
  schema: S,
  formData: FormData,
  change: (data: z.output<S>) => Promise<{ changed: boolean }>,
  notice: StaffNotice = "saved",
): Promise<FormResult> {
  const parsed = parseForm(schema, formData);
  if (!parsed.ok) return parsed.result;
  const outcome = await attempt(() => change(parsed.data), formData);
  if (!outcome.ok) return outcome.result;
  redirect(withNotice(`/staff/users/${parsed.data.id}`, outcome.value.changed ? notice : "unchanged"));
}

export async function changeRoleAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("admin");
  if (!access.ok) return refused(access);
  return submitAccountChange(changeRoleSchema, formData, (data) => changeUserRole(data, access.user));
}

/** Moves an account to another office: the top office's administrators (the data layer refuses a city's). */
export async function changeOfficeAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("admin");
  if (!access.ok) return refused(access);
  return submitAccountChange(changeOfficeSchema, formData, (data) => changeUserOffice(data, access.user));
}

export async function setActiveAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("admin");
  if (!access.ok) return refused(access);
  return submitAccountChange(setActiveSchema, formData, (data) => setUserActive(data, access.user));
}

export async function resetPasswordAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("admin");
  if (!access.ok) return refused(access);
  const target = parseForm(resetPasswordSchema, formData);
  if (!target.ok) return target.result;
  // The new password is judged against the account's own name and email, which the form does not carry.
  const schema = resetPasswordSchemaFor(await getUser({ id: target.data.id }));
  return submitAccountChange(schema, formData, (data) => resetUserPassword(data, access.user));
}

/** Clears an account's sign-in limits (its locks at every address), for an owner who is locked out. */
export async function unlockSignInAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("admin");
  if (!access.ok) return refused(access);
  return submitAccountChange(unlockSignInSchema, formData, (data) => clearAccountSignInLimits(data, access.user), "unlocked");
}
