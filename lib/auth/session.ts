import "server-only";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import type { UserRole } from "@/db/schema";
import { getSessionUser, type StaffUser } from "@/lib/data/users";
import { auth, type AmityClaims } from "./index";
import { checkAccess, hasRole, type Access } from "./roles";

/**
 * The signed-in staff member for this request, or null. Checked against the database on every request (once per
 * request thanks to cache()), so a deactivated account or a changed role bites at once, whatever the cookie says.
 */
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  // A session belongs to a request: never part of a prerendered page.
  await connection();
  const session = (await auth()) as (AmityClaims & object) | null;
  if (!session?.uid || !session.sv) return null;
  return getSessionUser({ id: session.uid, sessionVersion: session.sv });
});

/** For staff pages: the user with at least `minimum` role; otherwise to the sign-in page, or a 403 page. */
export async function requireStaff(minimum: UserRole = "viewer", from = "/staff"): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(from)}`);
  if (!hasRole(user, minimum)) forbidden();
  return user;
}

/**
 * For server actions, which are public POST endpoints of their own: the first line of each. It never redirects, so
 * the action can answer with its usual result shape.
 */
export async function authorizeAction(minimum: UserRole): Promise<Access<StaffUser>> {
  return checkAccess(await getCurrentUser(), minimum);
}
