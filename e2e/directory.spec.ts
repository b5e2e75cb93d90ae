import { expect, test, type Page } from "@playwright/test";

/**
 * Reaches a list with `open` and expects it to hold every published partnership: as many as the directory without a
 * query counts just before (read again if staff publish one in between).
 */
async function expectEveryPartnership(page: Page, open: () => Promise<void>) {
  await expect(async () => {
    await page.goto("/en/partners");
    const all = (await page.getByRole("status").textContent())!.trim();
    expect(all).toMatch(/^\d+ partnerships$/);
    await open();
    await expect(page.getByRole("status")).toHaveText(all, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

test.describe("the partner directory", () => {
  test("searches names in both languages and country names, all in the URL", async ({ page }) => {
    await page.goto("/en/partners");
    await page.getByLabel("Name, country or keyword").fill("Vantaa");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=Vantaa/);
    await expect(page.getByRole("status")).toHaveText("1 partnership for “Vantaa”");
    await expect(page.getByRole("link", { name: "Vantaa" })).toBeVisible();

    await page.goto("/zh/partners?q=" + encodeURIComponent("下关"));
    await expect(page.getByRole("link", { name: "下关市" })).toBeVisible();

    // A country's name finds its partners; a name without its diacritics finds the place.
    await page.goto("/en/partners?q=Japan");
    await expect(page.getByRole("status")).toHaveText("10 partnerships for “Japan”");
    await page.goto("/en/partners?q=klaipeda");
    await expect(page.getByRole("link", { name: "Klaipėda" })).toBeVisible();
  });

  test("filters and sorts from the query string, so a result can be shared", async ({ page }) => {
    await page.goto("/en/partners?country=JP&type=sister_city&sort=year");
    await expect(page.getByRole("status")).toHaveText("8 partnerships");
    await expect(page.getByRole("search").getByLabel("Country", { exact: true })).toHaveValue("JP");
    const first = page.getByRole("row").nth(1);
    await expect(first).toContainText("Shimonoseki");
    await expect(first).toContainText("1979");

    await page.goto("/en/partners?home=jinan&decade=2000");
    await expect(page.getByRole("status")).toHaveText("4 partnerships");
  });

  test("pages through results with links that keep the filters", async ({ page }) => {
    await page.goto("/en/partners?continent=asia");
    const total = Number((await page.getByRole("status").textContent())!.split(" ")[0]);
    expect(total).toBeGreaterThan(24);
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/continent=asia&page=2/);
    await expect(page.getByText(`Page 2 of ${Math.ceil(total / 24)}`)).toBeVisible();
    await expect(page.getByRole("link", { name: "Previous" })).toBeVisible();
  });

  test("helps when nothing matches", async ({ page }) => {
    await expectEveryPartnership(page, async () => {
      await page.goto("/en/partners?q=Atlantis");
      await expect(page.getByRole("heading", { name: "No partnership matches" })).toBeVisible();
      await page.getByRole("main").getByRole("link", { name: "Clear all" }).first().click();
      await expect(page).toHaveURL(/\/en\/partners$/);
    });
  });

  test("ignores malformed filters instead of failing", async ({ page }) => {
    await expectEveryPartnership(page, async () => {
      const response = await page.goto("/en/partners?type=twin_town&page=-3&decade=abc&country=Japan1");
      expect(response?.status()).toBe(200);
    });
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/zh/partners");
    await page.getByRole("search").getByLabel("国家", { exact: true }).selectOption("DE");
    await page.getByRole("button", { name: "显示结果" }).click();
    await expect(page).toHaveURL(/country=DE/);
    await expect(page.getByRole("status")).toHaveText("共7对友好关系");
    await context.close();
  });
});

test("on a phone the filters fold away under one line, and open by themselves when one is in use", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/en/partners");
  await expect(page.getByLabel("Name, country or keyword")).toBeVisible();
  await expect(page.getByLabel("Country", { exact: true })).toBeHidden();
  await page.getByText("Filters and sorting").click();
  await expect(page.getByLabel("Country", { exact: true })).toBeVisible();
  await page.goto("/zh/partners?country=JP&type=sister_city");
  await expect(page.getByText("筛选和排序（已选2项）")).toBeVisible();
  await expect(page.getByLabel("国家", { exact: true })).toHaveValue("JP");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/en/partners");
  await expect(page.getByText("Filters and sorting")).toBeHidden();
  await expect(page.getByLabel("Country", { exact: true })).toBeVisible();
});
