import "server-only";
import { and, inArray, isNotNull, sql } from "drizzle-orm";
import { rowsOf, type Db, type Tx } from "@/db";
import { signInThrottle } from "@/db/schema";

/**
 * Sign-in throttling, as OWASP advises, so that a lock is never a way to keep an account's owner out:
 * - one account at one client address (a "pair"): after `maxFailures` failures within `windowMinutes`, that account is
 *   refused from that address for a cooling period that doubles with each lock in a row (15 minutes, 30, an hour… at
 *   most a day). Its owner, elsewhere, is not affected;
 * - one client address across accounts (password spraying): after `maxAddressFailures`, the address is refused, the
 *   same way;
 * - one account from anywhere: never locked; after `accountDelayAfter` failures in the window, each attempt waits a
 *   little longer (`accountDelayStepMs` more per failure, at most `accountDelayMaxMs`), which slows a guesser with many
 *   addresses and costs the owner a few seconds at worst.
 * A lock is forgotten a day after it ended, and then its row is removed.
 */
export const throttleRules = {
  maxFailures: 5,
  maxAddressFailures: 20,
  windowMinutes: 15,
  firstLockMinutes: 15,
  longestLockMinutes: 24 * 60,
  forgetLocksAfterHours: 24,
  accountDelayAfter: 10,
  accountDelayStepMs: 500,
  accountDelayMaxMs: 3_000,
} as const;

export type ThrottleKey = `account:${string}` | `client:${string}` | `pair:${string}`;

export interface ThrottleKeys {
  account: ThrottleKey;
  pair: ThrottleKey;
  /** Null when the address is not known: then only the account and the pair "unknown address" count. */
  client: ThrottleKey | null;
}

const accountKey = (email: string): ThrottleKey => `account:${email.trim().toLowerCase().slice(0, 254)}`;

/** The keys a sign-in attempt counts against. An address never holds "|", so a pair's email is all after the first. */
export function throttleKeys(email: string, clientAddress: string | null | undefined): ThrottleKeys {
  const address = clientAddress ? clientAddress.slice(0, 45) : null;
  const account = accountKey(email);
  return {
    account,
    pair: `pair:${address ?? "unknown"}|${account.slice("account:".length)}`,
    client: address ? `client:${address}` : null,
  };
}

const lockable = (keys: ThrottleKeys): ThrottleKey[] => (keys.client ? [keys.pair, keys.client] : [keys.pair]);

export interface SignInPause {
  /** The time until which this account at this address, or this address, is refused; null if neither is. */
  lockedUntil: Date | null;
  /** Whether it is the address (across accounts) that is locked, rather than this account at it. */
  addressLocked: boolean;
  /** How long this attempt waits first, for an account that many addresses have failed at. */
  delayMs: number;
}

/** Whether, and how, an attempt with these keys is held back. */
export async function signInPause(db: Db | Tx, keys: ThrottleKeys): Promise<SignInPause> {
  const locks = await db
    .select({ key: signInThrottle.key, until: signInThrottle.lockedUntil })
    .from(signInThrottle)
    .where(and(inArray(signInThrottle.key, lockable(keys)), isNotNull(signInThrottle.lockedUntil), sql`${signInThrottle.lockedUntil} > now()`));
  const times = locks.map((r) => r.until!.getTime());
  const [account] = rowsOf<{ failures: number }>(
    await db.execute(sql`select failures from sign_in_throttle
      where key = ${keys.account} and window_started_at >= now() - make_interval(mins => ${throttleRules.windowMinutes}::int)`),
  );
  const over = (account?.failures ?? 0) - throttleRules.accountDelayAfter + 1;
  return {
    lockedUntil: times.length ? new Date(Math.max(...times)) : null,
    addressLocked: locks.some((l) => l.key === keys.client),
    delayMs: over > 0 ? Math.min(over * throttleRules.accountDelayStepMs, throttleRules.accountDelayMaxMs) : 0,
  };
}

/** The length of the next lock, after `lockouts` locks in a row. */
export function lockMinutes(lockouts: number): number {
  return Math.min(throttleRules.firstLockMinutes * 2 ** Math.min(lockouts, 16), throttleRules.longestLockMinutes);
}

/**
 * Counts one failed attempt against each key, atomically (rows locked in the transaction): the pair and the address
 * lock when they reach their limit, the account only counts. Returns the time a lock now ends if this failure started one.
 */
export async function recordFailure(tx: Tx, keys: ThrottleKeys): Promise<Date | null> {
  const limits = new Map<ThrottleKey, number | null>([
    [keys.account, null],
    [keys.pair, throttleRules.maxFailures],
    ...(keys.client ? ([[keys.client, throttleRules.maxAddressFailures]] as const) : []),
  ]);
  let locked: Date | null = null;
  // Always in the same order, so that two attempts never wait on each other's rows.
  for (const key of [...limits.keys()].sort()) {
    const limit = limits.get(key) ?? null;
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
    if (limit !== null && failures >= limit) {
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

/**
 * A successful sign-in clears its account's count and its pair's (not its address's: one good password must not reset
 * a spray).
 */
export async function clearAccountFailures(tx: Tx, keys: ThrottleKeys): Promise<void> {
  await tx.execute(sql`update sign_in_throttle set failures = 0, updated_at = now() where key in (${keys.account}, ${keys.pair})`);
}

/**
 * Removes the rows nothing depends on any more: their window and their lock (if any) ended more than a day ago, so
 * their counts and their run of locks are forgotten anyway. Called on sign-in; the index on updated_at keeps it cheap.
 */
export async function forgetOldThrottleRows(db: Db | Tx): Promise<void> {
  const forget = sql`now() - make_interval(hours => ${throttleRules.forgetLocksAfterHours}::int)`;
  await db.execute(sql`delete from sign_in_throttle
    where updated_at < ${forget}
      and window_started_at + make_interval(mins => ${throttleRules.windowMinutes}::int) < ${forget}
      and (locked_until is null or locked_until < ${forget})`);
}

/** Clears every limit on one account (the email as typed, at every address); answers how many there were. */
export async function clearAccountLimits(tx: Tx, email: string): Promise<number> {
  const account = accountKey(email);
  const rows = await tx.execute(sql`delete from sign_in_throttle
    where key = ${account}
       or (key like 'pair:%' and substr(key, strpos(key, '|') + 1) = ${account.slice("account:".length)})
    returning key`);
  return rowsOf<{ key: string }>(rows).length;
}

/** The account's current locks at single addresses, for its page. */
export async function countAccountLocks(db: Db | Tx, email: string): Promise<number> {
  const account = accountKey(email).slice("account:".length);
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from sign_in_throttle
      where key like 'pair:%' and substr(key, strpos(key, '|') + 1) = ${account} and locked_until > now()`),
  );
  return row?.n ?? 0;
}
