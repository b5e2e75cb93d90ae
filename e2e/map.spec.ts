import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { startAmity } from "./support/server";
import { publishOwnPartnership } from "./support/staff";

/**
 * Each edge of the land's outline, with the pieces of land it outlines: a boundary is an edge two pieces share. The
 * land is every filled path's rings but the sphere's (the sea: one ring as wide as the map).
 */
function sharedEdges(svg: string): { edges: number; shared: number } {
  const edges = new Map<string, Set<number>>();
  let piece = 0;
  for (const [, d, rest] of svg.matchAll(/<path d="([^"]+)"([^>]*)>/g)) {
    if (/fill="none"/.test(rest!)) continue;
    const rings = d!.split(/M/).filter(Boolean).map((ring) => ring.replace(/Z$/, "").split("L"));
    const xs = rings[0]!.map((p) => Number(p.split(",")[0]));
    if (rings.length === 1 && Math.max(...xs) - Math.min(...xs) > 900) continue;
    for (const points of rings) {
      piece++;
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        if (a === b) continue;
        const key = a < b ? `${a}|${b}` : `${b}|${a}`;
        edges.set(key, (edges.get(key) ?? new Set()).add(piece));
      }
    }
  }
  return { edges: edges.size, shared: [...edges.values()].filter((pieces) => pieces.size > 1).length };
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function expectTapTargets(page: Page, map: Locator) {
  const marks = map.getByRole("link");
  expect(await marks.count()).toBeGreaterThan(5);
  for (const mark of await marks.all()) {
    const box = (await mark.boundingBox())!;
    expect(box.width, (await mark.getAttribute("aria-label")) ?? "").toBeGreaterThanOrEqual(24);
    expect(box.height, (await mark.getAttribute("aria-label")) ?? "").toBeGreaterThanOrEqual(24);
  }
  // A tap at a mark's centre reaches that mark's link, not a neighbour's.
  for (const mark of await marks.all()) {
    const { x, y } = await centre(mark.locator("circle").first());
    const label = await mark.getAttribute("aria-label");
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.closest("a")?.getAttribute("aria-label"), [x, y])).toBe(label);
  }
}

/** The world map's picture as a browser loaded it (the width its <picture> chose), and the SVG file behind it. */
async function worldPicture(page: Page, name: RegExp) {
  const picture = page.getByRole("img", { name });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const src = new URL(await picture.evaluate((img: HTMLImageElement) => img.currentSrc));
  const response = await page.request.get(src.href);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  return { picture, src: src.pathname + src.search, svg: await response.text() };
}

/** The places a map's picture marks: each dot one, each numbered disc its number. */
function markedPlaces(svg: string): number {
  const numbers = [...svg.matchAll(/<text[^>]*fill="#ffffff"[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]));
  const partnerDiscs = [...svg.matchAll(/<circle [^>]*fill="#1f4e8c"/g)].length;
  return partnerDiscs - numbers.length + numbers.reduce((a, b) => a + b, 0);
}

const worldMap = /^World map of the (\d+) partner cities and regions/;

async function markedCount(picture: Locator): Promise<number> {
  return Number(worldMap.exec((await picture.getAttribute("alt"))!)![1]);
}

