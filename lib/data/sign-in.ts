import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { auditLog, users, type UserRole } from "@/db/schema";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/records/audit";
import type { Actor } from "@/lib/records/actor";
import type { StaffLocale } from "@/lib/enums";
import {
  clearAccountFailures,
  clearAccountLimits,
  countAccountLocks,
  forgetOldThrottleRows,
  recordFailure,
  signInPause,
  throttleKeys,
  throttleRules,
} from "./throttle";

/**
 * Signing in and out, and the bookkeeping around it: failed attempts and their limits, the last sign-in, the session
 * version that ends sessions. None of it is an administrator's change of the account, so none of it moves the
 * account's `version` (an admin's open form stays good while its owner signs in or out).
 */

/** What the app knows about the signed-in person: never the password hash. */
export interface StaffUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  /** The home place whose office the account works for; null: the top office (db/schema.ts, users.officePlaceId). */
  officePlaceId: number | null;
  sessionVersion: number;
  /** The staff workspace's language for this account. */
  locale: StaffLocale;
}

export const staffColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  officePlaceId: users.officePlaceId,
  sessionVersion: users.sessionVersion,
  locale: users.locale,
};

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Sign-in is paused for this account or client address until `until` (too many failures). */
export class SignInThrottledError extends Error {
  override name = "SignInThrottledError";
  constructor(readonly until: Date) {
    super(`Sign-in is paused until ${until.toISOString()}.`);
  }
}

/**
 * Checks an email and password. Unknown email, wrong password and deactivated account all answer null after the same
 * amount of hashing work. Too many failures for the account at this client address, or from the address across
 * accounts (lib/data/throttle.ts), pause its sign-ins: then it throws SignInThrottledError without checking. An account
 * failed at from many addresses is only slowed down, so that its owner can always get in.
 */
export async function verifyCredentials(
  input: { email: string; password: string },
  context: { clientAddress?: string | null } = {},
): Promise<StaffUser | null> {
  const db = await getDb();
  const email = normaliseEmail(input.email);
  const client = context.clientAddress ?? null;
  const keys = throttleKeys(email, client);
  const [row] = await db
    .select({ ...staffColumns, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  const actor = row ? { id: row.id, email: row.email } : null;
  const pause = await signInPause(db, keys);
  if (pause.lockedUntil) {
    const until = pause.lockedUntil;
    await db.transaction((tx) =>
      // Refusals because of the address are one entry per address, whatever emails are tried from it.
      recordFailedSignIn(tx, pause.addressLocked ? { actor: null, entityId: null, email: null, client } : { actor, entityId: row?.id ?? null, email, client }, {
        reason: pause.addressLocked ? "throttled_address" : "throttled",
        lockedUntil: until.toISOString(),
        ...(pause.addressLocked ? { lastEmail: email.slice(0, 254) } : {}),
      }),
    );
    throw new SignInThrottledError(until);
  }
  if (pause.delayMs) await new Promise((resolve) => setTimeout(resolve, pause.delayMs));
  const ok = row ? await verifyPassword(row.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!row || !ok || !row.active) {
    const locked = await db.transaction(async (tx) => {
      const until = await recordFailure(tx, keys);
      await recordFailedSignIn(
        tx,
        { actor, entityId: row?.id ?? null, email, client },
        { reason: !row ? "unknown_email" : !ok ? "wrong_password" : "inactive", ...(until ? { lockedUntil: until.toISOString() } : {}) },
      );
      return until;
    });
    await forgetOldThrottleRows(db);
    if (locked) throw new SignInThrottledError(locked);
    return null;
  }
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, row.id));
    await clearAccountFailures(tx, keys);
    await recordAudit(tx, { actor, action: "sign_in", entityType: "user", entityId: row.id, after: { client } });
  });
  await forgetOldThrottleRows(db);
  return { id: row.id, email: row.email, name: row.name, role: row.role, officePlaceId: row.officePlaceId, sessionVersion: row.sessionVersion, locale: row.locale };
}

/**
 * Writes a failed or refused sign-in to the audit log as one entry per email and client address per throttle window:
 * a repeat adds to the entry's count (and notes its time and reason) instead of adding a row, so that a flood of
 * attempts can't flood the log. The attempted email is kept (bounded) so an admin can see what was tried; never the
 * password.
 */
async function recordFailedSignIn(
  tx: Tx,
  who: { actor: { id: number; email: string } | null; entityId: number | null; email: string | null; client: string | null },
  attempt: { reason: string; lockedUntil?: string; lastEmail?: string },
): Promise<void> {
  const email = who.email?.slice(0, 254) ?? null;
  // Two attempts at once must not both find no entry and insert one each.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign_in_failed ${email ?? "*"} ${who.client ?? "-"}`}))`);
  const [entry] = await tx
    .select({ id: auditLog.id, after: auditLog.after })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, "sign_in_failed"),
        sql`${auditLog.at} > now() - make_interval(mins => ${throttleRules.windowMinutes}::int)`,
        sql`${auditLog.after} ->> 'email' is not distinct from ${email}`,
        sql`${auditLog.after} ->> 'client' is not distinct from ${who.client}`,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  const now = new Date().toISOString();
  if (!entry) {
    await recordAudit(tx, {
      actor: who.actor,
      action: "sign_in_failed",
      entityType: "user",
      entityId: who.entityId,
      after: { email, client: who.client, ...attempt, count: 1, reasons: { [attempt.reason]: 1 }, lastAt: now },
    });
    return;
  }
  const before = entry.after ?? {};
  const count = typeof before.count === "number" ? before.count : 1;
  const reasons = (before.reasons && typeof before.reasons === "object" ? before.reasons : {}) as Record<string, number>;
  await tx
    .update(auditLog)
    .set({ after: { ...before, ...attempt, count: count + 1, reasons: { ...reasons, [attempt.reason]: (reasons[attempt.reason] ?? 0) + 1 }, lastAt: now } })
    .where(eq(auditLog.id, entry.id));
}

/** What clearing an account's sign-in limits does, as the audit log's `after`: the staff area and the command line both. */
export async function clearedSignInLimits(tx: Tx, email: string): Promise<{ email: string; signIn: "unlocked"; limitsCleared: number }> {
  const account = normaliseEmail(email);
  return { email: account, signIn: "unlocked", limitsCleared: await clearAccountLimits(tx, account) };
}

/**
 * Clears every sign-in limit on an account by its email, known or not: its count and its locks at every address.
 * Limits on addresses themselves stay: they guard every account. For the command line; the staff area clears them
 * from the account's page (clearAccountSignInLimits, lib/data/users.ts), at the version its form was opened on.
 */
export async function clearSignInLimits(input: { email: string }, actor: Actor | null): Promise<{ email: string; cleared: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, normaliseEmail(input.email)));
    const after = await clearedSignInLimits(tx, input.email);
    await recordAudit(tx, { actor, action: "update", entityType: "user", entityId: user?.id ?? null, after });
    return { email: after.email, cleared: after.limitsCleared };
  });
}

/** How many addresses this account is locked at now, for its page. */
export async function getSignInLocks({ id }: { id: number }): Promise<number> {
  const db = await getDb();
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, id));
  return user ? countAccountLocks(db, user.email) : 0;
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
