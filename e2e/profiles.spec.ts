import { expect, test, type Browser } from "@playwright/test";
import { storageStateOf } from "./support/accounts";
import { publishOwnPartnership, publishWithoutReview, type OwnPartnership } from "./support/staff";

/** Events of a partnership of the test's own, made and published by the demo administrator: one a day from 1 January 1987. */
async function publishEvents(browser: Browser, own: OwnPartnership, count: number): Promise<string[]> {
  // Published at once by the administrator: the review itself is another spec's subject.
  const staff = await browser.newContext({ storageState: storageStateOf("admin") });
  const titles: string[] = [];
  try {
    const page = await staff.newPage();
    for (let day = 1; day <= count; day++) {
      const title = `${own.place} exhibition ${day}`;
      await page.goto("/staff/events/new");
      await page.getByLabel("Title in English").fill(title);
      await page.getByLabel("Kind").selectOption({ label: "Exhibition" });
      await page.getByLabel("Starts").fill(`1987-01-${String(day).padStart(2, "0")}`);
      const picker = page.getByRole("group", { name: "Partnerships" });
      await picker.getByRole("combobox", { name: /Find a partnership/ }).fill(own.place);
      await picker.getByRole("option", { name: own.title }).click();
      await expect(picker.getByRole("listitem")).toHaveText([new RegExp(own.title)]);
      await page.getByRole("button", { name: "Create", exact: true }).click();
      await expect(page).toHaveURL(/\/staff\/events\/\d+\?notice=created$/);
      await publishWithoutReview(page);
      titles.push(title);
    }
  } finally {
    await staff.close();
  }
  return titles;
}

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

  test("a long timeline: the latest on the profile, the older entries on numbered pages by kind, by link, without JavaScript", async ({ browser }) => {
    test.setTimeout(300_000);
    const own = await publishOwnPartnership(browser);
    // 21 exhibitions, the newest on 21 January 1987: one more than a page holds.
    const titles = await publishEvents(browser, own, 21);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/en/partners/${own.slug}`);
    const timeline = page.getByRole("region", { name: "Timeline" });
    const headings = timeline.getByRole("heading", { level: 3 });
    // The latest 10, newest first.
    await expect(headings).toHaveText(titles.slice(11).reverse());
    await expect(timeline).toContainText("The latest 10 of 21 entries.");
    await expect(page.getByRole("region", { name: "Key figures" })).toContainText("Events21");

    await timeline.getByRole("link", { name: "All 21 events" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/partners/${own.slug}\\?kind=event#timeline$`));
    await expect(timeline.getByRole("status")).toHaveText("21 events");
    await expect(headings).toHaveCount(20);
    await expect(headings.first()).toHaveText(titles[20]!);
    const pages = timeline.getByRole("navigation", { name: "Pages" });
    await expect(pages).toContainText("Page 1 of 2");
    // The oldest is on page 2, not on page 1.
    await expect(timeline.getByRole("heading", { name: titles[0], exact: true })).toHaveCount(0);
    await pages.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/partners/${own.slug}\\?kind=event&page=2#timeline$`));
    await expect(headings).toHaveText([titles[0]!]);
    await expect(pages).toContainText("Page 2 of 2");
    await pages.getByRole("link", { name: "Previous" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?kind=event#timeline$`));

    // A page past the last says so and leads to the last, as the directory does.
    await page.goto(`/en/partners/${own.slug}?kind=event&page=7`);
    await expect(timeline.getByRole("heading", { name: "There is no page 7: the list ends on page 2." })).toBeVisible();
    await timeline.getByRole("link", { name: "Go to the last page (page 2)" }).click();
    await expect(headings).toHaveText([titles[0]!]);
    // A page without a kind is the profile itself.
    await page.goto(`/en/partners/${own.slug}?page=2`);
    await expect(page).toHaveURL(new RegExp(`/en/partners/${own.slug}$`));

    await page.goto(`/zh/partners/${own.slug}?kind=event&page=2`);
    const zh = page.getByRole("region", { name: "大事记" });
    await expect(zh.getByRole("status")).toHaveText("共21项活动");
    await expect(zh.getByRole("navigation", { name: "分页" })).toContainText("第2页，共2页");
    await expect(zh.getByRole("link", { name: "上一页" })).toBeVisible();
    await page.goto(`/zh/partners/${own.slug}`);
    await expect(zh).toContainText("显示最近10项，共21项。");
    await expect(zh.getByRole("link", { name: "全部21项活动" })).toBeVisible();

    // The events page is paged too, and keeps its filter from page to page.
    await page.goto("/en/events?year=1987&kind=exhibition");
    const past = page.getByRole("region", { name: "Past and undated" });
    await expect(past.getByRole("link", { name: titles[20], exact: true })).toBeVisible();
    await expect(past.getByRole("link", { name: titles[0], exact: true })).toHaveCount(0);
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/en\/events\?kind=exhibition&year=1987&page=2$/);
    await expect(page.getByRole("region", { name: "Past and undated" }).getByRole("link", { name: titles[0], exact: true })).toBeVisible();
    await expect(page.getByLabel("Year")).toHaveValue("1987");
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

  test("a city profile lists its latest partnerships and counts them all by country and continent, each a way into the directory", async ({ page }) => {
    await page.goto("/en/cities/jinan");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jinan");
    await expect(page.getByText("14 partnerships", { exact: true })).toBeVisible();
    await expect(page.getByText("First ties: Coventry and Wakayama, 1983.")).toBeVisible();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ "@type": "City", name: "Jinan", geo: { latitude: 36.65 } });
    // The latest 10 of its 14: Kazanlak (2012) first; Coventry and Wakayama (1983) are in the directory.
    const latest = page.getByRole("region", { name: "Latest partnerships" });
    await expect(latest.getByRole("listitem")).toHaveCount(10);
    await expect(latest.getByRole("listitem").first()).toContainText("Kazanlak");
    await expect(latest.getByRole("link", { name: "Coventry" })).toHaveCount(0);
    await page.getByRole("region", { name: "By country and region" }).getByRole("link", { name: "2 partnerships in South Korea" }).click();
    await expect(page).toHaveURL(/\/en\/partners\?country=KR&home=jinan$/);
    await expect(page.getByText("2 partnerships", { exact: true })).toBeVisible();
    await page.goBack();
    await latest.getByRole("link", { name: "All 14 partnerships in the directory" }).click();
    await expect(page).toHaveURL(/\/en\/partners\?home=jinan$/);
    await expect(page.getByText("14 partnerships", { exact: true })).toBeVisible();
    await page.goBack();
    await latest.getByRole("link", { name: "Vantaa", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/partners\/jinan-vantaa$/);
  });
});
