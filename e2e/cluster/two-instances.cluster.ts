import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import type { NextInstance, PrivateRedis, StaffClient } from "../../scripts/lib/cluster.mjs";

// Loaded with import(): Playwright compiles a static import of an ES module script into require(), which breaks it.
type Cluster = typeof import("../../scripts/lib/cluster.mjs");

// Two instances of the portal (A and B) on one PostgreSQL database and one Redis, behind HAProxy, as
// `npm run cluster` runs them; the Redis is this test's own, so that stopping it disturbs nothing else.
// The tests run in order: each leaves the cluster as the next expects it.
test.describe.configure({ mode: "serial" });

const run = crypto.randomBytes(3).toString("hex");
const title = (version: number) => `Cluster forum ${run} v${version}`;

let database: Awaited<ReturnType<Cluster["freshServerDatabase"]>>;
let redis: PrivateRedis;
let a: NextInstance;
let b: NextInstance;
let balancer: Awaited<ReturnType<Cluster["startHaproxy"]>>;
let editor: StaffClient;
/** The demo's second editor, who approves the first one's changes (on instance A too). */
let reviewer: StaffClient;
let eventId: string;
let eventPath: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  if (!process.env.DATABASE_URL) throw new Error("The two-instance test needs a PostgreSQL server: set DATABASE_URL (a database is created on it and dropped after).");
  const { freePort, freshServerDatabase, nextInstance, privateRedis, StaffClient, startHaproxy }: Cluster = await import("../../scripts/lib/cluster.mjs");
  database = await freshServerDatabase("e2e");
  redis = privateRedis({ port: await freePort() });
  await redis.start();
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    // One secret for both: a session signed by one instance is valid on the other.
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    AMITY_TRUSTED_PROXIES: "1",
  };
  a = nextInstance({ name: "A", port: await freePort(), env });
  b = nextInstance({ name: "B", port: await freePort(), env });
  await Promise.all([a.start(), b.start()]);
  balancer = await startHaproxy({ port: await freePort(), instances: [a, b] });
  await waitUntilReady(balancer.base);

  // An editor on A makes an event and submits it for review; a second editor approves it.
  editor = new StaffClient(a.base);
  await editor.signIn("editor@example.org", "amity-demo");
  const created = await editor.submit("/staff/events/new", { ...(await editor.openForm("/staff/events/new", "titleEn")), ...eventFields(1) });
  eventId = /^\/staff\/events\/(\d+)\?notice=created$/.exec(created.redirect ?? "")?.[1] ?? "";
  expect(eventId, `creating the event: ${created.status}`).not.toBe("");
  const submitted = await editor.submit(`/staff/events/${eventId}`, { ...(await editor.openForm(`/staff/events/${eventId}`, "operation")), operation: "submit.publish", acceptEnglish: "on" });
  expect(submitted.redirect).toBe(`/staff/events/${eventId}?notice=submitted`);
  reviewer = new StaffClient(a.base);
  await reviewer.signIn("reviewer@example.org", "amity-demo");
  const published = await reviewer.submit(`/staff/events/${eventId}`, { ...(await reviewer.openForm(`/staff/events/${eventId}`, "operation")), operation: "approve", acceptEnglish: "on" });
  expect(published.redirect).toBe(`/staff/events/${eventId}?notice=approved`);
  const staffPage = await (await editor.fetch(`/staff/events/${eventId}`)).text();
  eventPath = /href="(\/en\/events\/[^"?]+)"/.exec(staffPage)?.[1] ?? "";
  expect(eventPath, "the published event's public address on its staff page").not.toBe("");
});

test.afterAll(async () => {
  await balancer?.stop();
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.remove();
  await database?.drop();
});

const eventFields = (version: number) => ({ titleEn: title(version), kind: "forum", starts: "2027-01-15", timeZone: "Asia/Shanghai" });

/** The editor renames the event on instance A, as a browser without JavaScript submits the form. */
async function rename(version: number) {
  // The event is published: the edit waits for review, and the change is made when the second editor approves it.
  const saved = await editor.submit(`/staff/events/${eventId}`, { ...(await editor.openForm(`/staff/events/${eventId}`, "titleEn")), ...eventFields(version) });
  expect(saved.redirect).toBe(`/staff/events/${eventId}?notice=changeSubmitted`);
  const approved = await reviewer.submit(`/staff/events/${eventId}`, { ...(await reviewer.openForm(`/staff/events/${eventId}`, "operation")), operation: "approve" });
  expect(approved.redirect).toBe(`/staff/events/${eventId}?notice=approved`);
}