test.describe("map and country pages", () => {
  test("the map is one picture of Shandong and every partner place, with each partner country listed below it", async ({ page, browser }) => {
    // Publishing through the staff forms, then drawing the new picture (once per change), takes a while on a busy machine.
    test.setTimeout(60_000);
    await page.goto("/en/map");
    const before = page.getByRole("img", { name: worldMap });
    const [srcBefore, countBefore] = [await before.getAttribute("src"), await markedCount(before)];
    const own = await publishOwnPartnership(browser);
    await page.goto("/en/map");
    // Published: the page asks for a new picture (its address has the new version), which marks the new place too.
    const { picture, src, svg } = await worldPicture(page, worldMap);
    expect(src.replace(/^\/world-map\/en-\d+/, "")).not.toBe(srcBefore!.replace(/^\/world-map\/en-\d+/, ""));
    expect(src).toMatch(/^\/world-map\/en-\d+\.svg\?v=\w+$/);
    const count = await markedCount(picture);
    expect(count).toBeGreaterThan(countBefore);
    // The picture marks every place with a position, counted once, and names the home province.
    expect(markedPlaces(svg)).toBe(count);
    expect(svg).toContain(">Shandong Province</text>");
    // The key says what each kind of mark is.
    const key = page.getByRole("list", { name: "Key" });
    await expect(key.getByRole("listitem")).toHaveText(["Shandong Province (home province)", "Partner city or region", /Places close together, with their number$/]);
    // The text equivalent: each partner country by continent, with its places, linking to the country's page.
    const list = page.getByRole("region", { name: "Partner countries by continent" });
    const finland = list.getByRole("region", { name: "Europe" }).getByRole("listitem").filter({ hasText: "Finland" });
    await expect(finland).toHaveText(/^Finland · \d+ places · \d+ partnerships$/);
    await finland.getByRole("link", { name: "Finland" }).click();
    await expect(page).toHaveURL(/\/en\/countries\/fi$/);
    await expect(page.getByRole("region", { name: "Qingdao" }).getByRole("link", { name: own.place })).toBeVisible();
  });

  test("without JavaScript the picture shows and the countries are listed with their number of places", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/map");
    const { svg } = await worldPicture(page, worldMap);
    // South Korea's many places are a numbered group on the picture, and one line of the list.
    expect(Math.max(...[...svg.matchAll(/>(\d+)<\/text>/g)].map((m) => Number(m[1])))).toBeGreaterThan(20);
    const korea = page.getByRole("region", { name: "Asia" }).getByRole("listitem").filter({ hasText: "South Korea" });
    expect(Number(/ · (\d+) places/.exec((await korea.textContent())!)![1])).toBeGreaterThan(20);
    await expect(korea.getByRole("link", { name: "South Korea" })).toHaveAttribute("href", "/en/countries/kr");
    await context.close();
  });

  test("a phone gets the picture drawn for its width, a desktop the wide one", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/en/map");
    expect((await worldPicture(page, worldMap)).src).toMatch(/^\/world-map\/en-328\.svg/);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    const wide = await worldPicture(page, worldMap);
    expect(wide.src).toMatch(/^\/world-map\/en-992\.svg/);
    // The picture fills the column: its marks are drawn at their size in CSS pixels, not shrunk.
    expect((await wide.picture.boundingBox())!.width).toBeGreaterThan(900);
    // A picture for no width the page uses is not drawn.
    expect((await page.request.get("/world-map/en-500.svg")).status()).toBe(404);
    expect((await page.request.get("/world-map/fr-992.svg")).status()).toBe(404);
  });

  test("every mark of a city's map is at least 24 px across to tap, on a phone and on a desktop", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/en/cities/jinan");
    const map = page.getByRole("group", { name: "Map of Jinan and its partners" });
    await expectTapTargets(page, map);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectTapTargets(page, map);
  });

  test("the base map is land without boundaries, and the caption says so", async ({ page, request }) => {
    const response = await request.get("/world-map.svg");
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
    const { edges, shared } = sharedEdges(await response.text());
    expect(edges).toBeGreaterThan(1000);
    // Countries share their borders (Natural Earth's countries at this scale share 2,500 edges); land shares none.
    expect(shared).toBe(0);
    await page.goto("/en/map");
    await expect(page.getByText("The base map shows land only, without any boundaries; marks show approximate positions.")).toBeVisible();
    await expect(page.getByText(/approval/i)).toHaveCount(0);
  });

  test("places without a recorded position are named under the map, each a link to its page", async ({ page }) => {
    await page.goto("/en/map");
    const note = page.getByText(/places? ha(s|ve) no recorded position and (is|are) not marked on the map: .*Columbus \(United States\)/);
    await expect(note).toBeVisible();
    await expect(note.getByRole("link", { name: "Columbus" })).toHaveAttribute("href", "/en/cities/columbus");
  });

  test("the map works in Chinese, without JavaScript, with a Chinese picture, key and caption", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/zh/map");
    const { src, svg } = await worldPicture(page, /^世界地图，标出山东省及各市位置已载明的\d+个外方友好城市和地区/);
    expect(src).toMatch(/^\/world-map\/zh-/);
    expect(svg).toContain(">山东省</text>");
    await expect(page.getByRole("list", { name: "图例" }).getByRole("listitem")).toHaveText(["山东省（本省）", "外方友好城市或地区", /相邻的多个地点（数字为地点数）$/]);
    await expect(page.getByText("底图仅表示陆地，不表示任何界线；标记位置为示意位置。")).toBeVisible();
    await expect(page.getByText(/位置未载明，未在地图上标出：.*美国哥伦布/)).toBeVisible();
    const korea = page.getByRole("region", { name: "外方国家（按大洲）" }).getByRole("region", { name: "亚洲" }).getByRole("listitem").filter({ hasText: "韩国" });
    await expect(korea).toHaveText(/^韩国 · \d+个地点 · \d+对友好关系$/);
    await context.close();
  });

  test("a profile's small map zooms to its two places, names both and joins them with a line", async ({ page }) => {
    await page.goto("/en/partners/jinan-vantaa");
    const map = page.getByRole("group", { name: "Map of Jinan and Vantaa" });
    await expect(map).toHaveAccessibleName(/Jinan \(China\) and Vantaa \(Finland\) on a map, joined by a line/);
    const jinan = map.getByRole("link", { name: "Jinan, China" });
    const vantaa = map.getByRole("link", { name: "Vantaa, Finland" });
    await expect(jinan).toHaveAttribute("href", "/en/cities/jinan");
    await expect(vantaa).toHaveAttribute("href", "/en/cities/vantaa");
    await expect(map.getByText("Jinan", { exact: true })).toBeVisible();
    await expect(map.getByText("Vantaa", { exact: true })).toBeVisible();
    // Zoomed: the two places are far apart on the small map, not two dots a few pixels apart on a world.
    const [box, a, b] = [(await map.boundingBox())!, await centre(jinan.locator("circle").first()), await centre(vantaa.locator("circle").first())];
    expect(Math.abs(a.x - b.x) / box.width).toBeGreaterThan(0.45);
    // The line runs from one to the other.
    const line = (await map.locator("path[stroke-dasharray]").boundingBox())!;
    for (const end of [a, b]) {
      expect(end.x).toBeGreaterThanOrEqual(line.x - 3);
      expect(end.x).toBeLessThanOrEqual(line.x + line.width + 3);
      expect(end.y).toBeGreaterThanOrEqual(line.y - 3);
      expect(end.y).toBeLessThanOrEqual(line.y + line.height + 3);
    }
    await expect(page.getByText(/^About 6,6\d0 km apart as the crow flies\.$/)).toBeVisible();
  });

  test("a place's page maps it with its partners: a Shandong city as the home, a foreign place with its Shandong partners", async ({ page }) => {
    await page.goto("/en/cities/jinan");
    const jinan = page.getByRole("group", { name: "Map of Jinan and its partners" });
    await expect(jinan.getByRole("link", { name: "Jinan (this city)" })).toHaveAttribute("href", "/en/cities/jinan");
    await expect(jinan.getByRole("link", { name: "Sacramento, United States" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Key" }).getByRole("listitem").first()).toHaveText("Jinan (this city)");

    await page.goto("/en/cities/vantaa");
    const vantaa = page.getByRole("group", { name: "Map of Vantaa and its partners" });
    await expect(vantaa.getByRole("link", { name: "Vantaa, Finland" })).toBeVisible();
    await expect(vantaa.getByRole("link", { name: "Jinan, China" })).toHaveAttribute("href", "/en/cities/jinan");
    await expect(vantaa.locator("path[stroke-dasharray]")).toHaveCount(1);
    await expect(page.getByRole("list", { name: "Key" }).getByRole("listitem")).toHaveText(["Vantaa", "Partner in Shandong"]);

    // Columbus has no position: its page says so rather than drawing a map of nowhere.
    await page.goto("/en/cities/taian");
    await expect(page.getByText(/no recorded position .*: .*Columbus \(United States\)/)).toBeVisible();
  });

  test("an office's approved base map replaces the land everywhere, with its approval number as the caption", async ({ request }) => {
    test.setTimeout(240_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-base-map-"));
    const office = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 480"><desc>The office's approved map</desc><rect width="960" height="480" fill="#def"/></svg>`;
    fs.writeFileSync(path.join(dir, "approved.svg"), office);
    const amity = await startAmity({ DATABASE_URL: "", AMITY_DATA_DIR: dir, AMITY_BASE_MAP: path.join(dir, "approved.svg"), AMITY_BASE_MAP_APPROVAL: "GS(2024)1234号" });
    try {
      expect(await (await request.get(`${amity.base}/world-map.svg`)).text()).toBe(office);
      const zh = await (await request.get(`${amity.base}/zh/map`)).text();
      expect(zh).toContain("审图号：GS(2024)1234号");
      // The world map's picture is drawn over the approved map (carried inside it: a picture loads no other file).
      const picture = /src="(\/world-map\/zh-\d+\.svg\?v=\w+)"/.exec(zh)![1]!;
      expect(await (await request.get(`${amity.base}${picture}`)).text()).toContain(Buffer.from(office).toString("base64"));
      expect(zh).not.toContain("不表示任何界线");
      expect(await (await request.get(`${amity.base}/en/map`)).text()).toContain("Map approval number: GS(2024)1234号");
      // A zoomed map is a window on the same approved map, not the built-in land.
      const profile = await (await request.get(`${amity.base}/zh/partners/jinan-suwon`)).text();
      expect(profile).toContain("审图号：GS(2024)1234号");
      expect(profile).toMatch(/<image href="\/world-map\.svg\?v=\w+"/);
    } finally {
      amity.child.kill("SIGTERM");
      await amity.exited;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a country page lists the partnerships with places in that country", async ({ page }) => {
    await page.goto("/en/partners/jinan-vantaa");
    await page.getByRole("link", { name: "Finland", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/countries\/fi$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partnerships in Finland");
    // Grouped by Shandong city: Vantaa under Jinan.
    await expect(page.getByRole("region", { name: "Jinan" }).getByRole("link", { name: "Vantaa" })).toHaveAttribute("href", "/en/partners/jinan-vantaa");
    const response = await page.goto("/en/countries/zz");
    expect(response?.status()).toBe(404);
  });
});
