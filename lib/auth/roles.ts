import type { UserRole } from "@/db/schema";

/**
 * The three roles, each including the one before: a viewer reads the staff area (drafts too), an editor also changes
 * and publishes content, an admin also manages users.
 */
const rank: Record<UserRole, number> = { viewer: 1, editor: 2, admin: 3 };

export function hasRole(user: { role: UserRole } | null | undefined, minimum: UserRole): boolean {
  return !!user && rank[user.role] >= rank[minimum];
}

export const canEditContent = (user: { role: UserRole } | null | undefined) => hasRole(user, "editor");
export const canManageUsers = (user: { role: UserRole } | null | undefined) => hasRole(user, "admin");

export const roleLabels: Record<UserRole, string> = { viewer: "Viewer", editor: "Editor", admin: "Administrator" };

export type Access<U> = { ok: true; user: U } | { ok: false; reason: "signed_out" | "forbidden" | "unavailable"; message: string };

/** The rule every server action starts with, as a pure function: who may go on, and what to tell who may not. */
export function checkAccess<U extends { role: UserRole }>(user: U | null, minimum: UserRole): Access<U> {
  if (!user) return { ok: false, reason: "signed_out", message: "Your session has ended. Sign in again to continue." };
  if (!hasRole(user, minimum)) return { ok: false, reason: "forbidden", message: "Your role does not allow this change." };
  return { ok: true, user };
}
