import { expect, test } from "@playwright/test";

test.describe("partnership and city profiles", () => {
  test("a partnership profile shows both places, its date at its precision, its story and sources", async ({ page }) => {
    await page.goto("/en/partners/shandong-quebec");
    await expect(page).toHaveTitle(/Shandong Province – Quebec/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shandong Province – Quebec");
    await expect(page.getByText("Province-state tie · Canada · 2008")).toBeVisible();
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline.getByRole("heading", { name: "Agreement on friendly ties between Shandong Province and Quebec" })).toBeVisible();
    await expect(timeline).toContainText("Signatories: Jiang Daming (Governor of Shandong Province); Jean Charest (Premier of Quebec)");
    await expect(page.getByRole("region", { name: "Sources" }).getByRole("listitem")).toHaveCount(2);
    await expect(page.getByRole("navigation", { name: "Breadcrumbs" }).getByRole("link", { name: "Partners" })).toBeVisible();
    const map = page.getByRole("group", { name: "Map of Shandong Province and Quebec" });
    await expect(map.getByRole("link", { name: "Quebec" })).toHaveAttribute("href", "/en/cities/quebec");
    await expect(map.getByRole("link", { name: "Shandong Province" })).toBeVisible();
  });

  test("the timeline can be filtered by kind, by link, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/partners/shandong-quebec");
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline.getByRole("heading", { level: 3 })).toHaveCount(2);
    await timeline.getByRole("link", { name: "Event (1)" }).click();
    await expect(page).toHaveURL(/\?kind=event#timeline$/);
    await expect(timeline.getByRole("heading", { level: 3 })).toHaveText(["Summit of Shandong and its partner regions"]);
    await expect(timeline.getByRole("link", { name: "Event (1)" })).toHaveAttribute("aria-current", "page");
    await context.close();
  });

  test("in Chinese, with Chinese names and the English original marked where no translation exists", async ({ page }) => {
    await page.goto("/zh/partners/jinan-vantaa");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("济南市 – 万塔");
    await expect(page.getByText("友好城市 · 芬兰 · 2001年")).toBeVisible();
    const timeline = page.getByRole("region", { name: "大事记" });
    await expect(timeline.getByRole("heading", { name: "济南市与国际友好城市线上座谈会" })).toBeVisible();
    await expect(timeline.getByText("2021年10月").first()).toBeVisible();
  });

  test("the language switcher keeps the visitor on the same page", async ({ page }) => {
    await page.goto("/en/partners/qingdao-shimonoseki");
    await page.getByRole("link", { name: "中文" }).click();
    await expect(page).toHaveURL(/\/zh\/partners\/qingdao-shimonoseki$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("青岛市 – 下关市");
  });

  test("an unknown partnership is a 404 that helps the visitor on", async ({ page }) => {
    const response = await page.goto("/en/partners/atlantis-utopia");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
    await page.getByRole("searchbox").fill("Vantaa");
    await page.getByRole("button", { name: "Search partnerships" }).click();
    await expect(page).toHaveURL(/\/en\/partners\?q=Vantaa/);
  });

  test("a city profile lists all its partnerships with counts by country and continent", async ({ page }) => {
    await page.goto("/en/cities/jinan");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jinan");
    await expect(page.getByText("14 partnerships")).toBeVisible();
    await expect(page.getByText("First ties: Coventry and Wakayama, 1983.")).toBeVisible();
    await expect(page.getByRole("region", { name: "By continent" }).getByRole("definition").first()).toBeVisible();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ "@type": "City", name: "Jinan", geo: { latitude: 36.65 } });
    await page.getByRole("link", { name: "Vantaa", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/partners\/jinan-vantaa$/);
  });
});
