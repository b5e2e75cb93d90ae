import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { publishOwnPartnership } from "./support/staff";

/**
 * The open data files and the Data page that lists them (/en/data, /zh/data). Other specs may publish meanwhile: what
 * is compared (a count on the page with the file's, two answers of one file) is retried until both were of one moment.
 */

const files = [
  { name: "partnerships.csv", type: "text/csv; charset=utf-8" },
  { name: "partnerships.json", type: "application/json" },
  { name: "places.geojson", type: "application/geo+json" },
  { name: "events.json", type: "application/json" },
  { name: "agreements.json", type: "application/json" },
];

/** What axe-core finds against WCAG 2.2 A and AA on the open page (as e2e/accessibility.spec.ts checks every other page type). */
async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

test.describe("open data", () => {
  test("the Data page, reached from the footer, links each file, which downloads with its type and says what it holds", async ({ page, request }) => {
    await page.goto("/en");
    await page.getByRole("contentinfo").getByRole("link", { name: "Open data" }).click();
    await expect(page).toHaveURL(/\/en\/data$/);
    await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
    await expect(page.getByRole("link", { name: "Creative Commons Attribution 4.0 International (CC BY 4.0)" })).toHaveAttribute(
      "href",
      "https://creativecommons.org/licenses/by/4.0/",
    );
    for (const { name, type } of files) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: `/data/${name}` }).click()]);
      expect(download.suggestedFilename()).toBe(name);
      const response = await request.get(`/data/${name}`);
      expect(response.status(), name).toBe(200);
      expect(response.headers()["content-type"], name).toBe(type);
      expect(response.headers()["content-disposition"], name).toMatch(new RegExp(`^(attachment|inline); filename="${name.replace(".", "\\.")}"$`));
      expect(response.headers()["access-control-allow-origin"], name).toBe("*");
      expect(response.headers()["link"], name).toContain('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    }
    const csv = await (await request.get("/data/partnerships.csv")).text();
    expect(csv.startsWith("\uFEFFhome_city,home_city_zh,partner_city,partner_region,country,country_iso2,relationship_type,established_year,source,")).toBe(true);

    // The page's counts are the files'.
    await expect(async () => {
      await page.reload();
      const ties = (await (await request.get("/data/partnerships.json")).json()) as { count: number };
      const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "/data/partnerships.json" }) });
      await expect(card).toContainText(`${ties.count.toLocaleString("en-GB")} partnerships`, { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    const geo = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "/data/places.geojson" }) });
    await expect(geo).toContainText(/\d+ places? ha(?:s|ve) no recorded position and (?:is|are) left out/);
    await expect(page.getByRole("link", { name: "/api/v1/partnerships" })).toHaveAttribute("href", "/api/v1/partnerships");
    await expect(page.getByRole("link", { name: "/api/v1/openapi.json" })).toHaveAttribute("href", "/api/v1/openapi.json");
  });

  test("the Data page in Chinese says it all in Chinese, with the files' names and codes marked as such", async ({ page }) => {
    await page.goto("/zh");
    await page.getByRole("contentinfo").getByRole("link", { name: "开放数据" }).click();
    await expect(page).toHaveURL(/\/zh\/data$/);
    await expect(page.getByRole("heading", { level: 1, name: "开放数据" })).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
    await expect(page.getByRole("link", { name: "知识共享署名4.0国际许可协议" })).toHaveAttribute("href", "https://creativecommons.org/licenses/by/4.0/deed.zh-hans");
    for (const heading of ["友好关系表格", "友好关系数据", "友城所在地地图数据", "活动数据", "协议数据", "友好关系表格各列说明", "数据接口"]) {
      await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
    }
    await expect(page.getByText(/^\d+对友好关系$/).first()).toBeVisible();
    await expect(page.getByText(/^另有\d+个地点未记载位置，未列入本文件；友好关系数据中列有这些地点。$/)).toBeVisible();
    await expect(page.getByText(/^\d{4}年\d{1,2}月\d{1,2}日$/).first()).toBeVisible();
    // Outside what is marked as English (file names, codes, format names), no Latin letter and no half-width punctuation.
    const text = await page.getByRole("main").evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      for (const marked of copy.querySelectorAll('[lang^="en"]')) marked.replaceWith("\uE000");
      return copy.textContent ?? "";
    });
    expect(text.match(/\p{Script=Latin}+/gu)).toBeNull();
    expect(text.match(/\p{Script=Han}\s*[,:;()!?]/gu)).toBeNull();
  });

  test("a repeated request gets 304 Not Modified until staff publish a change, which the next request has", async ({ request, browser }) => {
    for (const { name } of files) {
      await expect(async () => {
        const first = await request.get(`/data/${name}`);
        const etag = first.headers()["etag"]!;
        expect(etag, name).toMatch(/^W\/"[^"]+"$/);
        expect(first.headers()["cache-control"], name).toBe("public, max-age=0, must-revalidate");
        expect(Date.parse(first.headers()["last-modified"]!), name).not.toBeNaN();
        const again = await request.get(`/data/${name}`, { headers: { "If-None-Match": etag } });
        expect(again.status(), name).toBe(304);
        expect((await again.body()).length, name).toBe(0);
        expect(again.headers()["etag"], name).toBe(etag);
        const sinceThen = await request.get(`/data/${name}`, { headers: { "If-Modified-Since": first.headers()["last-modified"]! } });
        expect(sinceThen.status(), name).toBe(304);
      }).toPass({ timeout: 15_000 });
      expect((await request.get(`/data/${name}`, { headers: { "If-None-Match": 'W/"an-old-copy"' } })).status(), name).toBe(200);
    }

    const before = await request.get("/data/partnerships.csv");
    const own = await publishOwnPartnership(browser);
    const after = await request.get("/data/partnerships.csv", { headers: { "If-None-Match": before.headers()["etag"]! } });
    expect(after.status()).toBe(200);
    expect(await after.text()).toContain(`Qingdao,青岛市,${own.place},`);
  });

  test("an unknown file is a 404; a script on another site may ask for a file with its own validators", async ({ request }) => {
    expect((await request.get("/data/users.csv")).status()).toBe(404);
    const preflight = await request.fetch("/data/partnerships.json", {
      method: "OPTIONS",
      headers: { Origin: "https://reuser.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match" },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()).toMatchObject({ "access-control-allow-origin": "*" });
    expect(preflight.headers()["access-control-allow-headers"]).toMatch(/If-None-Match/i);
  });
});
