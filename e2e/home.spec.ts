import { expect, test } from "@playwright/test";

test.describe("the home page", () => {
  test("/ sends a visitor to their browser's language, English otherwise", async ({ browser }) => {
    for (const [acceptLanguage, expected] of [
      ["zh-CN,zh;q=0.9,en;q=0.8", /\/zh$/],
      ["fr-FR,fr;q=0.9", /\/en$/],
    ] as const) {
      const context = await browser.newContext({ locale: acceptLanguage.split(",")[0], extraHTTPHeaders: { "Accept-Language": acceptLanguage } });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(expected);
      await context.close();
    }
  });

  test("shows figures computed from the published partnerships, and the first tie", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shandong's sister cities and partner regions");
    await expect(page.locator('dt:text-is("Partnerships") + dd')).toHaveText("136");
    await expect(page.getByText("Relations with 132 cities and regions in 37 countries and regions on 6 continents.")).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Latest agreements" }).getByRole("link", { name: "Agreement on friendly ties between Shandong Province and Quebec" }),
    ).toHaveAttribute("href", "/en/partners/shandong-quebec");
    await page.getByRole("link", { name: "The first tie: Qingdao and Shimonoseki, 1979." }).click();
    await expect(page).toHaveURL(/\/en\/partners\/qingdao-shimonoseki$/);
  });

  test("in Chinese, with the page in Chinese and the switcher back to English", async ({ page }) => {
    await page.goto("/zh");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("山东国际友好城市与友好省州");
    await expect(page.getByText("第一对友好城市：青岛市与下关市，1979年。")).toBeVisible();
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en$/);
  });

  test("lists this year's round anniversaries", async ({ page }) => {
    await page.goto("/en");
    const year = new Date().getFullYear();
    const section = page.getByRole("region", { name: `Anniversaries in ${year}` });
    // Jinan-Vantaa was established in 2001: its 25th anniversary falls in 2026.
    if (year === 2026) await expect(section.getByRole("link", { name: /Jinan – Vantaa.*25 years/ })).toBeVisible();
    for (const note of await section.getByText(/^\d+ years$/).allTextContents()) {
      expect([5, 10, 15, 20, 25, 30, 40, 45, 50]).toContain(Number(note.split(" ")[0]));
    }
  });

  test("fits a 360 px phone without sideways scrolling, in both languages", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/en", "/zh", "/en/partners", "/zh/partners/shandong-quebec", "/en/cities/jinan"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test("the footer leads to a page that explains the kinds and states of partnership, in both languages", async ({ page }) => {
    await page.goto("/zh");
    await page.getByRole("contentinfo").getByRole("link", { name: "关于本记录" }).click();
    await expect(page).toHaveURL(/\/zh\/about$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("关于本记录");
    await expect(page.getByRole("definition").filter({ hasText: "魁北克" })).toBeVisible();
    await page.goto("/en/about");
    await expect(page.getByRole("term").filter({ hasText: "Letter of intent" })).toBeVisible();
    await expect(page.getByText(/Qingdao and Shimonoseki became sister cities in 1979/)).toBeVisible();
  });
});
