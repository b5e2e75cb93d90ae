"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth";
import { safeReturnPath, type FormResult } from "@/lib/forms";
import { settleStaffLocale } from "@/lib/auth/session";
import { staffText } from "@/lib/i18n/staff";
import { genericSignInError, throttledMinutes, throttledSignInError, unavailableSignInError } from "@/lib/validation/auth";

// Signing in is the one action open to everyone: it is how a session comes to exist. The credentials check itself
// (lib/auth/index.ts) validates the input, verifies the argon2id hash and writes the audit log.
export async function signInAction(_previous: FormResult, formData: FormData): Promise<FormResult<{ email: string }>> {
  const email = String(formData.get("email") ?? "").trim().slice(0, 254);
  const password = String(formData.get("password") ?? "");
  const redirectTo = safeReturnPath(formData.get("callbackUrl"));
  // Nobody is signed in yet: the browser's language.
  await settleStaffLocale();
  const t = staffText("SignIn");
  if (!email || !password) {
    return {
      ok: false,
      message: t("enterBoth"),
      fieldErrors: {
        ...(!email ? { email: [t("enterEmail")] } : {}),
        ...(!password ? { password: [t("enterPassword")] } : {}),
      },
      values: { email },
    };
  }
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    // signIn() ends in a redirect on success, which must propagate; only authentication failures are answered here.
    if (error instanceof AuthError) {
      const code = (error as { code?: unknown }).code;
      const wait = throttledMinutes(code);
      const message = wait ? throttledSignInError(wait) : code === "unavailable" ? unavailableSignInError() : genericSignInError();
      return { ok: false, message, values: { email } };
    }
    throw error;
  }
  return { ok: true };
}

// Ending the account's sessions and the audit entry happen in the Auth.js signOut event (lib/auth/index.ts), which
// also covers a POST straight to /api/auth/signout.
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login?signedOut=1" });
}
