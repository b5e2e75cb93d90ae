import http from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/db";
import { demoPassword } from "@/db/seed";
import { clientAddressOf } from "@/lib/auth/client-address";
import { installPeerAddressStamp } from "@/lib/auth/peer-address";
import { createUser } from "@/lib/data/users";
import { SignInThrottledError, verifyCredentials } from "@/lib/data/sign-in";
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
  it("after 5 failures for one account from one address in 15 minutes, refuses that address even the right password, for 15 minutes", async () => {
    const from = "192.0.2.1";
    for (let i = 1; i <= 4; i++) expect(await attempt("editor@example.org", `wrong guess ${i}`, from)).toBeNull();
    const fifth = await refusal(attempt("editor@example.org", "wrong guess 5", from));
    expect(fifth).toBeInstanceOf(SignInThrottledError);
    expect(minutesUntil(fifth!.until)).toBe(15);
    const withRightPassword = await refusal(attempt("Editor@Example.org", demoPassword, from));
    expect(withRightPassword?.until).toEqual(fifth!.until);
    // The counters are rows of the database: another server instance, or this one after a restart, sees them.
    expect(await throttleRow(`pair:${from}|editor@example.org`)).toMatchObject({ lockouts: 1, locked_until: expect.anything() });
    const [entry] = rowsOf<{ action: string; after: Record<string, unknown> }>(
      await db.execute(sql`select action, after from audit_log order by id desc limit 1`),
    );
    expect(entry).toMatchObject({ action: "sign_in_failed", after: { email: "editor@example.org", reason: "throttled" } });
  });

  it("locks an unknown email the same way, so a lock says nothing about which accounts exist", async () => {
    for (let i = 1; i <= 4; i++) expect(await attempt("nobody@example.org", `guess ${i}`, "192.0.2.2")).toBeNull();
    expect(await refusal(attempt("nobody@example.org", "guess 5", "192.0.2.2"))).toBeInstanceOf(SignInThrottledError);
  });

  it("each lock in a row lasts twice as long (15, 30, 60 minutes), and a lock is forgotten a day after it ended", async () => {
    const email = "viewer@example.org";
    const from = "192.0.2.3";
    const key = `pair:${from}|${email}`;
    const lockAgain = async () => {
      // The lock (and so the window of 15 minutes it began with) is over.
      await db.execute(sql`update sign_in_throttle set locked_until = now() - interval '1 minute', window_started_at = now() - interval '16 minutes'
        where key in (${key}, ${`account:${email}`})`);
      for (let i = 1; i <= 4; i++) expect(await attempt(email, `wrong ${i}`, from)).toBeNull();
      return minutesUntil((await refusal(attempt(email, "wrong 5", from)))!.until);
    };
    expect(await lockAgain()).toBe(15);
    expect(await lockAgain()).toBe(30);
    expect(await lockAgain()).toBe(60);
    await db.execute(sql`update sign_in_throttle set locked_until = now() - interval '25 hours' where key = ${key}`);
    for (let i = 1; i <= 4; i++) expect(await attempt(email, `wrong ${i}`, from)).toBeNull();
    expect(minutesUntil((await refusal(attempt(email, "wrong 5", from)))!.until)).toBe(15);
  });

  it("failures older than 15 minutes no longer count", async () => {
    const email = "admin@example.org";
    const key = "pair:192.0.2.4|admin@example.org";
    for (let i = 1; i <= 4; i++) expect(await attempt(email, `wrong ${i}`, "192.0.2.4")).toBeNull();
    await db.execute(sql`update sign_in_throttle set window_started_at = now() - interval '16 minutes' where key = ${key}`);
    expect(await attempt(email, "wrong 5", "192.0.2.4")).toBeNull();
    expect(await throttleRow(key)).toMatchObject({ failures: 1, locked_until: null });
  });

  it("a good sign-in clears its account's count and its address's count for that account", async () => {
    expect(await attempt("admin@example.org", demoPassword, "192.0.2.4")).toMatchObject({ role: "admin" });
    expect(await throttleRow("account:admin@example.org")).toMatchObject({ failures: 0 });
    expect(await throttleRow("pair:192.0.2.4|admin@example.org")).toMatchObject({ failures: 0 });
  });

  it("an attacker failing 50 times for an account from one address does not keep its owner out at another", async () => {
    await createUser({ email: "editor2@example.org", name: "Second Editor", role: "editor", password: demoPassword }, null);
    for (let i = 1; i <= 50; i++) await refusal(attempt("editor2@example.org", `guess ${i}`, "203.0.113.66"));
    expect(await refusal(attempt("editor2@example.org", "still guessing", "203.0.113.66"))).toBeInstanceOf(SignInThrottledError);
    expect(await attempt("editor2@example.org", demoPassword, "198.51.100.20")).toMatchObject({ email: "editor2@example.org" });
  });

  it("many failures for an account from many addresses slow its sign-ins by a few seconds at most, never lock its owner out", async () => {
    // As if 100 addresses had each failed once within the window.
    await db.execute(sql`insert into sign_in_throttle (key, failures) values ('account:viewer@example.org', 100)
      on conflict (key) do update set failures = 100, window_started_at = now(), locked_until = null`);
    const started = Date.now();
    expect(await attempt("viewer@example.org", demoPassword, "198.51.100.21")).toMatchObject({ role: "viewer" });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(2_000);
    expect(waited).toBeLessThan(20_000);
  }, 30_000);

  it("after 20 failures from one client address, across accounts, refuses that address but not others", async () => {
    const spray = "198.51.100.7";
    for (let i = 1; i <= 19; i++) expect(await attempt(`person${i}@example.org`, "Summer2026!", spray)).toBeNull();
    expect(await refusal(attempt("person20@example.org", "Summer2026!", spray))).toBeInstanceOf(SignInThrottledError);
    // The admin, from that address, is refused too; from another address, let in.
    expect(await refusal(attempt("admin@example.org", demoPassword, spray))).toBeInstanceOf(SignInThrottledError);
    expect(await attempt("admin@example.org", demoPassword, "203.0.113.9")).toMatchObject({ role: "admin" });
    // A good password from elsewhere does not clear the address's lock.
    expect(await throttleRow(`client:${spray}`)).toMatchObject({ locked_until: expect.anything() });
  });
});

