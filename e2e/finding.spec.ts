import { expect, test, type Page } from "@playwright/test";

/** The portal's public address as the server is configured (AMITY_SITE_URL; its default otherwise). */
const site = (process.env.AMITY_SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

test.describe("finding a tie", () => {
  test("a search with both places' names finds their tie, and the URL carries only what was typed", async ({ page }) => {
    await page.goto("/en/partners");
    await page.getByLabel("Name, country or keyword").fill("Jinan Vantaa");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/en\/partners\?q=Jinan\+Vantaa$/);
    await expect(page.getByRole("status")).toHaveText("1 partnership for “Jinan Vantaa”");
    await expect(page.getByRole("link", { name: "Vantaa" })).toHaveAttribute("href", "/en/partners/jinan-vantaa");

    // Accents don't matter, either way.
    await page.goto("/en/partners?q=" + encodeURIComponent("Québec"));
    await expect(page.getByRole("link", { name: "Quebec", exact: true })).toBeVisible();
    await page.goto("/en/partners?q=Sao+Paulo");
    await expect(page.getByRole("link", { name: "São Paulo (state)" })).toBeVisible();
    await page.goto("/zh/partners?q=" + encodeURIComponent("济南 芬兰"));
    await expect(page.getByRole("status")).toContainText("共1对友好关系");
    await expect(page.getByRole("link", { name: "万塔" })).toBeVisible();
  });

  test("without JavaScript the filter form leaves no empty parameters, and the language switcher keeps the filters", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/zh/partners");
    await page.getByRole("search").getByLabel("国家", { exact: true }).selectOption("DE");
    await page.getByRole("button", { name: "显示结果" }).click();
    // The form sent every field (q=&continent=&…&sort=name); the address is the clean one.
    await expect(page).toHaveURL(/\/zh\/partners\?country=DE$/);
    await expect(page.getByRole("status")).toHaveText("共7对友好关系");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/partners\?country=DE$/);
    await expect(page.getByRole("status")).toHaveText("7 partnerships");
    await expect(page.getByRole("search").getByLabel("Country", { exact: true })).toHaveValue("DE");

    // A search and a page, and a profile's timeline filter, the same way.
    await page.goto("/en/partners?q=Japan&page=2");
    await page.getByRole("link", { name: "中文" }).click();
    await expect(page).toHaveURL(/\/zh\/partners\?q=Japan&page=2$/);
    await page.goto("/en/partners/shandong-quebec?kind=event");
    await page.getByRole("link", { name: "中文" }).click();
    await expect(page).toHaveURL(/\/zh\/partners\/shandong-quebec\?kind=event$/);
    await context.close();
  });

  test("with JavaScript the language switcher follows the visitor from page to page, filters included", async ({ page }) => {
    await page.goto("/en/partners?continent=asia");
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/en\/partners\?continent=asia&page=2$/);
    await expect(page.getByRole("link", { name: "中文" })).toHaveAttribute("href", "/zh/partners?continent=asia&page=2");
    await page.getByRole("link", { name: "中文" }).click();
    await expect(page).toHaveURL(/\/zh\/partners\?continent=asia&page=2$/);
    await expect(page.getByRole("search").getByLabel("大洲", { exact: true })).toHaveValue("asia");
  });

  test("an address with empty or unknown parameters is sent to the clean one", async ({ request }) => {
    for (const [from, to] of [
      ["/en/partners?q=&type=", "/en/partners"],
      ["/en/partners?q=Jinan&country=&continent=&type=&home=&status=&decade=&sort=name", "/en/partners?q=Jinan"],
      ["/zh/events?kind=&year=2021", "/zh/events?year=2021"],
      ["/en/delegations?direction=&year=", "/en/delegations"],
      ["/en/partners/jinan-vantaa?kind=", "/en/partners/jinan-vantaa"],
    ]) {
      const response = await request.get(from!, { maxRedirects: 0 });
      expect(response.status(), from).toBe(307);
      const location = new URL(response.headers().location!, "http://x");
      expect(location.pathname + location.search, from).toBe(to);
    }
    expect((await request.get("/en/partners?q=Jinan", { maxRedirects: 0 })).status()).toBe(200);
  });

  test("a page past the last says so and leads to the last page", async ({ page }) => {
    await page.goto("/en/partners?continent=asia");
    const pages = Number(/of (\d+)/.exec((await page.getByText(/^Page 1 of \d+$/).textContent())!)![1]);
    const response = await page.goto("/en/partners?continent=asia&page=99");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: `There is no page 99: the results end on page ${pages}.` })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await page.getByRole("link", { name: `Go to the last page (page ${pages})` }).click();
    await expect(page).toHaveURL(new RegExp(`continent=asia&page=${pages}$`));
    await expect(page.getByText(`Page ${pages} of ${pages}`)).toBeVisible();
    await expect(page.getByRole("row")).not.toHaveCount(0);

    await page.goto("/zh/partners?page=99");
    await expect(page.getByRole("heading", { name: /^第99页不存在：结果共\d+页。$/ })).toBeVisible();
  });
});

