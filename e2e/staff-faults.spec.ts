import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import postgres from "postgres";
import { accounts, password } from "./support/accounts";
import { signIn } from "./support/pages";
import { startAmity } from "./support/server";
import { TcpProxy } from "./support/tcp-proxy";

/**
 * The database going away and coming back, against a real PostgreSQL behind a TCP proxy the test owns, with a server
 * of the test's own. They need a PostgreSQL server: npm run test:e2e runs them when DATABASE_URL names one (as in CI);
 * on the embedded database there is no server to take away, and e2e/run.mjs says so.
 */
const serverUrl = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL) : null;

async function signInAs(browser: Browser, base: string): Promise<Page> {
  const page = await browser.newPage({ baseURL: base });
  await signIn(page, accounts.editor.email, password);
  // A fresh server's first sign-in (argon2id, the first render of the dashboard) on a busy machine: more than 5 s.
  await expect(page).toHaveURL(/\/staff$/, { timeout: 15_000 });
  return page;
}

if (serverUrl) test.describe("database faults", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  const name = `amity_e2e_faults_${crypto.randomBytes(3).toString("hex")}`;
  let proxy: TcpProxy;
  let databaseUrl: string;

  test.beforeAll(() => {
    const made = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/fresh-database.ts", "create", name], {
      env: { ...process.env, DATABASE_URL: serverUrl!.toString() },
      encoding: "utf8",
    });
    if (made.status !== 0) throw new Error(made.stderr);
  });

  test.beforeEach(async () => {
    proxy = new TcpProxy({ host: serverUrl!.hostname, port: Number(serverUrl!.port || 5432) });
    await proxy.start();
    const url = new URL(serverUrl!);
    url.host = `127.0.0.1:${proxy.port}`;
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  });

  test.afterEach(async () => {
    await proxy.stop();
  });

  test.afterAll(async () => {
    const admin = postgres(serverUrl!.toString(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  test("while the database is away: cached pages serve, others answer 503, saves fail clearly and write nothing; it recovers by itself", async ({ browser, request }) => {
    const amity = await startAmity({ DATABASE_URL: databaseUrl, AMITY_DATA_DIR: "" });
    try {
      const staff = await signInAs(browser, amity.base);
      await staff.goto("/staff/places?q=Vantaa");
      await staff.getByRole("link", { name: "Vantaa" }).click();
      await expect(staff).toHaveURL(/\/staff\/places\/\d+$/);
      // A visitor has read the profile: it is cached.
      expect((await request.get(`${amity.base}/en/partners/jinan-vantaa`)).status()).toBe(200);

      await proxy.cut();

      const cached = await request.get(`${amity.base}/en/partners/jinan-vantaa`);
      expect(cached.status()).toBe(200);
      expect(await cached.text()).toContain("Jinan – Vantaa");

      const started = Date.now();
      const uncached = await request.get(`${amity.base}/en/partners?q=Bavaria`);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(uncached.status()).toBe(503);
      expect(uncached.headers()["retry-after"]).toBe("30");
      const page = await uncached.text();
      expect(page).toContain("The portal is briefly unavailable");
      const ref = /Reference: ([A-Za-z0-9-]+)/.exec(page)?.[1];
      expect(ref).toBeTruthy();
      expect(page).not.toMatch(/ECONNREFUSED|at \w+ \(|postgres/i);
      // Logged once, on the server, with the reference the visitor sees.
      await expect.poll(() => amity.output().includes(`[amity] 503 ref=${ref} /en/partners?q=Bavaria`)).toBe(true);
      expect(amity.output().match(/the database can't be reached \(/g)).toHaveLength(1);

      // A staff save fails with a clear message, keeps the input, and writes nothing.
      await staff.getByLabel("Region or state, in English").fill("Uusimaa (edited during the outage)");
      await staff.getByRole("button", { name: "Save changes" }).click();
      await expect(staff.getByRole("main").getByRole("alert")).toContainText("The database can't be reached at the moment, so nothing was saved");
      await expect(staff.getByLabel("Region or state, in English")).toHaveValue("Uusimaa (edited during the outage)");
      expect((await request.get(`${amity.base}/staff`, { headers: { cookie: (await staff.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ") } })).status()).toBe(503);
      await proxy.restore();
      await expect.poll(async () => (await request.get(`${amity.base}/en/partners?q=Bavaria`)).status(), { timeout: 10_000 }).toBe(200);
      // Nothing was written during the outage; the same save goes through now.
      const direct = postgres(serverUrl!.toString().replace(/\/[^/]*$/, `/${name}`), { max: 1, onnotice: () => {} });
      expect(await direct`select region_en from places where slug = 'vantaa'`).toEqual([{ region_en: "Uusimaa" }]);
      await staff.reload();
      await staff.getByLabel("Region or state, in English").fill("Uusimaa (edited after the outage)");
      await staff.getByRole("button", { name: "Save changes" }).click();
      // Vantaa is published: the change is kept once, waiting for review.
      await expect(staff.getByRole("status")).toHaveText(/^Your change is submitted for review\./);
      expect(await direct`select count(*)::int as n from audit_log where entity_type = 'place' and action = 'submit_for_review'`).toEqual([{ n: 1 }]);
      expect(await direct`select count(*)::int as n from reviews where entity_type = 'place' and operation = 'change'`).toEqual([{ n: 1 }]);
      await direct.end();
    } finally {
      amity.child.kill("SIGKILL");
    }
  });

  test("on SIGTERM, a request in flight finishes, then the connections close cleanly", async ({ request }) => {
    const amity = await startAmity({ DATABASE_URL: databaseUrl, AMITY_DATA_DIR: "" });
    // The database answers slowly: an uncached page is in flight for over a second.
    proxy.delayMs = 700;
    const inFlight = request.get(`${amity.base}/en/partners?q=Quebec`);
    await new Promise((r) => setTimeout(r, 300));
    amity.child.kill("SIGTERM");
    const response = await inFlight;
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Quebec");
    expect(await amity.exited).toBe(143);
    // Every connection the app had open said goodbye before closing.
    expect(proxy.goodbyes.clean).toBeGreaterThan(0);
    expect(proxy.goodbyes.abrupt).toBe(0);
  });
});
