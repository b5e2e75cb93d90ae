import { expect, test } from "@playwright/test";
import { accounts, createAccount, password, storageStateOf, type Role } from "./support/accounts";
import { catchNewPlaceSave, expectOnLoginPage, signIn } from "./support/pages";

test.describe("staff sign-in", () => {
  for (const role of Object.keys(accounts) as Role[]) {
    test(`the demo ${role} signs in and lands in a staff area that shows the role`, async ({ page }) => {
      await signIn(page, accounts[role].email, password);
      await expect(page).toHaveURL(/\/staff$/);
      const main = page.getByRole("main");
      await expect(main.getByText(`Signed in as ${accounts[role].name}`)).toBeVisible();
      await expect(main.getByText(`role: ${accounts[role].roleLabel}`)).toBeVisible();
      await expect(page.getByRole("banner").getByText(accounts[role].roleLabel, { exact: true })).toBeVisible();
    });
  }

  test("a wrong password gets the generic message and keeps the email", async ({ page }) => {
    await signIn(page, accounts.editor.email, "not-the-password");
    await expectOnLoginPage(page);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is incorrect.");
    await expect(page.getByLabel("Email")).toHaveValue(accounts.editor.email);
    await expect(page.getByLabel("Password")).toHaveValue("");
  });

  test("an unknown email gets exactly the same message", async ({ page }) => {
    await signIn(page, "nobody@example.org", password);
    await expectOnLoginPage(page);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is incorrect.");
  });

  test("after five failures sign-in pauses and says for how long, through the form and by a direct POST to Auth.js", async ({ page, request }) => {
    for (let i = 1; i <= 4; i++) {
      await signIn(page, "throttled@example.org", `wrong guess ${i}`);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is incorrect.");
    }
    await signIn(page, "throttled@example.org", "wrong guess 5");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Too many failed sign-ins from this account or network: sign-in is paused. Try again in 15 minutes.",
    );
    // Straight to Auth.js's endpoint, claiming another address: the header is not believed (no proxy is configured), so
    // the lock on this account at this address still holds.
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "throttled@example.org", password: "another guess" },
      headers: { "x-forwarded-for": "192.0.2.51" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302);
    const location = response.headers()["location"]!;
    expect(location).toMatch(/\/login\?error=CredentialsSignin&code=throttled-1[45]$/);
    await page.goto(location);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Too many failed sign-ins .* Try again in 1[45] minutes\.$/);
  });

  test("empty fields are named next to the fields", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });

  test("the staff area sends a visitor to sign in, then back where they were going", async ({ page }) => {
    await page.goto("/staff/users");
    await expectOnLoginPage(page);
    await page.getByLabel("Email").fill(accounts.admin.email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/staff\/users$/);
    await expect(page.getByRole("heading", { name: "Staff accounts" })).toBeVisible();
  });

  test("a forged session cookie is not a session", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "authjs.session-token", value: "forged", url: baseURL! }]);
    await page.goto("/staff");
    await expectOnLoginPage(page);
  });

  test("signing out ends the session everywhere: a copy of its cookies opens nothing and saves nothing", async ({ browser }) => {
    // An account of its own: signing out ends all of that account's sessions, the shared demo ones included.
    const email = `leaver.${Date.now()}@example.net`;
    const secret = "velvet orbit lantern marsh 47";
    await createAccount(browser, { name: "Lena Sign-Out", email, role: "Editor", password: secret, language: "English" });
    const own = await browser.newContext();
    const page = await own.newPage();
    await signIn(page, email, secret);
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByText("Signed in as Lena Sign-Out")).toBeVisible();
    // An account of the office's own is no demo account.
    await expect(page.getByRole("region", { name: "Demo accounts" })).toHaveCount(0);

    // A save made with this session, caught on its way out, to be replayed later as a thief would.
    const placeName = `Stolen Cookie City ${Date.now()}`;
    const sent = await catchNewPlaceSave(page, placeName);
    const copied = await own.cookies();

    await page.goto("/staff");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("status")).toHaveText("You have signed out.");
    await own.close();

    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const headers = { ...sent.headers };
    delete headers.cookie;
    await thief.request.post("/staff/places/new", { headers, data: sent.body ?? undefined, maxRedirects: 0 });
    const editor = await browser.newContext({ storageState: storageStateOf("editor") });
    const check = await editor.newPage();
    await check.goto(`/staff/places?q=${encodeURIComponent(placeName)}`);
    await expect(check.getByText("No records")).toBeVisible();
    await editor.close();

    const stolen = await thief.newPage();
    await stolen.goto("/staff");
    await expectOnLoginPage(stolen);
    await thief.close();
  });

  test("sign-in works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, accounts.editor.email, "wrong-password");
    await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByText(`Signed in as ${accounts.editor.name}`)).toBeVisible();
    await context.close();
  });
});

test.describe("with a demo account", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("every staff page says it is a demonstration account with a published password", async ({ page }) => {
    for (const path of ["/staff", "/staff/places", "/staff/partnerships", "/staff/events"]) {
      await page.goto(path);
      const banner = page.getByRole("region", { name: "Demo accounts" });
      await expect(banner, path).toContainText("demonstration accounts");
      await expect(banner, path).toContainText("published password");
      await expect(banner, path).toContainText("not for real data");
    }
  });
});
