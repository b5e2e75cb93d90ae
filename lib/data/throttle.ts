import "server-only";
import { and, inArray, isNotNull, sql } from "drizzle-orm";
import { rowsOf, type Db, type Tx } from "@/db";
import { signInThrottle } from "@/db/schema";

/**
 * Sign-in throttling: after `maxFailures` failed sign-ins for one account (the email as typed, existing or not) or
 * from one client address within `windowMinutes`, that account or address is refused for a cooling period that
 * doubles with each lock in a row (15 minutes, 30, an hour… at most a day). A lock is forgotten a day after it ended.
 */
export const throttleRules = {
  maxFailures: 5,
  windowMinutes: 15,
  firstLockMinutes: 15,
  longestLockMinutes: 24 * 60,
  forgetLocksAfterHours: 24,
} as const;

export type ThrottleKey = `account:${string}` | `client:${string}`;

/** The keys a sign-in attempt counts against. */
export function throttleKeys(email: string, clientAddress: string | null | undefined): ThrottleKey[] {
  const keys: ThrottleKey[] = [`account:${email.trim().toLowerCase().slice(0, 254)}`];
  if (clientAddress) keys.push(`client:${clientAddress.slice(0, 100)}`);
  return keys;
}

/** The time until which any of these keys is locked, or null if none is. */
export async function lockedUntil(db: Db | Tx, keys: ThrottleKey[]): Promise<Date | null> {
  const rows = await db
    .select({ until: signInThrottle.lockedUntil })
    .from(signInThrottle)
    .where(and(inArray(signInThrottle.key, keys), isNotNull(signInThrottle.lockedUntil), sql`${signInThrottle.lockedUntil} > now()`));
  const times = rows.map((r) => r.until!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/** The length of the next lock, after `lockouts` locks in a row. */
export function lockMinutes(lockouts: number): number {
  return Math.min(throttleRules.firstLockMinutes * 2 ** Math.min(lockouts, 16), throttleRules.longestLockMinutes);
}

/**
 * Counts one failed attempt against each key, atomically (rows locked in the transaction). Returns the time a lock
 * now ends if this failure started one.
 */
export async function recordFailure(tx: Tx, keys: ThrottleKey[]): Promise<Date | null> {
  let locked: Date | null = null;
  for (const key of [...keys].sort()) {
    await tx.insert(signInThrottle).values({ key }).onConflictDoNothing();
    const [row] = rowsOf<{ failures: number; lockouts: number; windowOver: boolean; lockForgotten: boolean }>(
      await tx.execute(sql`
      select failures, lockouts,
             window_started_at < now() - make_interval(mins => ${throttleRules.windowMinutes}::int) as "windowOver",
             coalesce(locked_until < now() - make_interval(hours => ${throttleRules.forgetLocksAfterHours}::int), false) as "lockForgotten"
      from sign_in_throttle where key = ${key} for update`),
    );
    const lockouts = row!.lockForgotten ? 0 : row!.lockouts;
    const failures = (row!.windowOver ? 0 : row!.failures) + 1;
    if (failures >= throttleRules.maxFailures) {
      const minutes = lockMinutes(lockouts);
      const [updated] = rowsOf<{ lockedUntil: Date | string }>(
        await tx.execute(sql`
        update sign_in_throttle set failures = 0, window_started_at = now(), lockouts = ${lockouts + 1}::int,
          locked_until = now() + make_interval(mins => ${minutes}::int), updated_at = now()
        where key = ${key} returning locked_until as "lockedUntil"`),
      );
      const until = new Date(updated!.lockedUntil);
      if (!locked || until > locked) locked = until;
    } else {
      await tx.execute(sql`
        update sign_in_throttle set failures = ${failures}::int, lockouts = ${lockouts}::int,
          window_started_at = case when ${row!.windowOver}::boolean then now() else window_started_at end, updated_at = now()
        where key = ${key}`);
    }
  }
  return locked;
}

/** A successful sign-in clears its account's count (not its address's: one good password must not reset a spray). */
export async function clearAccountFailures(tx: Tx, email: string): Promise<void> {
  await tx.execute(sql`update sign_in_throttle set failures = 0, updated_at = now() where key = ${throttleKeys(email, null)[0]!}`);
}
