import { z } from "zod";
import { staffText } from "@/lib/i18n/staff";

/** Sign-in input: bounded so no one can make the server hash a megabyte. Wrong values are the generic error. */
export const signInSchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});

const t = staffText("SignIn");

/** One message for every failed sign-in: it never says whether the email or the password was wrong. */
export const genericSignInError = () => t("failed");

/** After too many failures: how long to wait. It names no account, so it tells nothing about which emails exist. */
export function throttledSignInError(minutes: number): string {
  return t("throttled", { minutes });
}

/** The minutes a refused sign-in's code asks to wait ("throttled-15"), or null for any other refusal. */
export function throttledMinutes(code: unknown): number | null {
  const match = typeof code === "string" ? /^throttled-(\d{1,5})$/.exec(code) : null;
  return match ? Number(match[1]) : null;
}

/** When the sign-in could not be checked at all (the database can't be reached). */
export const unavailableSignInError = () => t("unavailable");
