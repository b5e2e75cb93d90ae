import { expect, test } from "@playwright/test";
import { publishOwnPartnership } from "./support/staff";

test.describe("map and country pages", () => {
  test("the map marks every partner place with a known position with a link, and lists the same places beside it", async ({ page, browser }) => {
    const own = await publishOwnPartnership(browser);
    await page.goto("/en/map");
    const map = page.getByRole("group", { name: "Map of partnerships" });
    await expect(map).toBeVisible();
    const list = page.getByRole("region", { name: "All partner places by continent" });
    // The place just published is marked and listed; so are the demo's.
    await expect(map.getByRole("link", { name: `${own.place}, Finland` })).toHaveAttribute("href", `/en/cities/${own.placeSlug}`);
    await expect(list.getByRole("region", { name: "Europe" }).getByRole("link", { name: own.place })).toHaveAttribute("href", `/en/cities/${own.placeSlug}`);
    await expect(map.getByRole("link", { name: "Shimonoseki, Japan" })).toHaveAttribute("href", "/en/cities/shimonoseki");
    await expect(list.getByRole("region", { name: "Europe" }).getByRole("link", { name: "Vantaa" })).toBeVisible();
    // One mark for each place listed (one page, so one moment), and the map's text alternative counts them too.
    const marks = await map.locator("a").count();
    await expect(list.getByRole("link")).toHaveCount(marks);
    await expect(map).toHaveAccessibleName(new RegExp(`World map with a mark for each of ${marks} partner cities and regions`));
    // Tai'an's "Columbus" is known without its state, so without a position: it is neither marked nor listed.
    await expect(page.getByRole("main").getByRole("link", { name: /Columbus/ })).toHaveCount(0);
  });

  test("the map works in Chinese, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/zh/map");
    await expect(page.getByRole("group", { name: "友城地图" }).getByRole("link", { name: "日本下关市" })).toBeVisible();
    await context.close();
  });

  test("a country page lists the partnerships with places in that country", async ({ page }) => {
    await page.goto("/en/partners/jinan-vantaa");
    await page.getByRole("link", { name: "Finland" }).click();
    await expect(page).toHaveURL(/\/en\/countries\/fi$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partnerships in Finland");
    // Grouped by Shandong city: Vantaa under Jinan.
    await expect(page.getByRole("region", { name: "Jinan" }).getByRole("link", { name: "Vantaa" })).toHaveAttribute("href", "/en/partners/jinan-vantaa");
    const response = await page.goto("/en/countries/zz");
    expect(response?.status()).toBe(404);
  });
});
