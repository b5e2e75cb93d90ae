import { desc } from "drizzle-orm";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db";
import * as t from "@/db/schema";
import { demoPassword } from "@/db/seed";
import { freshDatabase } from "./support/db";

// Sessions as a browser holds them: signed in, refreshed and signed out through Auth.js's own endpoints, with the
// app's real configuration and a real database. The secret is set before the configuration is first read.
const secret = vi.hoisted(() => {
  const value = "session-test-secret-".padEnd(48, "x");
  process.env.AUTH_SECRET = value;
  delete process.env.AMITY_SESSION_HOURS;
  return value;
});

// A page's view of the request: the cookies of whichever jar the test is "browsing" with.
const browsing = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ cookie: browsing.cookie }) }));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), connection: async () => {} }));

const { handlers } = await import("@/lib/auth");
const { getCurrentUser } = await import("@/lib/auth/session");

const cookieName = "authjs.session-token";
const origin = "http://localhost:3000";
const hour = 3600_000;

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());
afterEach(() => void vi.useRealTimers());

/** A browser's cookie jar, enough for Auth.js's cookies. */
class Jar {
  private cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const at = pair!.indexOf("=");
      const [name, value] = [pair!.slice(0, at).trim(), pair!.slice(at + 1).trim()];
      const cleared = !value || attributes.some((a) => /^\s*max-age=0$/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (cleared) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  copy(): Jar {
    const other = new Jar();
    other.cookies = new Map(this.cookies);
    return other;
  }
}

async function call(jar: Jar, method: "GET" | "POST", path: string, form?: Record<string, string>): Promise<Response> {
  const headers = new Headers({ cookie: jar.header() });
  if (form) headers.set("content-type", "application/x-www-form-urlencoded");
  const request = new NextRequest(`${origin}/api/auth/${path}`, { method, headers, body: form ? new URLSearchParams(form).toString() : undefined });
  const response = await (method === "GET" ? handlers.GET : handlers.POST)(request);
  jar.take(response);
  return response;
}

async function csrf(jar: Jar): Promise<string> {
  return ((await (await call(jar, "GET", "csrf")).json()) as { csrfToken: string }).csrfToken;
}

async function signIn(email: string): Promise<Jar> {
  const jar = new Jar();
  const response = await call(jar, "POST", "callback/credentials", { csrfToken: await csrf(jar), email, password: demoPassword });
  expect(response.status).toBe(302);
  expect(jar.get(cookieName)).toBeTruthy();
  return jar;
}

/** Who a staff page sees as signed in with this jar's cookies (getCurrentUser, as every page and action asks). */
async function staffPageUser(jar: Jar): Promise<string | null> {
  browsing.cookie = jar.header();
  return (await getCurrentUser())?.email ?? null;
}

/** What /api/auth/session answers for this jar (refreshing its cookie, as the endpoint does): the email, or null. */
async function sessionOf(jar: Jar): Promise<string | null> {
  const body = (await (await call(jar, "GET", "session")).json()) as { user?: { email?: string } } | null;
  return body?.user?.email ?? null;
}

describe("sessions", () => {
  it("end at most AMITY_SESSION_HOURS after sign-in, however often they are refreshed", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-01T01:00:00Z") });
    const jar = await signIn("editor@example.org");
    // Refreshed every hour through the session endpoint, each time getting a cookie with a fresh expiry.
    for (let h = 1; h <= 7; h++) {
      vi.setSystemTime(new Date("2026-12-01T01:00:00Z").getTime() + h * hour + 59 * 60_000);
      expect(await sessionOf(jar), `after ${h} h 59 min`).toBe("editor@example.org");
    }
    expect(await staffPageUser(jar)).toBe("editor@example.org");
    vi.setSystemTime(new Date("2026-12-01T01:00:00Z").getTime() + 8 * hour + 60_000);
    expect(await staffPageUser(jar)).toBeNull();
    expect(await sessionOf(jar)).toBeNull();
  });

  it("refuse a token freshly signed with the app's secret whose sign-in was longer ago than AMITY_SESSION_HOURS", async () => {
    const jar = await signIn("viewer@example.org");
    const { decode } = await import("next-auth/jwt");
    const claims = (await decode({ token: jar.get(cookieName)!, secret, salt: cookieName }))!;
    expect(await sessionOf(jar)).toBe("viewer@example.org");
    // Everything as Auth.js issued it at sign-in, moved nine hours into the past, then re-signed with a new expiry.
    const shifted = Object.fromEntries(
      Object.entries(claims).map(([k, v]) => [k, k !== "exp" && typeof v === "number" && v > 1e9 ? v - 9 * 3600 : v]),
    );
    const stale = new Jar();
    stale.take(new Response(null, { headers: { "set-cookie": `${cookieName}=${await encode({ token: shifted, secret, salt: cookieName })}` } }));
    expect(await staffPageUser(stale)).toBeNull();
    expect(await sessionOf(stale)).toBeNull();
  });

  it("end everywhere when signed out through Auth.js's endpoint: a copy of the cookies made before opens nothing", async () => {
    const jar = await signIn("admin@example.org");
    const copy = jar.copy();
    expect(await staffPageUser(copy)).toBe("admin@example.org");
    const out = await call(jar, "POST", "signout", { csrfToken: await csrf(jar) });
    expect(out.status).toBe(302);
    expect(jar.get(cookieName)).toBeUndefined();
    expect(await staffPageUser(copy)).toBeNull();
    const [last] = await db.select().from(t.auditLog).orderBy(desc(t.auditLog.id)).limit(1);
    expect(last).toMatchObject({ action: "sign_out", entityType: "user", actorId: last!.entityId });
    // A new sign-in is a new session, unaffected.
    expect(await staffPageUser(await signIn("admin@example.org"))).toBe("admin@example.org");
  });
});
