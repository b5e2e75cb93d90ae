import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";
import { acceptEnglishLabel, approveAsReviewer } from "./support/staff";

test.use({ storageState: storageStateOf("editor") });

test("an event written in English only: its page lists what lacks Chinese, submitting needs the choice, and once published the dashboard lists it and the Chinese page marks its English", async ({
  page,
  browser,
}) => {
  // Two people and the public site: longer than a page visit.
  test.slow();
  const token = randomUUID().slice(0, 8);
  const title = `Sauna evening ${token}`;
  await page.goto("/staff/events/new");
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Kind").selectOption({ label: "Culture week" });
  await page.getByLabel("Starts").fill("2027-09-18");
  await page.getByLabel("Description in English").fill("Finnish sauna culture, with the Vantaa delegation.");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/events\/\d+\?notice=created$/);
  const eventPage = page.url().replace(/\?.*$/, "");

  // The record's page names what lacks Chinese as the form labels it, each a link to its field.
  const translation = page.getByRole("region", { name: "Translation" });
  await expect(translation).toContainText("Missing Chinese: Title in Chinese, Description in Chinese");
  await expect(translation).toContainText("the Chinese pages show the English text, marked as English");
  await expect(translation.getByRole("link", { name: "Title in Chinese" })).toHaveAttribute("href", "#field-titleZh");
  await expect(page.locator("#field-titleZh")).toHaveAccessibleName(/^Title in Chinese/);

  // Submitting without the choice is refused, saying why; nothing is submitted.
  const lifecycle = page.getByRole("region", { name: "Publication and removal" });
  await lifecycle.getByRole("button", { name: "Submit for review" }).click();
  await expect(lifecycle.getByRole("alert")).toHaveText(
    "This record has no Chinese for: Title in Chinese, Description in Chinese. Add the Chinese text, or tick “Publish with the English text marked as English” to publish it as it is.",
  );
  await page.goto(eventPage);
  await expect(page.getByRole("region", { name: "Review" })).toHaveCount(0);

  // With it, it is submitted.
  const choice = page.getByLabel(acceptEnglishLabel);
  await expect(choice).toHaveAccessibleDescription("No Chinese yet for: Title in Chinese, Description in Chinese. The Chinese pages will show the English text, marked as English.");
  await choice.check();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Submitted for review/, { timeout: 15_000 });
  await expect(page.getByRole("region", { name: "Review" })).toContainText("You submitted this for publication");

  // The reviewer approves it, making the same choice (the helper ticks it where the page asks).
  await approveAsReviewer(browser, eventPage);
  await page.goto(eventPage);
  const publicHref = await page.getByRole("link", { name: "View on the public site" }).getAttribute("href");
  expect(publicHref).toMatch(/^\/en\/events\//);
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("row", { name: /English standing in for Chinese in/ }).first()).toBeVisible();

  // Published, it is on the dashboard's list, once, with what it lacks.
  await page.goto("/staff");
  const panel = page.getByRole("region", { name: /^Published, not fully translated \(\d+\)$/ });
  const item = panel.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("no Chinese: Title in Chinese, Description in Chinese");
  await item.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(eventPage);

  // The Chinese page shows its English title and description marked as English, in lang="en", and saying so.
  const visitor = await browser.newContext({ storageState: undefined });
  try {
    const pub = await visitor.newPage();
    await pub.goto(publicHref!.replace(/^\/en\//, "/zh/"));
    const heading = pub.getByRole("heading", { level: 1 });
    await expect(heading.locator('[lang="en"]')).toHaveText(title);
    await expect(heading).toContainText("（英文）");
    await expect(pub.locator('main [lang="en"]', { hasText: "Finnish sauna culture" })).toBeVisible();
  } finally {
    await visitor.close();
  }
});
