import { expect, test } from "@playwright/test";

test.describe("map and country pages", () => {
  test("the map marks every partner place with a link, and lists them beside it", async ({ page }) => {
    await page.goto("/en/map");
    const map = page.getByRole("group", { name: "Map of partnerships" });
    await expect(map).toBeVisible();
    // 131 of the 132 partner places have a known position (Tai'an's "Columbus" is listed without its state).
    await expect(map.locator("a")).toHaveCount(131);
    await expect(map.getByRole("link", { name: "Shimonoseki, Japan" })).toHaveAttribute("href", "/en/cities/shimonoseki");
    const list = page.getByRole("region", { name: "All partner places by continent" });
    await expect(list.getByRole("region", { name: "Europe" }).getByRole("link", { name: "Vantaa" })).toBeVisible();
  });

  test("the map works in Chinese, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/zh/map");
    await expect(page.getByRole("group", { name: "友城地图" }).getByRole("link", { name: "下关市, 日本" })).toBeVisible();
    await context.close();
  });

  test("a country page lists the partnerships with places in that country", async ({ page }) => {
    await page.goto("/en/partners/jinan-vantaa");
    await page.getByRole("link", { name: "Finland" }).click();
    await expect(page).toHaveURL(/\/en\/countries\/fi$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partnerships in Finland");
    await expect(page.getByRole("link", { name: "Jinan – Vantaa" })).toBeVisible();
    const response = await page.goto("/en/countries/zz");
    expect(response?.status()).toBe(404);
  });
});
