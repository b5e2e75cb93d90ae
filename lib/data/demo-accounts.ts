// No "server-only" here: the start-up check (lib/server-start.ts, run from instrumentation.ts) uses this module too.
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { demoAccounts, demoPassword } from "@/db/demo-accounts";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import type { StaffUser } from "./sign-in";

const demoEmails = demoAccounts.map((a) => a.email);

/**
 * The demo accounts that anyone could sign in with: active, with a demo address, and still the published password.
 * (One argon2id check per demo account: only at start-up on an https site.)
 */
export async function listDemoAccountsInUse(): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.active, true), inArray(sql`lower(${users.email})`, demoEmails)));
  const open = await Promise.all(rows.map(async (r) => ((await verifyPassword(r.passwordHash, demoPassword)) ? r.email : null)));
  return open.filter((email): email is string => email !== null);
}

// Whether an account is a demo one can only change with its password, and a password change bumps the session
// version: so the answer is kept per account and session version, and argon2id runs once per session, not per page.
const known = new Map<number, { sessionVersion: number; demo: boolean }>();

/** Whether the signed-in account is one of the demo accounts, signed in with the published password. */
export async function isDemoAccount(user: StaffUser): Promise<boolean> {
  if (!(demoEmails as readonly string[]).includes(user.email.toLowerCase())) return false;
  const seen = known.get(user.id);
  if (seen?.sessionVersion === user.sessionVersion) return seen.demo;
  const db = await getDb();
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  const demo = row ? await verifyPassword(row.passwordHash, demoPassword) : false;
  known.set(user.id, { sessionVersion: user.sessionVersion, demo });
  return demo;
}
