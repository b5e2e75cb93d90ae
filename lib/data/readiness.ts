import "server-only";
import { sql } from "drizzle-orm";
import { getDb, noteDatabaseError, oneLine } from "@/db";

/** What one dependency said to the readiness check. */
export interface Check {
  ok: boolean;
  error?: string;
}

/** Rejects after `ms` milliseconds, so that a check can't hang the load balancer's probe. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether the database answers `select 1` within two seconds. A database already known to be unreachable answers "no"
 * at once (db/health.ts probes it once a second); a failure here starts that probing too.
 */
export async function checkDatabase(): Promise<Check> {
  try {
    const db = await getDb();
    await within(2000, db.execute(sql`select 1`));
    return { ok: true };
  } catch (error) {
    noteDatabaseError(error);
    return { ok: false, error: oneLine(error) };
  }
}
