import { expect, test } from "@playwright/test";

test.describe("delegations and agreements", () => {
  test("the delegations page shows the 2011 Hanover Fair delegation with its deals, exactly", async ({ page }) => {
    // Nothing in 2011 can be upcoming any more, whatever staff publish for the years ahead.
    await page.goto("/en/delegations?year=2011");
    await expect(page.getByRole("region", { name: "Upcoming" })).toContainText("No upcoming delegations are published at the moment.");
    const item = page.getByRole("region", { name: "Past" }).getByRole("listitem").filter({ hasText: "Shandong delegation to the 2011 Hanover Fair" });
    await expect(item).toContainText("Outgoing · April 2011 · 21 enterprises");
    await expect(item).toContainText("Deals: €240,000,000");
    await expect(item.getByRole("listitem").filter({ hasText: "Shandong Huali Electric Motor Co Ltd" })).toContainText("€30,000,000");
    await expect(item.getByRole("listitem").filter({ hasText: "Shandong Yonghe Precise Metals Co Ltd" })).toContainText("€10,000,000");
    await page.goto("/en/delegations?year=2011&direction=incoming");
    await expect(page.getByText("No published delegations match.")).toBeVisible();
  });

  test("the delegations page in Chinese", async ({ page }) => {
    await page.goto("/zh/delegations");
    await expect(page.getByRole("heading", { name: "山东省代表团参加2011年汉诺威工业博览会" })).toBeVisible();
    await expect(page.getByText("出访 · 2011年4月 · 21家企业")).toBeVisible();
    await expect(page.getByText("成交额：2.4亿欧元")).toBeVisible();
    await page.goto("/zh/delegations?year=2011&direction=outgoing");
    await expect(page.getByRole("heading", { name: "山东省代表团参加2011年汉诺威工业博览会" })).toBeVisible();
    await page.goto("/zh/delegations?year=2012");
    await expect(page.getByText("没有符合条件的代表团。")).toBeVisible();
  });

  test("the agreements register lists each published agreement with its partnership and signatories", async ({ page }) => {
    await page.goto("/en/agreements");
    const item = page.getByRole("listitem").filter({ hasText: "Agreement on friendly ties between Shandong Province and Quebec" });
    await expect(item).toContainText("Sister-city or friendship agreement · 2008 · Signed");
    await expect(item).toContainText("Signatories: Jiang Daming (Governor of Shandong Province); Jean Charest (Premier of Quebec)");
    await item.getByRole("link", { name: "Shandong Province – Quebec" }).click();
    await expect(page).toHaveURL(/\/en\/partners\/shandong-quebec$/);
    await page.goto("/zh/agreements");
    await expect(page.getByText("签署人：姜大明（山东省省长）；让·沙雷（魁北克省省长）")).toBeVisible();
  });

  test("a page of the agreements past the last says so and leads to the last, in both languages", async ({ page }) => {
    await page.goto("/en/agreements?page=99");
    await expect(page.getByRole("heading", { name: /^There is no page 99: the list ends on page \d+\.$/ })).toBeVisible();
    await page.getByRole("link", { name: /^Go to the last page/ }).click();
    await expect(page).toHaveURL(/\/en\/agreements(\?page=\d+)?$/);
    await expect(page.getByRole("status")).toHaveText(/^\d+ in all$/);
    await expect(page.getByRole("listitem").first()).toBeVisible();
    await page.goto("/zh/agreements?page=99");
    await expect(page.getByRole("heading", { name: /^第99页不存在：共\d+页。$/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^转到最后一页（第\d+页）$/ })).toBeVisible();
  });
});
