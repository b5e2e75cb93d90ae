import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";
import { createPartnership, createPlace, publish } from "./support/staff";

/** What a user walk-through of the staff area found slow or confusing (issue 16), as staff meet it now. */
test.use({ storageState: storageStateOf("editor") });

test("'Record an agreement' on the dashboard finds the partnership by typing, not in a drop-down of every tie", async ({ page }) => {
  await page.goto("/staff");
  await page.getByRole("navigation", { name: "Record something" }).getByRole("link", { name: "Record an agreement" }).click();
  await expect(page.getByRole("heading", { name: "Record an agreement" })).toBeVisible();
  // No drop-down on the page lists the partnerships: the longest is a short list of kinds or stages.
  const longest = await page.locator("select").evaluateAll((selects) => Math.max(...selects.map((s) => (s as HTMLSelectElement).options.length)));
  expect(longest).toBeLessThan(20);

  const picker = page.getByRole("group", { name: "Partnership", exact: true });
  await expect(picker.getByText("No partnership chosen yet.")).toBeVisible();
  await picker.getByRole("combobox", { name: /Find a partnership/ }).fill("vantaa");
  await expect(picker.getByRole("option")).toHaveText(["Jinan – Vantaa"]);
  await picker.getByRole("option", { name: "Jinan – Vantaa" }).click();
  await expect(picker.getByRole("listitem")).toHaveText([/Jinan – Vantaa/]);

  const title = `Letter on school exchanges ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Title in English").fill(title);
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/agreements\/\d+\?notice=created$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("group", { name: "Partnership", exact: true }).getByRole("listitem")).toHaveText([/Jinan – Vantaa/]);
});

test("the event form offers the time zones to choose from, the office's first, and says how to put a wrong one right", async ({ page }) => {
  await page.goto("/staff/events/new");
  const zone = page.getByLabel("Time zone");
  await expect(zone).toHaveValue("Asia/Shanghai");
  const offered = await zone.evaluate((input) => [...((input as HTMLInputElement).list?.options ?? [])].map((o) => o.value));
  expect(offered[0]).toBe("Asia/Shanghai");
  expect(offered).toEqual(expect.arrayContaining(["Europe/Helsinki", "Asia/Tokyo", "America/Toronto", "UTC"]));
  expect(offered.length).toBeGreaterThan(300);

  await page.getByLabel("Title in English").fill(`Sauna culture evening ${randomUUID().slice(0, 8)}`);
  await page.getByLabel("Starts").fill("2027-05-20");
  await page.getByLabel("Start time").fill("18:00");
  await zone.fill("Helsinki");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(zone).toHaveAccessibleDescription(/Choose a time zone from the list, such as Asia\/Shanghai\./);
  await expect(zone).toHaveValue("Helsinki");

  await zone.fill("Europe/Helsinki");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/events\/\d+\?notice=created$/);
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Helsinki");
});

test("the dashboard lists a tie known only by its year under this year, once, with no day made up", async ({ page }) => {
  const token = randomUUID().slice(0, 8);
  const year = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()).slice(0, 4));
  const partner = `Yearby ${token}`;
  await createPlace(page, { nameEn: partner, slug: `yearby-${token}` });
  await createPartnership(page, { home: "Jinan", partner, slug: `jinan-yearby-${token}`, established: String(year - 30) });

  await page.goto("/staff");
  const panel = page.getByRole("region", { name: "Anniversaries in the next 90 days" });
  const thisYear = panel.getByRole("list", { name: `This year (${year}), dates not recorded` });
  await expect(thisYear.getByRole("listitem").filter({ hasText: `Jinan – ${partner}` })).toHaveText(`30 years · Jinan – ${partner} · in ${year}`);
  // Listed there and nowhere else in the panel.
  await expect(panel.getByRole("link", { name: `Jinan – ${partner}` })).toHaveCount(1);
});

test("a partnership's public timeline says what kind of agreement it is and where it was signed, in both languages", async ({ page, browser }) => {
  // An agreement made, reviewed and published, then read on the public site in two languages.
  test.slow();
  const title = `Memorandum on port tourism ${randomUUID().slice(0, 8)}`;
  await page.goto("/staff/agreements/new");
  const picker = page.getByRole("group", { name: "Partnership", exact: true });
  await picker.getByRole("combobox", { name: /Find a partnership/ }).fill("Weihai Ube");
  await picker.getByRole("option", { name: "Weihai – Ube" }).click();
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Kind").selectOption({ label: "Memorandum of understanding" });
  await page.getByLabel("Signed at (English)").fill("Ube City Hall");
  await page.getByLabel("Signed at (Chinese)").fill("宇部市政厅");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/agreements\/\d+\?notice=created$/);
  await publish(page);

  const visitor = await browser.newContext({ storageState: undefined });
  const publicPage = await visitor.newPage();
  await publicPage.goto("/en/partners/weihai-ube");
  const entry = publicPage.getByRole("region", { name: "Timeline" }).getByRole("listitem").filter({ hasText: title });
  await expect(entry).toContainText(/^Agreement · Memorandum of understanding · \d{1,2} \w+ \d{4}/);
  await expect(entry).toContainText("Place of signing: Ube City Hall");
  await publicPage.goto("/zh/partners/weihai-ube");
  const zh = publicPage.getByRole("region", { name: "大事记" }).getByRole("listitem").filter({ hasText: title });
  await expect(zh).toContainText(/^协议 · 谅解备忘录 · \d{4}年\d{1,2}月\d{1,2}日/);
  await expect(zh).toContainText("签署地点：宇部市政厅");
  await visitor.close();
});
