import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";
import { expectForbidden } from "./support/pages";

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("a record's page shows everything, drafts' history included, and offers no change", async ({ page }) => {
    await page.goto("/staff/partnerships?q=Quebec");
    await page.getByRole("link", { name: "Shandong Province – Quebec" }).click();
    await expect(page.getByText("Your role can read this record but not change it.")).toBeVisible();
    await expect(page.getByLabel("Summary in English")).toBeDisabled();
    await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Record agreement" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Recorded on this partnership" }).getByRole("link", { name: /Agreement on friendly ties/ })).toBeVisible();
  });

  test("forms to create are refused with the 403 page", async ({ page }) => {
    for (const path of ["/staff/agreements/new", "/staff/places/new", "/staff/events/new"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
  });
});

test.describe("as an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("staff accounts and the audit log are refused with the 403 page, and not offered", async ({ page }) => {
    await expectForbidden(page, "/staff/users/new");
    await expectForbidden(page, "/staff/audit");
    await page.goto("/staff");
    await expect(page.getByRole("navigation", { name: "Staff workspace" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);
  });

  test("lists keep their search, filters and page in the URL, and work without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("editor"), javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/staff/partnerships");
    await page.getByLabel("Type").selectOption({ label: "Province-state tie" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/type=province_state/);
    await expect(page.getByRole("link", { name: "Shandong Province – Bavaria" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Jinan – Vantaa" })).toHaveCount(0);
    await page.goto("/staff/places?side=foreign&sort=country");
    await expect(page.getByText("Page 1 of")).toBeVisible();
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/side=foreign&sort=country&page=2/);
    await expect(page.getByText(/^Page 2 of/)).toBeVisible();
    await context.close();
  });

  test("an unknown record is a 404", async ({ page }) => {
    for (const path of ["/staff/places/999999", "/staff/agreements/abc", "/staff/events/0"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("the audit log lists sign-ins and changes, filtered by the URL", async ({ page }) => {
    await page.goto("/staff/audit");
    await page.getByLabel("What").selectOption({ label: "Signed in" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/action=sign_in/);
    const entries = page.getByRole("main").getByRole("listitem");
    await expect(entries.first()).toContainText("Signed in");
    await expect(entries.filter({ hasText: "Published" })).toHaveCount(0);
  });

  const pages = [
    "/staff",
    "/staff/partnerships",
    "/staff/partnerships/new",
    "/staff/places?q=vantaa",
    "/staff/agreements/new",
    "/staff/delegations/new",
    "/staff/events",
    "/staff/users",
    "/staff/users/new",
    "/staff/audit",
  ];
  for (const path of pages) {
    test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    });
  }

  test("axe finds no violation on a record's page, with its history", async ({ page }) => {
    await page.goto("/staff/partnerships?q=Quebec");
    await page.getByRole("link", { name: "Shandong Province – Quebec" }).click();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  });
});