/** Header pairs of a Node request, as a Fetch API Headers (what authorize() is given). */
const headersOf = (request: http.IncomingMessage) =>
  new Headers(Object.entries(request.headers).flatMap(([name, value]) => (value === undefined ? [] : [value].flat().map((v): [string, string] => [name, v]))));

/**
 * Signs in through a real Node HTTP server with the stamp `next start` gets from instrumentation.ts, working out the
 * client address as authorize() does. Answers the address counted.
 */
async function signInOverHttp(input: { email: string; password: string }, headers: Record<string, string>, trustedProxies: number) {
  installPeerAddressStamp();
  const server = http.createServer((request, response) => {
    const clientAddress = clientAddressOf(headersOf(request), trustedProxies);
    void refusal(verifyCredentials(input, { clientAddress })).then(() => response.end(JSON.stringify({ clientAddress })));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers });
    return ((await response.json()) as { clientAddress: string | null }).clientAddress;
  } finally {
    server.close();
  }
}

describe("the client address", () => {
  it("with no trusted proxy, a forged X-Forwarded-For changes neither the address counted nor the one recorded", async () => {
    const email = "forger@example.org";
    for (let i = 1; i <= 3; i++) expect(await signInOverHttp({ email, password: `guess ${i}` }, { "x-forwarded-for": `10.1.1.${i}` }, 0)).toBe("127.0.0.1");
    const keys = rowsOf<{ key: string; failures: number }>(await db.execute(sql`select key, failures from sign_in_throttle where key like ${`%${email}%`} or key like '%10.1.1.%' order by key`));
    expect(keys).toEqual([{ key: `account:${email}`, failures: 3 }, { key: `pair:127.0.0.1|${email}`, failures: 3 }]);
    const recorded = rowsOf<{ client: string | null }>(await db.execute(sql`select after->>'client' as client from audit_log where after->>'email' = ${email}`));
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.every((r) => r.client === "127.0.0.1")).toBe(true);
  });

  it("with one trusted proxy, the address is the one that proxy appended, whatever the client put before it", async () => {
    expect(await signInOverHttp({ email: "proxied@example.org", password: "guess" }, { "x-forwarded-for": "10.1.1.1, 198.51.100.30" }, 1)).toBe("198.51.100.30");
  });
});

describe("the audit of failed sign-ins", () => {
  it("100 failed and refused attempts for one account from one address make one or two entries whose counts add up to 100", async () => {
    const email = "flood@example.org";
    for (let i = 1; i <= 5; i++) await refusal(attempt(email, `guess ${i}`, "203.0.113.77"));
    // The rest at once, as a flood would come: each is refused (this account is locked at this address) and counted.
    await Promise.all(Array.from({ length: 95 }, (_, i) => refusal(attempt(email, `guess ${i + 6}`, "203.0.113.77"))));
    const entries = rowsOf<{ count: number }>(
      await db.execute(sql`select (after->>'count')::int as count from audit_log where action = 'sign_in_failed' and after->>'email' = ${email}`),
    );
    expect(entries.length).toBeGreaterThanOrEqual(1);
    expect(entries.length).toBeLessThanOrEqual(2);
    expect(entries.reduce((sum, e) => sum + e.count, 0)).toBe(100);
  });

  it("throttle rows whose window and lock ended more than a day ago are removed at the next sign-in, others kept", async () => {
    await db.execute(sql`insert into sign_in_throttle (key, failures, window_started_at, locked_until, lockouts, updated_at) values
      ('client:192.0.2.200', 3, now() - interval '3 days', now() - interval '2 days', 1, now() - interval '2 days'),
      ('client:192.0.2.201', 3, now() - interval '3 days', now() + interval '1 hour', 6, now() - interval '3 days'),
      ('client:192.0.2.202', 2, now() - interval '2 hours', null, 0, now() - interval '2 hours')`);
    expect(await attempt("admin@example.org", demoPassword, "198.51.100.40")).toMatchObject({ role: "admin" });
    const left = rowsOf<{ key: string }>(await db.execute(sql`select key from sign_in_throttle where key like 'client:192.0.2.20_' order by key`));
    expect(left.map((r) => r.key)).toEqual(["client:192.0.2.201", "client:192.0.2.202"]);
  });
});
