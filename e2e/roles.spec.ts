import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";
import { expectForbidden } from "./support/pages";

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("the dashboard is read-only: it offers nothing that changes data", async ({ page }) => {
    await page.goto("/staff");
    const main = page.getByRole("main");
    await expect(main.getByText("Your role is read-only")).toBeVisible();
    // The only form on the page is the sign-out button in the header.
    await expect(main.locator("form")).toHaveCount(0);
    await expect(main.getByRole("button")).toHaveCount(0);
    // It still shows the records: as many partnerships as their list holds (read again if staff add one in between).
    await expect(async () => {
      await page.goto("/staff");
      const total = (await main.getByRole("row", { name: /^Partnerships / }).getByRole("cell").first().textContent())!.trim();
      expect(total).toMatch(/^\d+$/);
      await page.goto("/staff/partnerships");
      await expect(main.getByRole("status")).toHaveText(`${total} records`, { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  });

  test("staff accounts are refused with the 403 page", async ({ page }) => {
    await expectForbidden(page, "/staff/users");
  });
});

test.describe("as an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("staff accounts are refused with the 403 page", async ({ page }) => {
    await expectForbidden(page, "/staff/users");
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("staff accounts list every account with its role", async ({ page }) => {
    await page.goto("/staff");
    await page.getByRole("link", { name: "Staff accounts" }).click();
    const table = page.getByRole("table");
    // Each with its office: the province's, or Qingdao's for the demo's Qingdao editor.
    await expect(table.getByRole("row", { name: /admin@example\.org Administrator Shandong Province's office \(every tie\) Active/ })).toBeVisible();
    await expect(table.getByRole("row", { name: /editor@example\.org Editor Shandong Province's office \(every tie\) Active/ })).toBeVisible();
    await expect(table.getByRole("row", { name: /viewer@example\.org Viewer Shandong Province's office \(every tie\) Active/ })).toBeVisible();
    await expect(table.getByRole("row", { name: /qingdao@example\.org Editor Qingdao's office Active/ })).toBeVisible();
  });
});
