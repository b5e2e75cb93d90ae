import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./support/accounts";
import { createPartnership, createPlace, publish } from "./support/staff";

/**
 * Every public page type, read as a Chinese reader reads it. A Chinese page may show Latin script only where it says
 * so: a proper name with no Chinese rendering, or a field with no Chinese text shown in English and marked "（英文）",
 * both carry lang="en" (components/public/localized-text.tsx). Anything else in Latin script is chrome or content left
 * untranslated. And Chinese text takes full-width punctuation: a half-width , : ; ( ) ! ? after a Chinese character, or
 * a half-width dash between Chinese words, is a typo a native reader sees at once; so is a space inside a sentence.
 */

const pages = [
  { name: "home", path: "/zh" },
  { name: "directory", path: "/zh/partners" },
  { name: "directory, filtered and sorted by year", path: "/zh/partners?country=JP&sort=year" },
  { name: "directory, searched", path: `/zh/partners?q=${encodeURIComponent("日本")}` },
  { name: "a partnership", path: "/zh/partners/jinan-vantaa" },
  { name: "a partnership's timeline filtered by kind", path: "/zh/partners/shandong-quebec?kind=agreement" },
  { name: "a Shandong city", path: "/zh/cities/jinan" },
  { name: "a foreign place", path: "/zh/cities/vantaa" },
  { name: "a country", path: "/zh/countries/fi" },
  { name: "the map", path: "/zh/map" },
  { name: "events", path: "/zh/events" },
  { name: "an event", path: "/zh/events/jinan-sister-cities-online-conference-2021" },
  { name: "delegations", path: "/zh/delegations" },
  // Delegations have no page of their own: one is shown whole in the list, here filtered down to it.
  { name: "a delegation", path: "/zh/delegations?direction=outgoing" },
  { name: "agreements", path: "/zh/agreements" },
  { name: "about", path: "/zh/about" },
  { name: "the 404 page", path: "/zh/partners/atlantis", status: 404 },
  // The 503 page is a route of its own (app/unavailable/route.ts); the Chinese one is for pages under /zh.
  { name: "the 503 page", path: "/unavailable?back=%2Fzh%2Fpartners&ref=3f2a9c1e-4b7d", status: 503 },
];

/**
 * Latin words a Chinese page may show outside lang="en", each for a reason. Kept short on purpose: anything else is
 * either translated or marked as the English it is. (Codes that mix letters and digits, such as the 503 page's
 * error reference "3f2a9c1e-4b7d", are not words and pass: see latinWords.)
 */
const allowedLatin = new Set<string>([]);

