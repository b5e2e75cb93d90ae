import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users, type UserRole } from "@/db/schema";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "./audit";

/** What the app knows about the signed-in person: never the password hash. */
export interface StaffUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  sessionVersion: number;
}

const staffColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  sessionVersion: users.sessionVersion,
};

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Checks an email and password. Unknown email, wrong password and deactivated account all answer null after the same
 * amount of hashing work, and each attempt is written to the audit log.
 */
export async function verifyCredentials(input: { email: string; password: string }): Promise<StaffUser | null> {
  const db = await getDb();
  const email = normaliseEmail(input.email);
  const [row] = await db
    .select({ ...staffColumns, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  const ok = row ? await verifyPassword(row.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!row || !ok || !row.active) {
    await recordAudit(db, {
      actor: row ? { id: row.id, email: row.email } : null,
      action: "sign_in_failed",
      entityType: "user",
      entityId: row?.id ?? null,
      // The attempted address is kept (bounded) so an admin can see what was tried; never the password.
      after: { email: email.slice(0, 254), reason: !row ? "unknown_email" : !ok ? "wrong_password" : "inactive" },
    });
    return null;
  }
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, row.id));
    await recordAudit(tx, { actor: { id: row.id, email: row.email }, action: "sign_in", entityType: "user", entityId: row.id });
  });
  return { id: row.id, email: row.email, name: row.name, role: row.role, sessionVersion: row.sessionVersion };
}

/**
 * The user behind a session, if the session is still good: the account exists, is active, and nothing (deactivation,
 * role change, password reset) has bumped its session version since the session was issued.
 */
export async function getSessionUser(input: { id: number; sessionVersion: number }): Promise<StaffUser | null> {
  const db = await getDb();
  const [row] = await db
    .select(staffColumns)
    .from(users)
    .where(and(eq(users.id, input.id), eq(users.active, true), eq(users.sessionVersion, input.sessionVersion)))
    .limit(1);
  return row ?? null;
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

/** Deactivates or reactivates an account; a deactivated user's sessions stop working on their next request. */
export async function setUserActive(input: { id: number; active: boolean }, actor: { id: number; email: string } | null) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ active: users.active }).from(users).where(eq(users.id, input.id));
    if (!before) throw new Error(`No user ${input.id}`);
    await tx
      .update(users)
      .set({ active: input.active, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, input.id));
    await recordAudit(tx, { actor, action: "update", entityType: "user", entityId: input.id, before, after: { active: input.active } });
  });
}

export async function recordSignOut(user: StaffUser): Promise<void> {
  await recordAudit(await getDb(), { actor: user, action: "sign_out", entityType: "user", entityId: user.id });
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
