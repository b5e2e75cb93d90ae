"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { attempt, parseForm, refused, withNotice } from "@/lib/actions";
import { authorizeAction } from "@/lib/auth/session";
import { setOwnLocale } from "@/lib/data/users";
import type { FormResult } from "@/lib/forms";
import { accountLanguageSchema } from "@/lib/validation/users";

/** The signed-in person's own account: open to every role, each acting on their own account only. */

/** Saves the language of the caller's staff workspace; the page the redirect shows speaks it (read from the database). */
export async function saveLanguageAction(_previous: FormResult, formData: FormData): Promise<FormResult> {
  const access = await authorizeAction("viewer");
  if (!access.ok) return refused(access, formData);
  const parsed = parseForm(accountLanguageSchema, formData);
  if (!parsed.ok) return parsed.result;
  const outcome = await attempt(() => setOwnLocale(parsed.data, access.user), formData);
  if (!outcome.ok) return outcome.result;
  // The whole page changes language, its root layout (<html lang>), header and navigation too: without refresh(), the
  // redirect would render only the page and keep the layouts the browser already has, in the old language.
  if (outcome.value.changed) refresh();
  redirect(withNotice("/staff/account", outcome.value.changed ? "languageSaved" : "unchanged"));
}
