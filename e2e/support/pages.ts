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

/**
 * The 403 page, kept out of search engines. (With Cache Components the response status of a request-time check
 * stays 200 once the shell is sent: see node_modules/next/dist/docs, loading.md "Status codes".)
 */
export async function expectForbidden(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Your role does not give access to this page" })).toBeVisible();
  await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
  await expect(page.getByRole("table")).toHaveCount(0);
}
