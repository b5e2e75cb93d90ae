"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth";
import { getCurrentUser } from "@/lib/auth/session";
import { recordSignOut } from "@/lib/data/users";
import { safeReturnPath } from "@/lib/forms";
import { loginEmailCookie, type SignInError } from "@/lib/validation/auth";

/**
 * Signing in is the one action open to everyone: it is how a session comes to exist. The credentials check itself
 * (lib/auth/index.ts) validates the input, verifies the argon2id hash and writes the audit log.
 *
 * A failure answers with a redirect back to /login (the email kept in a one-minute cookie, never in the URL) rather
 * than with action state: with Cache Components, Next.js 16.4 does not render action state into the HTML of a form
 * posted without JavaScript (vercel/next.js#97784), and the message must reach those visitors too.
 */
export async function signInAction(formData: FormData): Promise<void> {
  const email = String(formData.get("email") ?? "").trim().slice(0, 254);
  const password = String(formData.get("password") ?? "");
  const redirectTo = safeReturnPath(formData.get("callbackUrl"));
  let error: SignInError | null = !email ? (password ? "missing_email" : "missing_both") : !password ? "missing_password" : null;
  if (!error) {
    try {
      await signIn("credentials", { email, password, redirectTo });
    } catch (caught) {
      // signIn() ends in a redirect on success, which must propagate; only authentication failures are answered here.
      if (!(caught instanceof AuthError)) throw caught;
      error = "credentials";
    }
  }
  (await cookies()).set(loginEmailCookie, email, { httpOnly: true, sameSite: "lax", path: "/login", maxAge: 60 });
  redirect(`/login?error=${error}&callbackUrl=${encodeURIComponent(redirectTo)}`);
}

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await recordSignOut(user);
  await signOut({ redirectTo: "/login?signedOut=1" });
}