async function expectTitle(page: Page, base: string, version: number) {
  const response = await page.goto(`${base}${eventPath}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title(version));
}

/** Whether this instance answers the page from the cache (Next.js says so in a header). */
async function cacheState(base: string): Promise<string | undefined> {
  const response = await fetch(`${base}${eventPath}`);
  await response.arrayBuffer();
  return response.headers.get("x-nextjs-cache") ?? undefined;
}

async function ready(base: string): Promise<{ status: number; body: { failed?: string[] } }> {
  const response = await fetch(`${base}/api/ready`);
  return { status: response.status, body: await response.json() };
}

async function waitUntilReady(base: string, seconds = 30) {
  await expect.poll(async () => (await ready(base)).status, { timeout: seconds * 1000, intervals: [250] }).toBe(200);
}

/** One sign-in attempt posted straight to Auth.js on `base`; where it sends the browser. */
async function signInAttempt(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: base },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/staff" }),
  });
  return response.headers.get("location") ?? `HTTP ${response.status}`;
}

test("a change an editor makes on instance A shows on instance B's next request, and through the load balancer", async ({ page }) => {
  await expectTitle(page, b.base, 1);
  // B now serves the page from the shared cache: without the change reaching it, it would keep showing v1.
  expect(await cacheState(b.base)).toBe("HIT");
  await rename(2);
  await expectTitle(page, b.base, 2);
  await expectTitle(page, balancer.base, 2);
});

/** An instant as the staff's time field in Beijing time takes it, to the second. */
function beijing(at: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}`;
}

const until = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

test("a publication approved for a time is made once, by one of the two instances, and both show it on time", async () => {
  test.setTimeout(120_000);
  const slug = `cluster-launch-${run}`;
  const launch = { titleEn: `Cluster launch ${run}`, slug, kind: "forum", starts: "2027-02-20", timeZone: "Asia/Shanghai" };
  const created = await editor.submit("/staff/events/new", { ...(await editor.openForm("/staff/events/new", "titleEn")), ...launch });
  const id = /^\/staff\/events\/(\d+)\?notice=created$/.exec(created.redirect ?? "")?.[1] ?? "";
  expect(id, `creating the event: ${created.status}`).not.toBe("");
  const submitted = await editor.submit(`/staff/events/${id}`, { ...(await editor.openForm(`/staff/events/${id}`, "operation")), operation: "submit.publish", acceptEnglish: "on" });
  expect(submitted.redirect).toBe(`/staff/events/${id}?notice=submitted`);
  const at = new Date(Math.ceil((Date.now() + 15_000) / 1000) * 1000);
  const approved = await reviewer.submit(`/staff/events/${id}`, { ...(await reviewer.openForm(`/staff/events/${id}`, "operation")), operation: "approve", publishAt: beijing(at), acceptEnglish: "on" });
  expect(approved.redirect).toBe(`/staff/events/${id}?notice=scheduled`);

  const status = async (base: string) => (await fetch(`${base}/en/events/${slug}`)).status;
  // Asked on both before its time (each then holds the answer in the shared cache), and a second before it.
  expect([await status(a.base), await status(b.base)]).toEqual([404, 404]);
  await until(at.getTime() - 1000);
  expect(await Promise.all([status(a.base), status(b.base), status(balancer.base)])).toEqual([404, 404, 404]);
  await until(at.getTime() + 1000);
  expect(await Promise.all([status(a.base), status(b.base), status(balancer.base)])).toEqual([200, 200, 200]);

  // Both instances work the queue: the publication was made by one of them, once.
  await until(at.getTime() + 4000);
  const { default: postgres } = await import("postgres");
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    const entries = await sql`select action, after from audit_log where entity_type = 'event' and entity_id = ${Number(id)} and action in ('publish', 'schedule') order by id`;
    expect(entries.map((e) => e.action)).toEqual(["schedule", "publish"]);
    expect(entries[1]!.after).toMatchObject({ scheduledFor: at.toISOString(), approvedBy: "Demo Reviewer" });
  } finally {
    await sql.end();
  }
  const published = (output: string) => output.split("\n").filter((line) => line.includes(`[amity] scheduled event ${id}: published`)).length;
  expect(published(a.output()) + published(b.output())).toBe(1);
});

test("with instance A stopped, B and the load balancer keep serving; A starts again warm, from the shared cache", async ({ page }) => {
  await expectTitle(page, balancer.base, 2);
  await a.stop();
  for (let i = 0; i < 6; i++) await expectTitle(page, balancer.base, 2);
  await expectTitle(page, b.base, 2);
  await a.start();
  // Its first answer for the page comes from Redis, not from a render.
  expect(await cacheState(a.base)).toBe("HIT");
  await expectTitle(page, a.base, 2);
  await waitUntilReady(balancer.base);
});

test("sign-in throttling counts failures on A against sign-ins on B", async () => {
  for (let i = 1; i <= 4; i++) expect(await signInAttempt(a.base, "viewer@example.org", `wrong guess ${i}`)).toMatch(/\/login\?error=CredentialsSignin&code=credentials$/);
  // The fifth failure, on the other instance, is the one that pauses sign-in: B counted A's four.
  expect(await signInAttempt(b.base, "viewer@example.org", "wrong guess 5")).toMatch(/\/login\?error=CredentialsSignin&code=throttled-1[45]$/);
  // And the pause holds on A, even for the right password.
  expect(await signInAttempt(a.base, "viewer@example.org", "amity-demo")).toMatch(/\/login\?error=CredentialsSignin&code=throttled-1[45]$/);
});

test("while Redis is stopped the portal keeps serving and publishing; when it is back, the instances use it again", async ({ page }) => {
  expect(await cacheState(b.base)).toBe("HIT");
  // Stopped with its data saved, so that it comes back holding the page as it was before the outage.
  await redis.stop();
  await expect.poll(async () => (await ready(a.base)).body.failed, { timeout: 10_000 }).toEqual(["redis"]);
  expect((await ready(b.base)).status).toBe(503);

  // No instance is ready, yet the load balancer keeps sending visitors to them, and pages render from the database.
  await expectTitle(page, balancer.base, 2);
  const home = await page.goto(`${balancer.base}/en`);
  expect(home?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // A change made during the outage shows at once on both.
  await rename(3);
  await expectTitle(page, b.base, 3);
  await expectTitle(page, balancer.base, 3);

  await redis.start();
  await waitUntilReady(a.base);
  await waitUntilReady(b.base);
  // The page Redis held from before the outage is not served: the change made meanwhile reached it on reconnection.
  await expectTitle(page, b.base, 3);
  await expectTitle(page, a.base, 3);
  // And pages are cached in Redis again.
  expect(await cacheState(b.base)).toBe("HIT");
  await waitUntilReady(balancer.base);
});
