import { expect, test, type Page } from "@playwright/test";
import { accounts, password } from "./support/accounts";
import { signIn } from "./support/pages";

/**
 * The address a visitor is sent back to (after signing in, from the 503 page) comes from the query string, so anyone
 * can write a link with their own: it must never lead off the portal. evil.example is answered by the test itself, so
 * a browser that went there would show it rather than a network error.
 */
async function catchEscapes(page: Page) {
  await page.route((url) => url.hostname.endsWith("evil.example"), (route) => route.fulfill({ contentType: "text/html", body: "<h1>Evil</h1>" }));
}

test.describe("the way back after signing in stays on the portal", () => {
  // As written in a link: the query string decodes them to "/.//evil.example", "/..//evil.example", "/\t/evil.example"…
  for (const callbackUrl of [
    "%2F.%2F%2Fevil.example",
    "/staff/../..//evil.example",
    "%2F%2E%2E%2F%2Fevil.example",
    "%2F%09%2Fevil.example",
    "%2F%09%5Cevil.example",
    "%2F%252e%2F%2Fevil.example",
  ]) {
    test(`callbackUrl=${callbackUrl} signs in to the staff area, not another site`, async ({ page, baseURL }) => {
      await catchEscapes(page);
      await signIn(page, accounts.viewer.email, password, `/login?callbackUrl=${callbackUrl}`);
      await expect(page).toHaveURL(`${baseURL}/staff`);
      await expect(page.getByRole("main").getByText(`Signed in as ${accounts.viewer.name}`)).toBeVisible();
    });
  }

  test("a newline in callbackUrl still signs in, to the staff area", async ({ page, baseURL }) => {
    await signIn(page, accounts.viewer.email, password, "/login?callbackUrl=%2Fstaff%0A%2Fevil.example");
    await expect(page).toHaveURL(`${baseURL}/staff`);
    await expect(page.getByRole("main").getByText(`Signed in as ${accounts.viewer.name}`)).toBeVisible();
  });

  for (const [deepLink, heading] of [
    ["/staff/partnerships?q=Vantaa&page=1", "Partnerships"],
    ["/staff/places?q=Jinan%20Vantaa", "Places"],
  ] as const) {
    test(`a deep link (${deepLink}) is where signing in leads`, async ({ page, baseURL }) => {
      await signIn(page, accounts.viewer.email, password, `/login?callbackUrl=${encodeURIComponent(deepLink)}`);
      await expect(page).toHaveURL(`${baseURL}${deepLink}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    });
  }
});

test("a sign-in posted straight to Auth.js with its own callbackUrl is sent to the staff area", async ({ request, baseURL }) => {
  for (const callbackUrl of ["/.//evil.example", "/staff/../..//evil.example", `${baseURL}/.//evil.example`, "https://evil.example/"]) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: accounts.viewer.email, password, callbackUrl },
      maxRedirects: 0,
    });
    expect(response.status(), callbackUrl).toBe(302);
    expect(response.headers()["location"], callbackUrl).toBe(`${baseURL}/staff`);
  }
});

test("the 503 page's Try again link stays on the portal", async ({ page, baseURL }) => {
  await catchEscapes(page);
  for (const back of ["%2F%09%2Fevil.example", "%2F.%2F%2Fevil.example", "%2F%0A%2Fevil.example"]) {
    const response = await page.goto(`/unavailable?back=${back}`);
    expect(response?.status()).toBe(503);
    await page.getByRole("link", { name: "Try again" }).click();
    await expect(page, back).toHaveURL(new RegExp(`^${baseURL}/`));
    await expect(page.getByRole("heading", { name: "Evil" })).toHaveCount(0);
  }
  // A real way back still leads back.
  await page.goto(`/unavailable?back=${encodeURIComponent("/en/partners?q=Vantaa")}`);
  await page.getByRole("link", { name: "Try again" }).click();
  await expect(page).toHaveURL(`${baseURL}/en/partners?q=Vantaa`);
});
