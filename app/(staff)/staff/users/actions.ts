"use server";

import { redirect } from "next/navigation";
import { attempt, parseForm, refused } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { changeUserRole, clearAccountSignInLimits, createStaffAccount, getUser, resetUserPassword, setUserActive } from "@/lib/data/users";
import type { FormResult } from "@/lib/forms";
import { changeRoleSchema, newUserSchema, resetPasswordSchema, resetPasswordSchemaFor, setActiveSchema, unlockSignInSchema } from "@/lib/validation/users";

/** Staff accounts: every action here is for administrators only. */

export async function createUserAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("admin");
  if (!access.ok) return refused(access, formData);
  const parsed = parseForm(newUserSchema, formData);
  if (!parsed.ok) return parsed.result;
  const outcome = await attempt(() => createStaffAccount(parsed.data, access.user), formData);
  if (!outcome.ok) return outcome.result;
  redirect(`/staff/users/${outcome.value.id}?notice=accountCreated`);
}

export async function changeRoleAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("admin");
  if (!access.ok) return refused(access);
  const parsed = parseForm(changeRoleSchema, formData);
  if (!parsed.ok) return parsed.result;
  const outcome = await attempt(() => changeUserRole(parsed.data, access.user), formData);
  if (!outcome.ok) return outcome.result;
  redirect(`/staff/users/${parsed.data.id}?notice=saved`);
}

export async function setActiveAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("admin");
  if (!access.ok) return refused(access);
  const parsed = parseForm(setActiveSchema, formData);
  if (!parsed.ok) return parsed.result;
  const outcome = await attempt(() => setUserActive(parsed.data, access.user), formData);
  if (!outcome.ok) return outcome.result;
  redirect(`/staff/users/${parsed.data.id}?notice=saved`);
}

export async function resetPasswordAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("admin");
  if (!access.ok) return refused(access);
  const target = parseForm(resetPasswordSchema, formData);
  if (!target.ok) return target.result;
  // The new password is judged against the account's own name and email, which the form does not carry.
  const parsed = parseForm(resetPasswordSchemaFor(await getUser({ id: target.data.id })), formData);
  if (!parsed.ok) return parsed.result;
  const outcome = await attempt(() => resetUserPassword(parsed.data, access.user), formData);
  if (!outcome.ok) return outcome.result;
  redirect(`/staff/users/${parsed.data.id}?notice=saved`);
}

/** Clears an account's sign-in limits (its locks at every address), for an owner who is locked out. */
export async function unlockSignInAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("admin");
  if (!access.ok) return refused(access);
  const parsed = parseForm(unlockSignInSchema, formData);
  if (!parsed.ok) return parsed.result;
  const outcome = await attempt(() => clearAccountSignInLimits(parsed.data, access.user), formData);
  if (!outcome.ok) return outcome.result;
  redirect(`/staff/users/${parsed.data.id}?notice=unlocked`);
}
