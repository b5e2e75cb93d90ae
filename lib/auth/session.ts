import "server-only";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { connection } from "next/server";
import { cache } from "react";
import type { UserRole } from "@/db/schema";
import { DatabaseUnavailableError, noteDatabaseError } from "@/lib/data/health";
import { getSessionUser, type StaffUser } from "@/lib/data/sign-in";
import { staffText } from "@/lib/i18n/staff";
import { browserStaffLocale, inRequest, setStaffLocale, staffLocale } from "@/lib/i18n/staff-locale";
import type { StaffLocale } from "@/lib/enums";
import { databaseUnavailable } from "@/lib/unavailable";
import { auth, type AmityClaims } from "./index";
import { checkAccess, hasRole, type Access } from "./roles";

/**
 * The signed-in staff member for this request, or null. Checked against the database on every request (once per
 * request thanks to cache()), so a deactivated account or a changed role bites at once, whatever the cookie says.
 */
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  // A session belongs to a request: never part of a prerendered page.
  await connection();
  // Until the account is known (or if it never is), the browser's language: the sign-in page's and the refusals'.
  if (inRequest()) setStaffLocale(browserStaffLocale((await headers()).get("accept-language")));
  const session = (await auth()) as (AmityClaims & object) | null;
  if (!session?.uid || !session.sv) return null;
  try {
    const user = await getSessionUser({ id: session.uid, sessionVersion: session.sv });
    // The account's language for everything this request says (lib/i18n/staff-locale.ts).
    if (user) setStaffLocale(user.locale);
    return user;
  } catch (error) {
    if (noteDatabaseError(error)) throw new DatabaseUnavailableError(staffText("Messages")("unavailable"));
    throw error;
  }
});

/**
 * This request's staff language, settled: the signed-in account's, else the browser's. For what runs before (or
 * without) an access check, such as generateMetadata and the sign-in page, since `staffText` is synchronous.
 */
export async function settleStaffLocale(): Promise<StaffLocale> {
  // Always through the access check (once per render, thanks to cache()): the browser's language is set first, while
  // the account is still being read, so "some language is set" does not mean the account's is.
  await currentUserOrNobody();
  return staffLocale();
}

/** The signed-in user for page chrome (the header's badge, the navigation): nobody while the database is down. */
export async function currentUserOrNobody(): Promise<StaffUser | null> {
  try {
    return await getCurrentUser();
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) return null;
    throw error;
  }
}

/** For staff pages: the user with at least `minimum` role; otherwise to the sign-in page, or a 403 page. */
export async function requireStaff(minimum: UserRole = "viewer", from = "/staff"): Promise<StaffUser> {
  const user = await getCurrentUser().catch((error: unknown) => (error instanceof DatabaseUnavailableError ? databaseUnavailable() : Promise.reject(error)));
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(from)}`);
  if (!hasRole(user, minimum)) forbidden();
  return user;
}

/**
 * For server actions, which are public POST endpoints of their own: the first line of each. It never redirects, so
 * the action can answer with its usual result shape.
 */
export async function authorizeAction(minimum: UserRole): Promise<Access<StaffUser>> {
  try {
    return checkAccess(await getCurrentUser(), minimum);
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    return { ok: false, reason: "unavailable", message: staffText("Messages")("unavailable") };
  }
}

/**
 * For route handlers, GET endpoints anyone can call (the partnership picker's search, the lists' exports): the first
 * line of each, as authorizeAction is an action's. Signed out is a 401, a role too low a 403, the database down a 503,
 * each with its sentence as JSON and never cached.
 */
export async function authorizeRoute(minimum: UserRole): Promise<{ ok: true; user: StaffUser } | { ok: false; response: Response }> {
  const access = await authorizeAction(minimum);
  if (access.ok) return access;
  const status = access.reason === "signed_out" ? 401 : access.reason === "forbidden" ? 403 : 503;
  // A route reads rather than changes: checkAccess's "does not allow this change" would not fit.
  const message = access.reason === "forbidden" ? staffText("Messages")("forbiddenRead") : access.message;
  return { ok: false, response: Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } }) };
}
