import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { storageStateOf, type Role } from "./support/accounts";
import { acceptEnglishLabel, createPlace } from "./support/staff";

test.use({ storageState: storageStateOf("editor") });

/** A page of its own for one of the demo's people. */
async function as(browser: Browser, role: Role) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return { page: await context.newPage(), close: () => context.close() };
}

test("an editor submits, the author can't approve their own, a second editor sends it back with a comment, then approves it, and the public sees it", async ({ page, browser }) => {
  // Two people, several rounds, and the public site: longer than a page visit.
  test.slow();
  const token = randomUUID().slice(0, 8);
  const name = `Reviewby ${token}`;
  const slug = `reviewby-${token}`;
  const placePage = await createPlace(page, { nameEn: name, slug, latitude: "61.5", longitude: "23.8" });
  await expect(page.getByRole("status")).toHaveText("Created. It is a draft: submit it for review when it is ready.");
  // An editor's page offers no Publish: only a submission.
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  // It has no Chinese name yet: submitted with its English one standing in (e2e/staff-translations.spec.ts).
  await page.getByLabel(acceptEnglishLabel).check();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status")).toHaveText("Submitted for review: another editor or an administrator will approve it or send it back.");
  const review = page.getByRole("region", { name: "Review" });
  await expect(review).toContainText("You submitted this for publication");
  // Its author is offered no approval, only a withdrawal.
  await expect(page.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  await expect(review.getByRole("button", { name: "Withdraw from review" })).toBeVisible();

  const visitor = await browser.newContext({ storageState: undefined });
  const pub = await visitor.newPage();
  expect((await pub.goto(`/en/cities/${slug}`))!.status()).toBe(404);

  // The second editor finds it waiting on the dashboard, and sends it back: a comment is needed.
  const second = await as(browser, "reviewer");
  await second.page.goto("/staff");
  const queue = second.page.getByRole("region", { name: /^Waiting for my review \(\d+\)$/ });
  await queue.getByRole("link", { name }).click();
  await expect(second.page.getByRole("region", { name: "Review" })).toContainText("Submitted for publication by Demo Editor");
  await second.page.getByRole("button", { name: "Send back" }).click();
  await expect(second.page.getByText("This field is required.")).toBeVisible();
  const comment = `Give ${name} its Chinese name before it goes out.`;
  await second.page.getByLabel("Comment for the author").fill(comment);
  await second.page.getByRole("button", { name: "Send back" }).click();
  await expect(second.page.getByRole("status")).toHaveText("Sent back to its author with your comment.");

  // The author sees the comment on the dashboard and on the record, and submits it again.
  await page.goto("/staff");
  const sentBack = page.getByRole("region", { name: /^Sent back to me \(\d+\)$/ });
  await expect(sentBack.getByRole("listitem").filter({ hasText: name })).toContainText(comment);
  await page.goto(placePage);
  await expect(page.getByRole("region", { name: "Review" })).toContainText(`Sent back by Demo Reviewer`);
  await expect(page.getByRole("region", { name: "Review" })).toContainText(comment);
  await page.getByLabel("Name in Chinese").fill(`瑞维比${token}`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  // With its Chinese name, nothing lacks Chinese: the choice is asked no more.
  await expect(page.getByLabel(acceptEnglishLabel)).toHaveCount(0);
  await page.getByRole("button", { name: "Submit again" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Submitted for review/);

  await second.page.goto(placePage);
  await expect(second.page.getByLabel(acceptEnglishLabel)).toHaveCount(0);
  await second.page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(second.page.getByRole("status")).toHaveText("Approved: the change is made, and the public site shows it now.");
  const history = second.page.getByRole("region", { name: "History" });
  await expect(history.getByText("Published by Demo Reviewer")).toBeVisible();
  await expect(history.getByRole("row", { name: /Submitted by.*Demo Editor/ })).toBeVisible();
  await second.close();

  expect((await pub.goto(`/en/cities/${slug}`))!.status()).toBe(200);
  await expect(pub.getByRole("heading", { level: 1 })).toContainText(name);
  await visitor.close();
});

test("an editor creates a place and submits it for review in one step; a second editor approves it and the public sees it", async ({ page, browser }) => {
  const token = randomUUID().slice(0, 8);
  const name = `Onestepby ${token}`;
  const slug = `onestepby-${token}`;
  await page.goto("/staff/places/new");
  await page.getByLabel("Name in English").fill(name);
  await page.getByLabel("Name in Chinese").fill("一步市");
  await page.getByLabel("Web address (slug)").fill(slug);
  await page.getByLabel("Country").selectOption("FI");
  await page.getByLabel("Continent").selectOption("europe");
  await expect(page.getByRole("button", { name: "Create", exact: true })).toHaveAccessibleDescription(/“Create” keeps the new record a draft/);
  await page.getByRole("button", { name: "Create and submit for review" }).click();
  await expect(page).toHaveURL(/\/staff\/places\/\d+\?notice=createdAndSubmitted$/);
  await expect(page.getByRole("status")).toHaveText("Created and submitted for review: another editor or an administrator will approve it or send it back.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("region", { name: "Review" })).toContainText("You submitted this for publication");
  const placePage = page.url().replace(/\?.*$/, "");

  const second = await as(browser, "reviewer");
  await second.page.goto("/staff");
  await second.page.getByRole("region", { name: /^Waiting for my review \(\d+\)$/ }).getByRole("link", { name }).click();
  await expect(second.page).toHaveURL(placePage);
  await second.page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(second.page.getByRole("status")).toHaveText("Approved: the change is made, and the public site shows it now.", { timeout: 15_000 });
  await second.close();
  const visitor = await browser.newContext({ storageState: undefined });
  expect((await visitor.request.get(`/en/cities/${slug}`)).status()).toBe(200);
  await visitor.close();
});

test.describe("as an administrator", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("publishing without review needs a reason, which the record then shows", async ({ page, browser }) => {
    const token = randomUUID().slice(0, 8);
    const name = `Fastby ${token}`;
    const placePage = await createPlace(page, { nameEn: name, slug: `fastby-${token}`, latitude: "61.5", longitude: "23.8" });
    await page.getByText("As an administrator, without review").click();
    await page.getByRole("button", { name: "Publish without review" }).click();
    await expect(page.getByText("This field is required.")).toBeVisible();
    expect((await (await browser.newContext()).request.get(`/en/cities/fastby-${token}`)).status()).toBe(404);

    const reason = "Announced at today's signing ceremony; the second editor is travelling.";
    await page.getByLabel("Reason for going without review").fill(reason);
    // Its submit form asks too (an administrator may submit for review): this is the one of the form without review.
    await page.locator("details").getByLabel(acceptEnglishLabel).check();
    await page.getByRole("button", { name: "Publish without review" }).click();
    await expect(page.getByRole("status")).toHaveText("Published: it is on the public site now.");
    await page.goto(placePage);
    await expect(page.getByText(`Published without review by Demo Administrator`)).toContainText(`Reason: ${reason}`);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an editor submits for review and a second editor approves, with plain forms", async ({ page, browser }) => {
    const token = randomUUID().slice(0, 8);
    const placePage = await createPlace(page, { nameEn: `Plainby ${token}`, slug: `plainby-${token}`, latitude: "61.5", longitude: "23.8" });
    await page.getByLabel(acceptEnglishLabel).check();
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Submitted for review/);
    const second = await browser.newContext({ storageState: storageStateOf("reviewer"), javaScriptEnabled: false });
    const reviewerPage = await second.newPage();
    await reviewerPage.goto(placePage);
    await reviewerPage.getByLabel(acceptEnglishLabel).check();
    await reviewerPage.getByRole("button", { name: "Approve and publish" }).click();
    await expect(reviewerPage.getByRole("status")).toHaveText("Approved: the change is made, and the public site shows it now.");
    await second.close();
  });

  test("an editor creates an event and submits it for review in one plain form post", async ({ page }) => {
    const title = `Plain one-step evening ${randomUUID().slice(0, 8)}`;
    await page.goto("/staff/events/new");
    await page.getByLabel("Title in English").fill(title);
    await page.getByLabel("Title in Chinese").fill("一步之夜");
    await page.getByLabel("Starts").fill("2027-06-12");
    await page.getByRole("button", { name: "Create and submit for review" }).click();
    await expect(page).toHaveURL(/\/staff\/events\/\d+\?notice=createdAndSubmitted$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("region", { name: "Review" })).toContainText("You submitted this for publication");
  });
});