/** What the page shows a reader (and says to a screen reader), with every lang="en" element taken out. */
async function readAsChinese(page: Page) {
  return page.evaluate(() => {
    // Folded parts (the directory's filters on a phone) are part of the page: open them.
    for (const details of document.querySelectorAll("details")) details.open = true;
    const isEnglish = (el: Element | null) => !!el?.closest("[lang]")?.getAttribute("lang")?.toLowerCase().startsWith("en");
    const attributes: { where: string; text: string }[] = [];
    for (const el of document.body.querySelectorAll("[title], [aria-label], [placeholder], [alt]")) {
      if (isEnglish(el)) continue;
      for (const name of ["title", "aria-label", "placeholder", "alt"]) {
        const value = el.getAttribute(name);
        if (value) attributes.push({ where: `${el.tagName.toLowerCase()}[${name}]`, text: value });
      }
    }
    // The choices of a select are read when it opens, not laid out: read them apart.
    const options = [...document.querySelectorAll("option")].filter((o) => !isEnglish(o)).map((o) => o.text);
    // A marked English passage, or a link whose text is its own address (an address is not words), reads as one
    // placeholder: not Chinese, not Latin, not punctuation.
    const placeholder = "\uE000";
    const marked = [...document.body.querySelectorAll("[lang]")].filter((e) => isEnglish(e));
    // A title or a label can't mark a name it contains (the document's title, a map mark's label): a name the page
    // shows marked as English is accepted there too, and nothing else.
    const names = [...new Set(marked.map((e) => e.textContent?.trim() ?? ""))].filter(Boolean).sort((a, b) => b.length - a.length);
    const unmarked = (text: string) => names.reduce((t, name) => t.split(name).join(placeholder), text);
    for (const el of marked) el.textContent = placeholder;
    for (const a of document.body.querySelectorAll("a")) if (/^https?:\/\//.test(a.textContent?.trim() ?? "")) a.textContent = placeholder;
    return {
      title: unmarked(document.title),
      text: document.body.innerText,
      attributes: attributes.map(({ where, text }) => ({ where, text: unmarked(text) })),
      options: options.map(unmarked),
    };
  });
}

/** Each Latin word outside the allow-list, with the text around it. A code with digits in it is not a word. */
function latinWords(text: string): string[] {
  return [...text.matchAll(/[\p{Script=Latin}\d'’.&-]*\p{Script=Latin}[\p{Script=Latin}\d'’.&-]*/gu)]
    .filter((m) => !allowedLatin.has(m[0]) && !/\d/.test(m[0]))
    .map((m) => `"${m[0]}" in “${context(text, m.index)}”`);
}

const cjk = "\\p{Script=Han}\\u3000-\\u303F\\uFF01-\\uFF60";
/**
 * Half-width punctuation after a Chinese character (spaces between or not), or a half-width dash beside one. The
 * short hyphen inside a transliterated name ("拉罗什-苏尔-永市", "瓦科阿-凤凰城") is the standard's 连接号 (GB/T
 * 15834-2011, 4.13) and stays; an en dash, a doubled hyphen or a spaced one between Chinese words does not.
 */
const halfWidth = new RegExp(`[${cjk}] *[,:;()!?]|[${cjk}] *(?:–|-{2,}) *[${cjk}]|[${cjk}] +- *[${cjk}]|[${cjk}] *- +[${cjk}]`, "gu");

function halfWidthPunctuation(text: string): string[] {
  return [...text.matchAll(halfWidth)].map((m) => `“${m[0]}” in “${context(text, m.index)}”`);
}

/**
 * The house rule for spaces in Chinese text: none between a Chinese character and a digit, a Latin letter or another
 * Chinese character or full-width mark ("2001年", "市长Ritva Viljanen表示", "共3对（搜索…）"). The spaced middle dot
 * that separates the items of a line ("友好城市 · 芬兰 · 2001年") is a separator, not a space in a sentence.
 */
const straySpace = new RegExp(`[${cjk}] +[${cjk}\\p{Script=Latin}\\d\uE000]|[\\p{Script=Latin}\\d\uE000] +[${cjk}]`, "gu");

function straySpaces(text: string): string[] {
  return [...text.matchAll(straySpace)].map((m) => `“${m[0]}” in “${context(text, m.index)}”`);
}

function context(text: string, index: number): string {
  return text.slice(Math.max(0, index - 15), index + 20).replace(/\s+/g, " ");
}

/** What a native reader would object to on the page that is open: each problem with where it is and its context. */
async function problemsOn(page: Page): Promise<string[]> {
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  const seen = await readAsChinese(page);
  const strings = [
    { where: "title", text: seen.title },
    { where: "page", text: seen.text },
    ...seen.attributes,
    ...seen.options.map((text) => ({ where: "option", text })),
  ];
  return strings.flatMap(({ where, text }) => [
    ...latinWords(text).map((p) => `${where}: Latin ${p}`),
    ...halfWidthPunctuation(text).map((p) => `${where}: half-width ${p}`),
    ...straySpaces(text).map((p) => `${where}: space ${p}`),
  ]);
}

test.describe("every public page in Chinese", () => {
  for (const { name, path, status = 200 } of pages) {
    test(`${name} (${path}) is Chinese, with full-width punctuation`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      expect(await problemsOn(page), `on ${path}`).toEqual([]);
    });
  }

  test("a field with no Chinese text shows its English marked （英文）, and a name with no Chinese its Latin form", async ({ page, browser }) => {
    // Two records made and published through the staff forms first: slow on a shared machine.
    test.slow();
    const token = randomUUID().slice(0, 8);
    const place = `Testby ${token}`;
    const slug = `qingdao-testby-${token}`;
    const staff = await browser.newContext({ storageState: storageStateOf("editor") });
    try {
      const editor = await staff.newPage();
      await createPlace(editor, { nameEn: place, slug: `testby-${token}` });
      await publish(editor);
      await createPartnership(editor, { home: "Qingdao", partner: place, slug, established: "2019", summaryEn: "Recorded in English only.", storyEn: "A story told in English only." });
      await publish(editor);
    } finally {
      await staff.close();
    }
    await page.goto(`/zh/partners/${slug}`);
    // The name: a proper name, in Latin letters and said to be English, not marked as a missing translation.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`青岛市—${place}`);
    await expect(page.getByRole("heading", { level: 1 }).getByText(place)).toHaveAttribute("lang", "en");
    // The summary and the story: the English, said to be English, and marked for the reader.
    const summary = page.getByText("Recorded in English only.", { exact: true });
    await expect(summary).toHaveAttribute("lang", "en");
    await expect(summary.locator("xpath=..")).toHaveText("Recorded in English only.（英文）");
    await expect(page.getByText("本段暂无中文，以下为英文原文：")).toBeVisible();
    await expect(page.getByText("A story told in English only.").locator("xpath=ancestor::*[@lang][1]")).toHaveAttribute("lang", "en");
    // Marked so, the English passes the page check; unmarked, the same words would fail it.
    expect(await problemsOn(page)).toEqual([]);
  });
});

