import { expect, type Page } from "@playwright/test";

export async function signIn(page: Page, email: string, secret: string, from = "/login") {
  await page.goto(from);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(secret);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function expectOnLoginPage(page: Page) {
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Staff sign-in" })).toBeVisible();
}

/** The 403 page: the status, the explanation, and none of the page's content. */
export async function expectForbidden(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Your role does not give access to this page" })).toBeVisible();
  await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
  await expect(page.getByRole("table")).toHaveCount(0);
}

/** A request the browser made, caught on its way out and not sent, to be replayed as someone else would send it. */
export interface CaughtPost {
  headers: Record<string, string>;
  body: Buffer | null;
}

/**
 * Fills the new-place form with `name` (a Finnish city) and presses Create, but catches the save instead of sending
 * it: the browser's own server-action POST (with JavaScript) or form post (without).
 */
export async function catchNewPlaceSave(page: Page, name: string): Promise<CaughtPost> {
  await page.goto("/staff/places/new");
  await page.getByLabel("Name in English").fill(name);
  await page.getByLabel("Country").selectOption("FI");
  await page.getByLabel("Continent").selectOption("europe");
  let caught: CaughtPost | undefined;
  await page.route("**/staff/places/new", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    caught = { headers: route.request().headers(), body: route.request().postDataBuffer() };
    await route.abort();
  });
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect.poll(() => caught).toBeDefined();
  await page.unroute("**/staff/places/new");
  return caught!;
}
