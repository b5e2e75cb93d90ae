import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { auditLog, users, type UserRole } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/records/audit";
import { assertRole, type Actor } from "@/lib/records/actor";
import { ConflictError, FieldConflictError, LastAdminError, RecordNotFoundError } from "@/lib/records/errors";
import { clearSignInLimits, normaliseEmail, staffColumns, type StaffUser } from "./sign-in";
import { isoTimestamp } from "./sql";

/** Staff accounts as administrators manage them: created, listed and changed. Signing in and out is lib/data/sign-in.ts. */

/** An admin clears an account's sign-in limits from its page. */
export async function clearAccountSignInLimits(input: { id: number }, actor: Actor | null): Promise<{ email: string; cleared: number }> {
  assertRole(actor, "admin");
  return clearSignInLimits(input, actor);
}

export class DuplicateEmailError extends Error {
  override name = "DuplicateEmailError";
}

export async function createUser(
  input: { email: string; name: string; role: UserRole; password: string },
  actor: { id: number; email: string } | null,
): Promise<StaffUser> {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, normaliseEmail(input.email)));
    if (existing) throw new DuplicateEmailError(`An account with the email ${input.email} already exists.`);
    const [created] = await tx
      .insert(users)
      .values({ email: input.email.trim(), name: input.name.trim(), role: input.role, passwordHash })
      .returning(staffColumns);
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "user",
      entityId: created!.id,
      after: { email: created!.email, name: created!.name, role: created!.role, active: true },
    });
    return created!;
  });
}

/**
 * Loads an account for a change, locked, checking that it is as the admin's form showed it (its `updatedAt`): a change
 * never undoes another admin's change made in the meantime.
 */
async function lockUser(tx: Tx, id: number, seen: string | null) {
  const [row] = await tx
    .select({ id: users.id, email: users.email, role: users.role, active: users.active, updatedAt: isoTimestamp(users.updatedAt) })
    .from(users)
    .where(eq(users.id, id))
    .for("update");
  if (!row) throw new RecordNotFoundError(`No user ${id}.`);
  if (seen !== null && row.updatedAt !== seen) {
    const [who] = await tx
      .select({ name: users.name })
      .from(auditLog)
      .innerJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    throw new ConflictError(who?.name ?? null, row.updatedAt);
  }
  return row;
}

/** Refuses a change that would leave no active administrator. The admins' rows are locked, so two admins can't demote each other at once. */
async function keepAnAdmin(tx: Tx, changing: { id: number; role: UserRole; active: boolean }, next: { role: UserRole; active: boolean }) {
  if (!(changing.role === "admin" && changing.active) || (next.role === "admin" && next.active)) return;
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)))
    .for("update");
  if (admins.filter((a) => a.id !== changing.id).length === 0) throw new LastAdminError("The last active administrator must stay one.");
}

/** Deactivates or reactivates an account; a deactivated user's sessions stop working on their next request. */
export async function setUserActive(input: { id: number; active: boolean; seen?: string | null }, actor: Actor | null) {
  assertRole(actor, "admin");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const before = await lockUser(tx, input.id, input.seen ?? null);
    if (before.active === input.active) return;
    await keepAnAdmin(tx, before, { role: before.role, active: input.active });
    await tx
      .update(users)
      .set({ active: input.active, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, input.id));
    await recordAudit(tx, { actor, action: "update", entityType: "user", entityId: input.id, before: { active: before.active }, after: { active: input.active } });
  });
}

/** Changes an account's role; its sessions end, so the new role applies from the next sign-in. */
export async function changeUserRole(input: { id: number; role: UserRole; seen?: string | null }, actor: Actor | null) {
  assertRole(actor, "admin");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const before = await lockUser(tx, input.id, input.seen ?? null);
    if (before.role === input.role) return;
    await keepAnAdmin(tx, before, { role: input.role, active: before.active });
    await tx
      .update(users)
      .set({ role: input.role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, input.id));
    await recordAudit(tx, { actor, action: "update", entityType: "user", entityId: input.id, before: { role: before.role }, after: { role: input.role } });
  });
}

/** Sets a new password chosen by an admin; the account's sessions end. The audit log records that it happened, never the password. */
export async function resetUserPassword(input: { id: number; password: string; seen?: string | null }, actor: Actor | null) {
  assertRole(actor, "admin");
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockUser(tx, input.id, input.seen ?? null);
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, input.id));
    await recordAudit(tx, { actor, action: "update", entityType: "user", entityId: input.id, after: { password: "reset" } });
  });
}

/** An admin creates an account from the staff area (the command line uses createUser directly). */
export async function createStaffAccount(
  input: { email: string; name: string; role: UserRole; password: string },
  actor: Actor | null,
): Promise<StaffUser> {
  assertRole(actor, "admin");
  try {
    return await createUser(input, actor);
  } catch (error) {
    if (error instanceof DuplicateEmailError) throw new FieldConflictError("email", "emailTaken");
    throw error;
  }
}

export interface UserDetail extends UserListItem {
  createdAt: string;
  updatedAt: string;
}

export async function getUser({ id }: { id: number }): Promise<UserDetail | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      lastSignInAt: users.lastSignInAt,
      createdAt: isoTimestamp(users.createdAt),
      updatedAt: isoTimestamp(users.updatedAt),
    })
    .from(users)
    .where(eq(users.id, id));
  return row ?? null;
}

export interface UserListItem {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  active: boolean;
  lastSignInAt: Date | null;
}

export async function listUsers(): Promise<UserListItem[]> {
  const db = await getDb();
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      lastSignInAt: users.lastSignInAt,
    })
    .from(users)
    .orderBy(users.name);
}
