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

  test("a profile says how sure its facts are: steps, disagreements, sources by weight, unverified ties", async ({ page }) => {
    await page.goto("/en/partners/weihai-cheltenham");
    const steps = page.getByRole("region", { name: "How the tie developed" });
    await expect(steps.getByRole("listitem")).toHaveText([/^1987\s*Protocol signed$/, /^1998\s*Full twinning status$/]);
    await expect(page.getByRole("region", { name: "Where sources disagree" })).toContainText("full twinning status followed in 1998");
    await expect(page.getByText("Status", { exact: true }).locator("..")).toContainText("Not recorded");
    // The twinning association's page before the Wikidata crawl.
    const sources = page.getByRole("region", { name: "Sources" }).getByRole("listitem");
    await expect(sources.first()).toContainText("Twinning association");
    await expect(sources.last()).toContainText("Aggregator");
    await expect(page.getByText("Unverified", { exact: true })).toHaveCount(0);

    await page.goto("/en/partners/taian-gwangju");
    await expect(page.getByText("Unverified", { exact: true })).toBeVisible();
    await expect(page.getByText("Every source for this tie is an aggregator or a blog")).toBeVisible();

    await page.goto("/zh/partners/dongying-midland");
    await expect(page.getByText("待核实", { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "资料出入说明" })).toContainText("博客");

    await page.goto("/en/partners/qingdao-north-shore-city");
    await expect(page.getByText("Now", { exact: true }).locator("..")).toContainText("Auckland (merged in 2010)");
  });

  test("on a phone the key facts come before the story", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/en/partners/jinan-vantaa");
    const facts = await page.getByText("Established", { exact: true }).boundingBox();
    const story = await page.getByRole("heading", { name: "About this partnership" }).boundingBox();
    expect(facts!.y).toBeLessThan(story!.y);
    await context.close();
  });

  test("the timeline can be filtered by kind, by link, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/partners/shandong-quebec");
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline.getByRole("heading", { level: 3 })).toHaveCount(2);
    await timeline.getByRole("link", { name: "Event (1)" }).click();
    await expect(page).toHaveURL(/\?kind=event#timeline$/);
    await expect(timeline.getByRole("heading", { level: 3 })).toHaveText(["Regional Leaders' Summit"]);
    await expect(timeline.getByRole("link", { name: "Event (1)" })).toHaveAttribute("aria-current", "page");
    await context.close();
  });

  test("in Chinese, with Chinese names and the English original marked where no translation exists", async ({ page }) => {
    await page.goto("/zh/partners/jinan-vantaa");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("济南市—万塔市");
    await expect(page.getByText("友好城市 · 芬兰 · 2001年")).toBeVisible();
    const timeline = page.getByRole("region", { name: "大事记" });
    await expect(timeline.getByRole("heading", { name: "济南市与国际友好城市线上座谈会" })).toBeVisible();
    await expect(timeline.getByText("2021年10月").first()).toBeVisible();
  });

  test("the language switcher keeps the visitor on the same page", async ({ page }) => {
    await page.goto("/en/partners/qingdao-shimonoseki");
    await page.getByRole("link", { name: "中文" }).click();
    await expect(page).toHaveURL(/\/zh\/partners\/qingdao-shimonoseki$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("青岛市—下关市");
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
