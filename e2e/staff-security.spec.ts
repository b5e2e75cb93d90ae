import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { accounts, password, storageStateOf } from "./support/accounts";
import { catchNewPlaceSave, signIn } from "./support/pages";

function expectSecurityHeaders(response: APIResponse, path: string) {
  const h = response.headers();
  const csp = h["content-security-policy"] ?? "";
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) {
    expect(csp, `${path}: ${directive}`).toContain(directive);
  }
  expect(csp, path).not.toContain("unsafe-eval");
  expect(h["strict-transport-security"], path).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
  expect(h["x-content-type-options"], path).toBe("nosniff");
  expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  expect(h["cross-origin-opener-policy"], path).toBe("same-origin");
  expect(h["permissions-policy"], path).toContain("camera=()");
  expect(h["permissions-policy"], path).toContain("geolocation=()");
  expect(h["x-powered-by"], path).toBeUndefined();
}

test("every kind of response carries the security headers", async ({ request, page }) => {
  await page.goto("/en");
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
  for (const path of ["/en", "/zh/partners?q=Japan", "/en/partners/atlantis", "/events.ics", "/feed.xml", "/sitemap.xml", "/icon.svg", stylesheet!, "/login", "/staff", "/api/auth/csrf"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(response, path);
  }
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  await signIn(page, accounts.viewer.email, password);
  await expect(page).toHaveURL(/\/staff$/);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test.describe("as an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("a server action posted with a foreign Origin is refused and changes nothing", async ({ page, context }) => {
    const sent = await catchNewPlaceSave(page, "Forged Origin City");
    expect(sent.headers["next-action"]).toBeTruthy();
    const replay = (origin: string | undefined) => {
      const headers = { ...sent.headers };
      if (origin) headers.origin = origin;
      else delete headers.origin;
      return context.request.post("/staff/places/new", { headers, data: sent.body ?? undefined, maxRedirects: 0 });
    };
    for (const origin of ["https://evil.example", "null", undefined]) {
      const response = await replay(origin);
      expect(response.status(), String(origin)).toBe(403);
    }
    await page.goto("/staff/places?q=Forged");
    await expect(page.getByText("No records")).toBeVisible();
    // The same request from this site goes through: the refusals were about where it came from.
    expect((await replay(new URL(page.url()).origin)).status()).toBe(200);
    await page.goto("/staff/places?q=Forged");
    await expect(page.getByText("1 record")).toBeVisible();
  });
});

test.describe("a form posted without JavaScript, as an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("is refused with a plain 403 unless it comes from this very origin (scheme and host), and changes nothing", async ({ browser, request, baseURL }) => {
    // A real no-JavaScript post of the create form, caught on its way out: what another site's <form> would send.
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: storageStateOf("editor") });
    const page = await context.newPage();
    const caught = await catchNewPlaceSave(page, "No Origin City");
    const sent = { contentType: caught.headers["content-type"] ?? "", body: caught.body! };
    await context.close();
    expect(sent.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.body.toString()).toContain("$ACTION_");

    const site = new URL(baseURL!);
    const post = (origin?: string) =>
      request.post("/staff/places/new", {
        headers: { "content-type": sent.contentType, ...(origin ? { origin } : {}) },
        data: sent.body,
        maxRedirects: 0,
      });
    for (const origin of [undefined, "null", "https://evil.example", `https://${site.host}`, `http://${site.hostname}:1`]) {
      const response = await post(origin);
      expect(response.status(), String(origin)).toBe(403);
      expect(response.headers()["content-type"], String(origin)).toMatch(/^text\/plain/);
      expect(await response.text(), String(origin)).toBe("Cross-site request refused.");
    }
    const list = async () => (await request.get("/staff/places?q=No+Origin+City")).text();
    expect(await list()).toContain("No records");
    // The same post from the portal's own origin creates the place: the refusals were about where it came from.
    expect((await post(site.origin)).status()).toBe(303);
    expect(await list()).toContain("1 record");
  });
});

test("an x-middleware-subrequest header opens nothing (CVE-2025-29927): each page checks the session itself", async ({ browser }) => {
  const headers = { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware" };
  const visitor = await browser.newContext({ extraHTTPHeaders: headers });
  const page = await visitor.newPage();
  await page.goto("/staff/places/new");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await expect(page.getByLabel("Name in English")).toHaveCount(0);
  await visitor.close();
  const viewer = await browser.newContext({ storageState: storageStateOf("viewer"), extraHTTPHeaders: headers });
  const response = await (await viewer.newPage()).goto("/staff/users");
  expect(response?.status()).toBe(403);
  await viewer.close();
});

test.describe("sign-in limits, as an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  /** A sign-in posted straight to Auth.js, without a session; answers where it was sent (an error says why). */
  async function postSignIn(request: APIRequestContext, email: string, secret: string, headers: Record<string, string> = {}) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: secret }, headers, maxRedirects: 0 });
    return response.headers()["location"] ?? "";
  }

  test("repeated failed sign-ins are one audit entry with a count, at the real address whatever X-Forwarded-For claims", async ({ page, playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const forged of ["10.1.1.1", "10.1.1.2"]) {
      expect(await postSignIn(anonymous, "audit-count@example.org", "wrong guess", { "x-forwarded-for": forged })).toContain("error=CredentialsSignin");
    }
    await anonymous.dispose();
    await page.goto("/staff/audit?action=sign_in_failed");
    const entry = page.getByRole("listitem").filter({ hasText: "audit-count@example.org" });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText("2 attempts, the last at");
    await expect(entry).not.toContainText("10.1.1.");
    // The address the server saw on the socket (the test's own machine), not none at all.
    await expect(entry).toContainText(/127\.0\.0\.1|::1/);
  });

  test("an admin clears a locked-out account's sign-in limits from its page, and its owner gets in", async ({ page, playwright, baseURL }) => {
    const email = `locked-${Date.now()}@example.org`;
    const secret = "the owner's long passphrase";
    await page.goto("/staff/users/new");
    await page.getByLabel("Name").fill("Locked Owner");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Role").selectOption("viewer");
    await page.getByLabel("Password").fill(secret);
    await page.getByRole("button", { name: "Create", exact: true }).click();
    await expect(page).toHaveURL(/\/staff\/users\/\d+\?notice=accountCreated$/);
    const accountPage = new URL(page.url()).pathname;

    const owner = await playwright.request.newContext({ baseURL });
    for (let i = 1; i <= 5; i++) await postSignIn(owner, email, `wrong guess ${i}`);
    expect(await postSignIn(owner, email, secret)).toMatch(/code=throttled-\d+$/);

    await page.goto(accountPage);
    const limits = page.getByRole("region", { name: "Sign-in limits" });
    await expect(limits.getByText("Locked at 1 address after failed sign-ins.")).toBeVisible();
    await limits.getByRole("button", { name: "Clear sign-in limits" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Sign-in limits cleared" })).toBeVisible();
    await expect(limits.getByText("Not locked at any address.")).toBeVisible();
    await expect(page.getByRole("region", { name: "History" }).getByText("unlocked")).toBeVisible();

    expect(await postSignIn(owner, email, secret)).not.toContain("error=");
    await owner.dispose();
  });
});
