import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { users, type UserRole } from "@/db/schema";
import type { StaffLocale } from "@/lib/enums";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/records/audit";
import { assertRole, type Actor } from "@/lib/records/actor";
import { FieldConflictError, LastAdminError, OtherOfficeError, RecordNotFoundError, type FieldConflict } from "@/lib/records/errors";
import { assertOfficeExists } from "./offices";
import { atVersion, lockVersion, nextVersion } from "@/lib/records/versions";
import { clearedSignInLimits, normaliseEmail, staffColumns, type StaffUser } from "./sign-in";

/**
 * Staff accounts as administrators manage them: created, listed, and changed (role, access, password, sign-in limits)
 * only at the version the admin's form was opened on, like every other record. Signing in and out is lib/data/sign-in.ts.
 */

export class DuplicateEmailError extends Error {
  override name = "DuplicateEmailError";
}

export async function createUser(
  input: { email: string; name: string; role: UserRole; password: string; locale?: StaffLocale; officePlaceId?: number | null },
  actor: { id: number; email: string } | null,
): Promise<StaffUser> {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  const officePlaceId = input.officePlaceId ?? null;
  return db.transaction(async (tx) => {
    await assertOfficeExists(tx, officePlaceId);
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, normaliseEmail(input.email)));
    if (existing) throw new DuplicateEmailError(`An account with the email ${input.email} already exists.`);
    const [created] = await tx
      .insert(users)
      .values({ email: input.email.trim(), name: input.name.trim(), role: input.role, passwordHash, locale: input.locale, officePlaceId })
      .returning(staffColumns);
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "user",
      entityId: created!.id,
      after: { email: created!.email, name: created!.name, role: created!.role, active: true, locale: created!.locale, officePlaceId },
    });
    return created!;
  });
}

/**
 * Whether another account has this email (in any letters), for an admin's form that other fields refused: so that it
 * comes in the same answer. Creating the account checks again in its transaction.
 */
export async function accountConflicts({ email }: { email?: string | undefined }, actor: Actor | null): Promise<FieldConflict[]> {
  assertRole(actor, "admin");
  if (email === undefined) return [];
  const db = await getDb();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, normaliseEmail(email)));
  return existing ? [{ field: "email", key: "emailTaken" }] : [];
}

/**
 * An admin creates an account from the staff area (the command line uses createUser directly): a city office's
 * administrator, for that office only.
 */
export async function createStaffAccount(
  input: { email: string; name: string; role: UserRole; password: string; locale: StaffLocale; officePlaceId: number | null },
  actor: Actor | null,
): Promise<StaffUser> {
  assertRole(actor, "admin");
  assertManagesOffice(actor, input.officePlaceId);
  try {
    return await createUser(input, actor);
  } catch (error) {
    if (error instanceof DuplicateEmailError) throw new FieldConflictError("email", "emailTaken");
    throw error;
  }
}

/**
 * A signed-in person sets the language of their own staff workspace (any role: it changes nothing but how the
 * workspace speaks to them). It is theirs, not an administrator's change of the account, so the account's `version`
 * stays (an admin's open form of it stays good) and its sessions go on; the audit log records it all the same.
 */
export async function setOwnLocale(input: { locale: StaffLocale }, actor: Actor | null): Promise<{ changed: boolean }> {
  assertRole(actor, "viewer");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, actor.id)).for("update");
    if (!row) throw new RecordNotFoundError(`No account ${actor.id}.`);
    if (row.locale === input.locale) return { changed: false };
    await tx.update(users).set({ locale: input.locale }).where(eq(users.id, actor.id));
    await recordAudit(tx, { actor, action: "update", entityType: "user", entityId: actor.id, before: { locale: row.locale }, after: { locale: input.locale } });
    return { changed: true };
  });
}

/** An account as the admin's form showed it: which account, at which version. */
export interface AccountAt {
  id: number;
  version: number;
}

type Account = { id: number; email: string; role: UserRole; active: boolean; officePlaceId: number | null };

/** An administrator manages the accounts of their own office; the top office's administrators manage every account. */
function assertManagesOffice(actor: Actor, officePlaceId: number | null) {
  if (actor.officePlaceId !== null && actor.officePlaceId !== officePlaceId) throw new OtherOfficeError();
}

/** One admin change of an account: the columns it sets, what the audit log keeps of it, and whether its sessions end. */
interface AccountChange {
  set: Partial<Pick<typeof users.$inferInsert, "role" | "active" | "passwordHash" | "officePlaceId">>;
  endSessions: boolean;
  before?: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * Refuses a change that would leave no active administrator of the top office (who alone manages every account). The
 * admins' rows are locked, so two admins can't demote each other at once.
 */
async function keepAnAdmin(tx: Tx, changing: Account, next: { role: UserRole; active: boolean; officePlaceId: number | null }) {
  const topAdmin = (a: { role: UserRole; active: boolean; officePlaceId: number | null }) => a.role === "admin" && a.active && a.officePlaceId === null;
  if (!topAdmin(changing) || topAdmin(next)) return;
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true), isNull(users.officePlaceId)))
    .for("update");
  if (admins.filter((a) => a.id !== changing.id).length === 0) throw new LastAdminError("The last active administrator must stay one.");
}

