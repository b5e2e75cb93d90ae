import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { auditLog, users, type UserRole } from "@/db/schema";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "./audit";
import { assertRole, ConflictError, FieldConflictError, RecordNotFoundError, type Actor } from "./records";
import { isoTimestamp } from "./sql";
import { clearAccountFailures, lockedUntil, recordFailure, throttleKeys } from "./throttle";

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

/** Sign-in is paused for this account or client address until `until` (too many failures). */
export class SignInThrottledError extends Error {
  override name = "SignInThrottledError";
  constructor(readonly until: Date) {
    super(`Sign-in is paused until ${until.toISOString()}.`);
  }
}

/**
 * Checks an email and password. Unknown email, wrong password and deactivated account all answer null after the same
 * amount of hashing work, and each attempt is written to the audit log. Too many failures for the account or the
 * client address (lib/data/throttle.ts) pause its sign-ins: then it throws SignInThrottledError without checking.
 */
export async function verifyCredentials(
  input: { email: string; password: string },
  context: { clientAddress?: string | null } = {},
): Promise<StaffUser | null> {
  const db = await getDb();
  const email = normaliseEmail(input.email);
  const keys = throttleKeys(email, context.clientAddress);
  const [row] = await db
    .select({ ...staffColumns, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  const actor = row ? { id: row.id, email: row.email } : null;
  const paused = await lockedUntil(db, keys);
  if (paused) {
    await recordAudit(db, {
      actor,
      action: "sign_in_failed",
      entityType: "user",
      entityId: row?.id ?? null,
      after: { email: email.slice(0, 254), reason: "throttled", lockedUntil: paused.toISOString(), client: context.clientAddress ?? null },
    });
    throw new SignInThrottledError(paused);
  }
  const ok = row ? await verifyPassword(row.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!row || !ok || !row.active) {
    const locked = await db.transaction(async (tx) => {
      const until = await recordFailure(tx, keys);
      await recordAudit(tx, {
        actor,
        action: "sign_in_failed",
        entityType: "user",
        entityId: row?.id ?? null,
        // The attempted address is kept (bounded) so an admin can see what was tried; never the password.
        after: {
          email: email.slice(0, 254),
          reason: !row ? "unknown_email" : !ok ? "wrong_password" : "inactive",
          client: context.clientAddress ?? null,
          ...(until ? { lockedUntil: until.toISOString() } : {}),
        },
      });
      return until;
    });
    if (locked) throw new SignInThrottledError(locked);
    return null;
  }
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, row.id));
    await clearAccountFailures(tx, email);
    await recordAudit(tx, { actor, action: "sign_in", entityType: "user", entityId: row.id, after: { client: context.clientAddress ?? null } });
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

/** The last active administrator can't lose that role or be deactivated: someone must be able to manage accounts. */
export class LastAdminError extends Error {
  override name = "LastAdminError";
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

/**
 * Signing out: ends every session of the account by retiring its session version, and records it. A session that was
 * already ended (its version retired meanwhile) changes nothing.
 */
export async function endSessions(input: { id: number; sessionVersion: number }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [ended] = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, input.id), eq(users.sessionVersion, input.sessionVersion)))
      .returning({ id: users.id, email: users.email });
    if (ended) await recordAudit(tx, { actor: ended, action: "sign_out", entityType: "user", entityId: ended.id });
  });
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