/** The canonical, hreflang and og:url links of the page open in `page`. */
async function seoLinks(page: Page) {
  return page.evaluate(() => ({
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
    alternates: Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")])),
    ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute("content") ?? null,
  }));
}

test("every public page type names itself and its twin in the other language by absolute URLs", async ({ page }) => {
  // 28 pages, most rendered for the first time.
  test.setTimeout(120_000);
  const paths = [
    "",
    "/partners",
    "/partners?country=JP&type=sister_city",
    "/partners/jinan-vantaa",
    "/cities/jinan",
    "/cities/vantaa",
    "/countries/fi",
    "/map",
    "/events",
    "/events?year=2021",
    "/events/jinan-sister-cities-online-conference-2021",
    "/delegations",
    "/agreements",
    "/about",
  ];
  for (const locale of ["en", "zh"] as const) {
    for (const path of paths) {
      const url = `/${locale}${path}`;
      await page.goto(url, { waitUntil: "domcontentloaded" });
      const links = await seoLinks(page);
      expect(links.canonical, url).toBe(`${site}${url}`);
      expect(links.ogUrl, url).toBe(`${site}${url}`);
      expect(links.alternates, url).toEqual({ en: `${site}/en${path}`, "zh-Hans": `${site}/zh${path}`, "x-default": `${site}/en${path}` });
      for (const href of [links.canonical, ...Object.values(links.alternates)] as string[]) expect(new URL(href).protocol, `${url}: ${href}`).toMatch(/^https?:$/);
    }
  }
});

test.describe("reaching the office", () => {
  test("the footer gives the office's contact in both languages, and the About page too", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto("/zh");
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByText("山东省人民政府外事办公室")).toBeVisible();
    await expect(footer.getByText("中国山东省济南市")).toBeVisible();
    // The demo has no street address, telephone or email of the office's: it says the address is a stand-in.
    await expect(footer.getByText("演示占位：尚未配置外事办公室的详细地址、电话和电子邮箱。")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.goto("/en/about");
    await expect(page.getByRole("heading", { name: "Contact the office" })).toBeVisible();
    await expect(page.getByRole("main").getByText("Jinan, Shandong Province, China")).toBeVisible();
    // The figure of 2011 is the source's, and says whose.
    await expect(page.getByText(/by 2011, in 60 countries and regions, as China Daily reported that year/)).toBeVisible();
    await page.goto("/zh/about");
    await expect(page.getByText(/截至2011年已遍及60个国家和地区（据《中国日报》2011年报道）/)).toBeVisible();
  });

  test("the home page's figures say that they count these records", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByText(/^In these records: relations with \d+ cities and regions in \d+ countries and regions on \d+ continents\./)).toBeVisible();
    await expect(page.getByText("Counted from the ties recorded on this site so far, not the province's official totals.")).toBeVisible();
    await page.goto("/zh");
    await expect(page.getByText(/^据本站收录，山东省及各市已与\d+个大洲\d+个国家和地区的\d+个城市和地区建立友好关系。/)).toBeVisible();
  });
});

test.describe("places and countries", () => {
  test("a foreign place's page gives its country (linked), its region and its partners in Shandong", async ({ page }) => {
    await page.goto("/en/cities/vantaa");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vantaa");
    const facts = page.getByRole("main").locator("dl").first();
    await expect(facts.getByRole("definition").filter({ hasText: "Uusimaa" })).toBeVisible();
    await expect(facts.getByRole("listitem")).toHaveText(["Jinan · Sister city · 2001"]);
    await expect(facts.getByRole("link", { name: "Jinan" })).toHaveAttribute("href", "/en/partners/jinan-vantaa");
    await facts.getByRole("link", { name: "Finland" }).click();
    await expect(page).toHaveURL(/\/en\/countries\/fi$/);

    await page.goto("/zh/cities/vantaa");
    await expect(page.getByRole("main").locator("dl").first().getByRole("listitem")).toHaveText(["济南市 · 友好城市 · 2001年"]);
    await expect(page.getByRole("link", { name: "山东与芬兰的全部友好关系" })).toHaveAttribute("href", "/zh/countries/fi");
  });

  test("a country's page groups its ties by Shandong city, the province first, then the cities in order", async ({ page }) => {
    for (const [locale, collation] of [["en", "en"], ["zh", "zh-Hans-u-co-pinyin"]] as const) {
      await page.goto(`/${locale}/countries/jp`);
      const headings = await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents();
      const province = locale === "en" ? "Shandong Province" : "山东省";
      expect(headings[0]).toBe(province);
      const cities = headings.slice(1);
      expect(cities.length).toBeGreaterThan(2);
      expect(cities).toEqual([...cities].sort(new Intl.Collator(collation).compare));
      const qingdao = page.getByRole("region", { name: locale === "en" ? "Qingdao" : "青岛市" });
      await expect(qingdao.getByRole("link", { name: locale === "en" ? "Shimonoseki" : "下关市" })).toHaveAttribute("href", `/${locale}/partners/qingdao-shimonoseki`);
    }
  });
});
