import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/db";
import { demoPassword } from "@/db/seed";
import { SignInThrottledError, verifyCredentials } from "@/lib/data/users";
import { freshDatabase } from "./support/db";

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());

const attempt = (email: string, password: string, clientAddress: string | null = null) => verifyCredentials({ email, password }, { clientAddress });
const minutesUntil = (date: Date) => Math.round((date.getTime() - Date.now()) / 60_000);
const throttleRow = async (key: string) =>
  rowsOf<{ failures: number; lockouts: number; locked_until: Date | null }>(await db.execute(sql`select failures, lockouts, locked_until from sign_in_throttle where key = ${key}`))[0];
const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SignInThrottledError) return error;
    throw error;
  }
  return null;
};

describe("sign-in throttling", () => {
  it("after 5 failures for one account in 15 minutes, refuses even the right password, for 15 minutes", async () => {
    for (let i = 1; i <= 4; i++) expect(await attempt("editor@example.org", `wrong guess ${i}`)).toBeNull();
    const fifth = await refusal(attempt("editor@example.org", "wrong guess 5"));
    expect(fifth).toBeInstanceOf(SignInThrottledError);
    expect(minutesUntil(fifth!.until)).toBe(15);
    const withRightPassword = await refusal(attempt("Editor@Example.org", demoPassword));
    expect(withRightPassword?.until).toEqual(fifth!.until);
    // The counters are rows of the database: another server instance, or this one after a restart, sees them.
    expect(await throttleRow("account:editor@example.org")).toMatchObject({ lockouts: 1, locked_until: expect.anything() });
    const [entry] = rowsOf<{ action: string; after: Record<string, unknown> }>(
      await db.execute(sql`select action, after from audit_log order by id desc limit 1`),
    );
    expect(entry).toMatchObject({ action: "sign_in_failed", after: { email: "editor@example.org", reason: "throttled" } });
  });

  it("locks an unknown email the same way, so a lock says nothing about which accounts exist", async () => {
    for (let i = 1; i <= 4; i++) expect(await attempt("nobody@example.org", `guess ${i}`)).toBeNull();
    expect(await refusal(attempt("nobody@example.org", "guess 5"))).toBeInstanceOf(SignInThrottledError);
  });

  it("each lock in a row lasts twice as long (15, 30, 60 minutes), and a lock is forgotten a day after it ended", async () => {
    const email = "viewer@example.org";
    const lockAgain = async () => {
      await db.execute(sql`update sign_in_throttle set locked_until = now() - interval '1 minute' where key = ${`account:${email}`}`);
      for (let i = 1; i <= 4; i++) expect(await attempt(email, `wrong ${i}`)).toBeNull();
      return minutesUntil((await refusal(attempt(email, "wrong 5")))!.until);
    };
    expect(await lockAgain()).toBe(15);
    expect(await lockAgain()).toBe(30);
    expect(await lockAgain()).toBe(60);
    await db.execute(sql`update sign_in_throttle set locked_until = now() - interval '25 hours' where key = ${`account:${email}`}`);
    for (let i = 1; i <= 4; i++) expect(await attempt(email, `wrong ${i}`)).toBeNull();
    expect(minutesUntil((await refusal(attempt(email, "wrong 5")))!.until)).toBe(15);
  });

  it("failures older than 15 minutes no longer count", async () => {
    const email = "admin@example.org";
    for (let i = 1; i <= 4; i++) expect(await attempt(email, `wrong ${i}`)).toBeNull();
    await db.execute(sql`update sign_in_throttle set window_started_at = now() - interval '16 minutes' where key = 'account:admin@example.org'`);
    expect(await attempt(email, "wrong 5")).toBeNull();
    expect(await throttleRow("account:admin@example.org")).toMatchObject({ failures: 1, locked_until: null });
  });

  it("a good sign-in clears its account's count", async () => {
    expect(await attempt("admin@example.org", demoPassword)).toMatchObject({ role: "admin" });
    expect(await throttleRow("account:admin@example.org")).toMatchObject({ failures: 0 });
  });

  it("after 5 failures from one client address, across accounts, refuses that address but not others", async () => {
    const spray = "198.51.100.7";
    for (let i = 1; i <= 4; i++) expect(await attempt(`person${i}@example.org`, "Summer2026!", spray)).toBeNull();
    expect(await refusal(attempt("person5@example.org", "Summer2026!", spray))).toBeInstanceOf(SignInThrottledError);
    // The admin, from that address, is refused too; from another address, let in.
    expect(await refusal(attempt("admin@example.org", demoPassword, spray))).toBeInstanceOf(SignInThrottledError);
    expect(await attempt("admin@example.org", demoPassword, "203.0.113.9")).toMatchObject({ role: "admin" });
    // A good password from elsewhere does not clear the address's lock.
    expect(await throttleRow(`client:${spray}`)).toMatchObject({ locked_until: expect.anything() });
  });
});
