import { expect, test, type Page } from "@playwright/test";
import { publishOwnPartnership } from "./support/staff";

/** The home page's key figures, as numbers. */
async function figures(page: Page) {
  const figure = async (label: string) => Number((await page.locator(`dt:text-is("${label}") + dd`).textContent())!.replace(/\D/g, ""));
  return {
    partnerships: await figure("Partnerships"),
    places: await figure("Partner cities and regions"),
    countries: await figure("Countries and regions"),
    continents: await figure("Continents"),
  };
}

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

  test("shows figures computed from the published partnerships, the same as the directory's, and the first tie", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shandong's sister cities and partner regions");
    // Read again if staff publish meanwhile: the home page and the directory must agree on one moment's figures.
    await expect(async () => {
      await page.goto("/en");
      const shown = await figures(page);
      // The demo partners are on all six continents, and a new place can only be on one of them.
      expect(shown.continents).toBe(6);
      await expect(page.getByText(`In these records: relations with ${shown.places} cities and regions in ${shown.countries} countries and regions on 6 continents.`)).toBeVisible({ timeout: 1_000 });
      await page.getByRole("link", { name: `Browse all ${shown.partnerships} partnerships` }).click();
      await expect(page.getByRole("status")).toHaveText(`${shown.partnerships} partnerships`, { timeout: 2_000 });
      // The directory offers each country with a partner, after "All countries".
      await expect(page.getByRole("search").getByLabel("Country", { exact: true }).locator("option")).toHaveCount(shown.countries + 1, { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await page.goto("/en");
    await expect(
      page.getByRole("region", { name: "Latest agreements" }).getByRole("link", { name: "Agreement on friendly ties between Shandong Province and Quebec" }),
    ).toHaveAttribute("href", "/en/partners/shandong-quebec");
    await page.getByRole("link", { name: "The first tie: Qingdao and Shimonoseki, 1979." }).click();
    await expect(page).toHaveURL(/\/en\/partners\/qingdao-shimonoseki$/);
  });

  test("a partnership the staff publish counts in the figures at once, with its new place", async ({ page, browser }) => {
    await page.goto("/en");
    const before = await figures(page);
    const own = await publishOwnPartnership(browser);
    await page.reload();
    const after = await figures(page);
    // At least this one more (other tests may publish meanwhile; none unpublishes).
    expect(after.partnerships).toBeGreaterThan(before.partnerships);
    expect(after.places).toBeGreaterThan(before.places);
    await page.getByRole("link", { name: `Browse all ${after.partnerships} partnerships` }).click();
    await page.getByLabel("Name, country or keyword").fill(own.place);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("link", { name: own.place })).toHaveAttribute("href", `/en/partners/${own.slug}`);
  });

  test("in Chinese, with the page in Chinese and the switcher back to English", async ({ page }) => {
    await page.goto("/zh");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("山东国际友好城市与友好省州");
    await expect(page.getByText("第一对友好城市：青岛市与下关市（1979年结好）")).toBeVisible();
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
      const years = Number(note.split(" ")[0]);
      expect(years >= 5 && years % 5 === 0, note).toBe(true);
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
    await page.getByRole("contentinfo").getByRole("link", { name: "关于本站" }).click();
    await expect(page).toHaveURL(/\/zh\/about$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("关于本站");
    await expect(page.getByRole("definition").filter({ hasText: "魁北克" })).toBeVisible();
    await page.goto("/en/about");
    await expect(page.getByRole("term").filter({ hasText: "Letter of intent" })).toBeVisible();
    await expect(page.getByText(/Qingdao and Shimonoseki became sister cities in 1979/)).toBeVisible();
  });
});
