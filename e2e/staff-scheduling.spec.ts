import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { storageStateOf } from "./support/accounts";

test.use({ storageState: storageStateOf("editor") });

/** An instant as a datetime-local field in Beijing time takes it, to the second ("2026-12-02T14:05:30"). */
function beijing(at: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}`;
}

const until = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

/** The sitemap's files, as its index lists them. */
async function sitemapFiles(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get("/sitemap.xml")).text();
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * Every public surface an event shows on, asked at the same moment: its pages in both languages, the calendar, the
 * feed, the sitemap's files, the API and the open data.
 */
async function publicSurfaces(request: APIRequestContext, sitemap: string[], slug: string, title: string) {
  const text = async (path: string) => (await request.get(path)).text();
  const [en, zh, calendar, feed, api, openData, ...maps] = await Promise.all([
    request.get(`/en/events/${slug}`),
    request.get(`/zh/events/${slug}`),
    text("/events.ics"),
    text("/feed.xml"),
    text("/api/v1/events"),
    text("/data/events.json"),
    ...sitemap.map(text),
  ]);
  return {
    enPage: en.status(),
    zhPage: zh.status(),
    calendar: calendar.includes(title),
    feed: feed.includes(title),
    sitemap: maps.some((m) => m.includes(`/events/${slug}<`)),
    api: api.includes(slug),
    openData: openData.includes(slug),
  };
}

async function reviewerPage(browser: Browser) {
  const context = await browser.newContext({ storageState: storageStateOf("reviewer") });
  return { page: await context.newPage(), close: () => context.close() };
}

test("a publication approved for a later time is on no public surface a second before it, and on every one a second after", async ({ page, browser, request }) => {
  test.slow();
  const title = `Embargo Day ${randomUUID().slice(0, 8)}`;
  await page.goto("/staff/events/new");
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Title in Chinese").fill("禁发日");
  await page.getByLabel("Kind").selectOption({ label: "Culture week" });
  await page.getByLabel("Starts").fill("2027-09-20");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/events\/\d+\?notice=created$/);
  const url = page.url().replace(/\?.*$/, "");
  const slug = await page.getByLabel("Web address (slug)").inputValue();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Submitted for review/, { timeout: 15_000 });

  // The second editor approves it for a moment 25 s from now, in Beijing time, to the second.
  const at = new Date(Math.ceil((Date.now() + 25_000) / 1000) * 1000);
  const reviewer = await reviewerPage(browser);
  try {
    await reviewer.page.goto(url);
    const review = reviewer.page.getByRole("region", { name: "Review" });
    await review.getByLabel("At a set time (optional)").fill(beijing(at));
    await review.getByRole("button", { name: "Approve and publish" }).click();
    await expect(reviewer.page.getByRole("status")).toHaveText("Approved: the change will be made at the time given.", { timeout: 15_000 });
    await expect(review).toContainText(/Approved by Demo Reviewer, .*: publication scheduled for .* Beijing time\./);
    // The dashboard lists it with its time.
    await reviewer.page.goto("/staff");
    await expect(reviewer.page.getByRole("region", { name: /^Scheduled \(\d+\)$/ }).getByRole("listitem").filter({ hasText: title })).toContainText("Publication at");
  } finally {
    await reviewer.close();
  }

  // Each surface is asked well before (so that it is cached, as on a live site), a second before and a second after:
  // the publication must reach what is cached too.
  const sitemap = await sitemapFiles(request);
  const absent = { enPage: 404, zhPage: 404, calendar: false, feed: false, sitemap: false, api: false, openData: false };
  expect(await publicSurfaces(request, sitemap, slug, title)).toEqual(absent);
  await until(at.getTime() - 1000);
  expect(await publicSurfaces(request, sitemap, slug, title)).toEqual(absent);

  await until(at.getTime() + 1000);
  expect(await publicSurfaces(request, sitemap, slug, title)).toEqual({ enPage: 200, zhPage: 200, calendar: true, feed: true, sitemap: true, api: true, openData: true });

  // The record's history says who approved it and the time it was scheduled for.
  await page.goto(url);
  await expect(page.getByRole("region", { name: "History" })).toContainText("Scheduled for");
});

test("a schedule is changed by a reviewer and cancelled by its author before it fires; nothing is published", async ({ page, browser, request }) => {
  test.slow();
  const title = `Moved Day ${randomUUID().slice(0, 8)}`;
  await page.goto("/staff/events/new");
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Title in Chinese").fill("改期日");
  await page.getByLabel("Kind").selectOption({ label: "Culture week" });
  await page.getByLabel("Starts").fill("2027-10-20");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/events\/\d+\?notice=created$/);
  const url = page.url().replace(/\?.*$/, "");
  const slug = await page.getByLabel("Web address (slug)").inputValue();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Submitted for review/, { timeout: 15_000 });

  const reviewer = await reviewerPage(browser);
  try {
    await reviewer.page.goto(url);
    const review = reviewer.page.getByRole("region", { name: "Review" });
    // A time already past is refused, and nothing is scheduled.
    await review.getByLabel("At a set time (optional)").fill("2020-01-01T09:00");
    await review.getByRole("button", { name: "Approve and publish" }).click();
    await expect(review.getByRole("alert")).toHaveText("That time has passed: give a date and time in the future.", { timeout: 15_000 });
    await review.getByLabel("At a set time (optional)").fill("2099-05-10T14:30");
    await review.getByRole("button", { name: "Approve and publish" }).click();
    await expect(reviewer.page.getByRole("status")).toHaveText("Approved: the change will be made at the time given.", { timeout: 15_000 });
    await expect(review).toContainText("10 May 2099");
    await expect(review.getByLabel("New time")).toHaveValue("2099-05-10T14:30");
    await review.getByLabel("New time").fill("2099-05-11T08:00");
    await review.getByRole("button", { name: "Change the time" }).click();
    await expect(reviewer.page.getByRole("status")).toHaveText("The scheduled time was changed.", { timeout: 15_000 });
    await expect(review).toContainText("11 May 2099");
  } finally {
    await reviewer.close();
  }

  // Its author sees the schedule, may not move it, and cancels it: it waits for review again.
  await page.goto(url);
  const review = page.getByRole("region", { name: "Review" });
  await expect(review).toContainText("11 May 2099");
  await expect(review.getByRole("button", { name: "Change the time" })).toHaveCount(0);
  await review.getByRole("button", { name: "Cancel the schedule" }).click();
  await expect(page.getByRole("status")).toHaveText("The schedule was cancelled: the record waits for review again.", { timeout: 15_000 });
  await expect(page.getByRole("region", { name: "Review" })).toContainText("You submitted this for publication");
  expect((await request.get(`/en/events/${slug}`)).status()).toBe(404);
});
