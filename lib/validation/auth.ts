import { z } from "zod";

/** Sign-in input: bounded so no one can make the server hash a megabyte. Wrong values are the generic error. */
export const signInSchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});

export const signInErrors = ["credentials", "missing_email", "missing_password", "missing_both"] as const;
export type SignInError = (typeof signInErrors)[number];

/** One message for every failed sign-in: it never says whether the email or the password was wrong. */
export const genericSignInError = "The email or password is incorrect.";

export function describeSignInError(code: unknown): { message: string; email?: string; password?: string } | null {
  switch (code) {
    case "credentials":
      return { message: genericSignInError };
    case "missing_email":
      return { message: "Enter your email and password.", email: "Enter your email." };
    case "missing_password":
      return { message: "Enter your email and password.", password: "Enter your password." };
    case "missing_both":
      return { message: "Enter your email and password.", email: "Enter your email.", password: "Enter your password." };
    default:
      return null;
  }
}

/** Carries the typed email back to the form after a failed attempt, for a minute, never in the URL. */
export const loginEmailCookie = "amity-login-email";