test.describe("the page chrome in Chinese", () => {
  test("navigation, footer, breadcrumbs, filters and pages are named in Chinese", async ({ page }) => {
    await page.goto("/zh/partners/jinan-vantaa");
    const nav = page.getByRole("navigation", { name: "主导航" });
    for (const item of ["首页", "友城名录", "地图", "活动", "代表团", "协议"]) await expect(nav.getByRole("link", { name: item, exact: true })).toBeVisible();
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "关于本站" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "导航路径" }).getByRole("link", { name: "友城名录" })).toBeVisible();
    // A tie's two places are joined by a dash without spaces, and counts are in full-width brackets.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("济南市—万塔市");
    await expect(page).toHaveTitle("济南市—万塔市 · 山东国际友好城市");
    await expect(page.getByRole("link", { name: "全部（2）" })).toBeVisible();

    await page.goto("/zh/partners");
    const search = page.getByRole("search");
    // Decades as Chinese writes them, and countries in pinyin order.
    await expect(search.getByLabel("建立年代").locator("option", { hasText: "20世纪80年代" })).toHaveCount(1);
    const countries = await search.getByLabel("国家", { exact: true }).locator("option").allTextContents();
    expect(countries.slice(1)).toEqual([...countries.slice(1)].sort(new Intl.Collator("zh-Hans-u-co-pinyin").compare));
    await expect(page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "下一页" })).toBeVisible();

    await page.goto("/zh/delegations");
    await expect(page.getByLabel("方向")).toBeVisible();
    await expect(page.getByText("成交额：2.4亿欧元")).toBeVisible();
    await page.goto("/zh/events");
    await expect(page.getByRole("heading", { name: "往期及日期不详的活动" })).toBeVisible();
  });

  test("places and regions read in Chinese (the 12 partner places once without a Chinese name, and every region)", async ({ page }) => {
    // Under a Shandong city's name, its country and province as a Chinese address is written.
    await page.goto("/zh/cities/jinan");
    await expect(page.getByRole("heading", { level: 1 }).locator("xpath=following-sibling::p[1]")).toHaveText("中国山东省");
    // No partner place falls back to its Latin name but Tai'an's "Gwangju", whose only source doesn't say which
    // Gwangju (光州 or 广州) it is.
    // Every partner place is on its country's page: the map lists the countries (its picture holds the places).
    test.setTimeout(120_000);
    await page.goto("/zh/map");
    const countries = await page.getByRole("region", { name: "外方国家（按大洲）" }).getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(countries.length).toBeGreaterThan(20);
    const latin = new Set<string>();
    for (const country of countries) {
      await page.goto(country);
      for (const name of await page.locator('main [lang="en"]').allTextContents()) latin.add(name);
    }
    // Specs running alongside may publish places of their own ("Testby …", e2e/support/staff.ts), English-only on purpose.
    expect([...latin].filter((name) => !name.startsWith("Testby "))).toEqual(["Gwangju"]);
    for (const path of ["/zh/cities/vantaa", "/zh/cities/biella"]) {
      await page.goto(path);
      const heading = page.getByRole("heading", { level: 1 });
      await expect(heading.locator('[lang="en"]'), path).toHaveCount(0);
      await expect(heading.locator("xpath=following-sibling::p[1]").locator('[lang="en"]'), path).toHaveCount(0);
    }
    await page.goto("/zh/partners/jinan-vantaa");
    const region = page.locator("dt", { hasText: "所在地区" }).locator("xpath=following-sibling::dd[1]");
    await expect(region).toHaveText(/^\p{Script=Han}+$/u);
  });

  test("the partner directory sorted by name is in pinyin order", async ({ page }) => {
    await page.goto("/zh/partners");
    const names = await page.getByRole("table").locator("tbody tr td:first-child a").allTextContents();
    expect(names.length).toBeGreaterThan(10);
    expect(names).toEqual([...names].sort(new Intl.Collator("zh-Hans-u-co-pinyin").compare));
  });
});