/**
 * Every admin change of an account goes through here. The account is locked and must still be at the version the
 * form was opened on, else a ConflictError names who changed it and when, even if this change would change nothing.
 * `decide` says what to change (null: the account already is so, and nothing is written). The change moves the version
 * on and is recorded; if it ends the account's sessions, their session version moves on too.
 */
async function changeAccount(
  at: AccountAt,
  actor: Actor | null,
  decide: (account: Account, tx: Tx) => AccountChange | null | Promise<AccountChange | null>,
): Promise<{ changed: boolean }> {
  assertRole(actor, "admin");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockVersion(tx, users, at.id, at.version);
    const [account] = await tx
      .select({ id: users.id, email: users.email, role: users.role, active: users.active, officePlaceId: users.officePlaceId })
      .from(users)
      .where(eq(users.id, at.id));
    if (account) assertManagesOffice(actor, account.officePlaceId);
    const change = await decide(account!, tx);
    if (!change) return { changed: false };
    await keepAnAdmin(tx, account!, {
      role: change.set.role ?? account!.role,
      active: change.set.active ?? account!.active,
      officePlaceId: change.set.officePlaceId !== undefined ? change.set.officePlaceId : account!.officePlaceId,
    });
    const sessions = change.endSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {};
    await tx
      .update(users)
      .set({ ...change.set, ...sessions, ...nextVersion(users, actor) })
      .where(atVersion(users, at.id, at.version));
    await recordAudit(tx, { actor, action: "update", entityType: "user", entityId: at.id, before: change.before, after: change.after });
    return { changed: true };
  });
}

/** Deactivates or reactivates an account; a deactivated user's sessions stop working on their next request. */
export function setUserActive(input: AccountAt & { active: boolean }, actor: Actor | null) {
  return changeAccount(input, actor, (account) =>
    account.active === input.active
      ? null
      : { set: { active: input.active }, endSessions: true, before: { active: account.active }, after: { active: input.active } },
  );
}

/** Changes an account's role; its sessions end, so the new role applies from the next sign-in. */
export function changeUserRole(input: AccountAt & { role: UserRole }, actor: Actor | null) {
  return changeAccount(input, actor, (account) =>
    account.role === input.role ? null : { set: { role: input.role }, endSessions: true, before: { role: account.role }, after: { role: input.role } },
  );
}

/**
 * Moves an account to another office (the top office's administrators only: a city's may not give an account away);
 * its sessions end, so that it starts afresh with what its new office may change.
 */
export function changeUserOffice(input: AccountAt & { officePlaceId: number | null }, actor: Actor | null) {
  return changeAccount(input, actor, async (account, tx) => {
    assertManagesOffice(actor!, input.officePlaceId);
    if (account.officePlaceId === input.officePlaceId) return null;
    await assertOfficeExists(tx, input.officePlaceId);
    return { set: { officePlaceId: input.officePlaceId }, endSessions: true, before: { officePlaceId: account.officePlaceId }, after: { officePlaceId: input.officePlaceId } };
  });
}

/** Sets a new password chosen by an admin; the account's sessions end. The audit log records that it happened, never the password. */
export async function resetUserPassword(input: AccountAt & { password: string }, actor: Actor | null) {
  assertRole(actor, "admin");
  const passwordHash = await hashPassword(input.password);
  return changeAccount(input, actor, () => ({ set: { passwordHash }, endSessions: true, after: { password: "reset" } }));
}

/**
 * An admin clears an account's sign-in limits from its page (its locks at every address), for an owner who is locked
 * out. Its sessions go on: nothing about who may sign in has changed.
 */
export function clearAccountSignInLimits(input: AccountAt, actor: Actor | null) {
  return changeAccount(input, actor, async (account, tx) => ({ set: {}, endSessions: false, after: await clearedSignInLimits(tx, account.email) }));
}

export interface UserListItem {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  active: boolean;
  lastSignInAt: Date | null;
  /** The home place of the account's office; null for the top office. */
  officePlaceId: number | null;
}

const listColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  lastSignInAt: users.lastSignInAt,
  officePlaceId: users.officePlaceId,
};

export async function listUsers(): Promise<UserListItem[]> {
  const db = await getDb();
  return db.select(listColumns).from(users).orderBy(users.name);
}

/** An account's page: its forms send `version` back, so that a change made meanwhile by another admin is not undone. */
export interface UserDetail extends UserListItem {
  version: number;
}

export async function getUser({ id }: { id: number }): Promise<UserDetail | null> {
  const db = await getDb();
  const [row] = await db
    .select({ ...listColumns, version: users.version })
    .from(users)
    .where(eq(users.id, id));
  return row ?? null;
}

/**
 * The account a command-line script acts as (`npm run import -- --as email`): an active account by its email, or
 * without one the first active administrator. Null when there is none.
 */
export async function findScriptActor({ email }: { email?: string }): Promise<Actor | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, officePlaceId: users.officePlaceId })
    .from(users)
    .where(and(eq(users.active, true), email ? eq(sql`lower(${users.email})`, normaliseEmail(email)) : eq(users.role, "admin")))
    .orderBy(users.id)
    .limit(1);
  return row ?? null;
}
