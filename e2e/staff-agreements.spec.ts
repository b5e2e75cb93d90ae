import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";
import { publish } from "./support/staff";

test.use({ storageState: storageStateOf("editor") });

test("an editor records an agreement with two signatories on Jinan–Vantaa, publishes it, and the public sees it at once in both languages", async ({ page, browser }) => {
  // A visitor has the profile open (and cached) before the ceremony.
  const visitor = await browser.newContext({ storageState: undefined });
  const publicPage = await visitor.newPage();
  await publicPage.goto("/en/partners/jinan-vantaa");
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText("Jinan – Vantaa");
  await expect(publicPage.getByText("Memorandum on green building cooperation")).toHaveCount(0);

  await page.goto("/staff/partnerships?q=Vantaa");
  await page.getByRole("link", { name: "Jinan – Vantaa" }).click();
  await page.getByRole("link", { name: "Record agreement" }).click();
  await expect(page.getByRole("heading", { name: "Record an agreement" })).toBeVisible();
  // Opened from the partnership, the form is already linked to it, signed today.
  const picker = page.getByRole("group", { name: "Partnership", exact: true });
  await expect(picker.getByRole("listitem")).toHaveText([/Jinan – Vantaa/]);
  await expect(page.getByLabel("Signed on")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);

  await page.getByLabel("Title in English").fill("Memorandum on green building cooperation");
  await page.getByLabel("Title in Chinese").fill("绿色建筑合作备忘录");
  await page.getByLabel("Kind").selectOption({ label: "Memorandum of understanding" });
  const signatories = page.getByRole("group", { name: "Signatories" }).getByRole("listitem");
  await expect(signatories).toHaveCount(2);
  await signatories.nth(0).getByLabel("Name", { exact: true }).fill("Yu Haitian");
  await signatories.nth(0).getByLabel("Office held", { exact: true }).fill("Mayor of Jinan");
  await expect(signatories.nth(0).getByLabel("Side")).toHaveValue("home");
  await signatories.nth(1).getByLabel("Name", { exact: true }).fill("Ritva Viljanen");
  await signatories.nth(1).getByLabel("Name in Chinese").fill("丽特娃·维尔亚宁");
  await signatories.nth(1).getByLabel("Office held", { exact: true }).fill("Mayor of Vantaa");
  await expect(signatories.nth(1).getByLabel("Side")).toHaveValue("partner");
  await page.getByRole("button", { name: "Create", exact: true }).click();

  await expect(page).toHaveURL(/\/staff\/agreements\/\d+\?notice=created$/);
  await expect(page.getByRole("status")).toHaveText("Created. It is a draft: submit it for review when it is ready.");
  await publish(page);
  await expect(page.getByRole("region", { name: "History" }).getByText("Submitted for review by Demo Editor")).toBeVisible();
  await expect(page.getByRole("region", { name: "History" }).getByText("Published by Demo Reviewer")).toBeVisible();

  await publicPage.reload();
  const timeline = publicPage.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByRole("heading", { name: "Memorandum on green building cooperation" })).toBeVisible();
  await expect(timeline.getByText("Signatories: Yu Haitian (Mayor of Jinan); Ritva Viljanen (Mayor of Vantaa)")).toBeVisible();
  await publicPage.goto("/zh/partners/jinan-vantaa");
  const zh = publicPage.getByRole("region", { name: "大事记" });
  await expect(zh.getByRole("heading", { name: "绿色建筑合作备忘录" })).toBeVisible();
  await expect(zh.getByText("签署人：Yu Haitian（Mayor of Jinan）；丽特娃·维尔亚宁（Mayor of Vantaa）")).toBeVisible();
  await visitor.close();
});

test("the agreement form keeps what was typed, rows included, when a field needs attention", async ({ page }) => {
  await page.goto("/staff/agreements/new");
  const picker = page.getByRole("group", { name: "Partnership", exact: true });
  await expect(picker.getByText("No partnership chosen yet.")).toBeVisible();
  await picker.getByRole("combobox", { name: /Find a partnership/ }).fill("Vantaa");
  await picker.getByRole("option", { name: "Jinan – Vantaa" }).click();
  await page.getByLabel("Signed on").fill("2026-02-30");
  const signatories = page.getByRole("group", { name: "Signatories" }).getByRole("listitem");
  await signatories.nth(0).getByLabel("Name", { exact: true }).fill("Yu Haitian");
  await page.getByRole("button", { name: "Add a signatory" }).click();
  await expect(signatories).toHaveCount(3);
  await signatories.nth(2).getByLabel("Name", { exact: true }).fill("A third signatory");
  await page.getByRole("button", { name: "Create", exact: true }).click();

  // Every error at once, at the top, focused; each field has its message beside it.
  const summary = page.getByRole("main").getByRole("alert");
  await expect(summary.getByRole("heading")).toHaveText("There is a problem");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("listitem")).toHaveText([
    "Title in English: This field is required.",
    "Signed on: There is no such date.",
    "Signatory 1, Office held: This field is required.",
    "Signatory 3, Office held: This field is required.",
  ]);
  await expect(page.getByLabel("Title in English")).toHaveAccessibleDescription("This field is required.");
  await expect(page.getByLabel("Signed on")).toHaveAccessibleDescription(/There is no such date\./);
  await expect(page.getByLabel("Signed on")).toHaveValue("2026-02-30");
  await expect(signatories).toHaveCount(3);
  await expect(signatories.nth(0).getByLabel("Name", { exact: true })).toHaveValue("Yu Haitian");
  await expect(signatories.nth(2).getByLabel("Name", { exact: true })).toHaveValue("A third signatory");
  await expect(signatories.nth(0).getByLabel("Office held", { exact: true })).toHaveAccessibleDescription(/This field is required\.$/);
  await expect(picker.getByRole("listitem")).toHaveText([/Jinan – Vantaa/]);
});

test("without JavaScript, an agreement with two signatories can still be recorded", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("editor"), javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/staff/agreements/new");
  // No buttons that would need JavaScript; two signatory rows are there to fill.
  await expect(page.getByRole("button", { name: "Add a signatory" })).toHaveCount(0);
  await page.getByLabel("Kind").selectOption({ label: "Letter of intent" });
  // The partnership is found by a search the page answers, with what was typed kept.
  const picker = page.getByRole("group", { name: "Partnership", exact: true });
  await picker.getByRole("searchbox", { name: /Find a partnership/ }).fill("Jinan Vantaa");
  await picker.getByRole("button", { name: "Find" }).click();
  await expect(page.getByLabel("Kind")).toHaveValue("letter_of_intent");
  await picker.getByRole("radio", { name: "Jinan – Vantaa" }).check();
  const signatories = page.getByRole("group", { name: "Signatories" }).getByRole("listitem");
  await signatories.nth(0).getByLabel("Name", { exact: true }).fill("Yu Haitian");
  await signatories.nth(0).getByLabel("Office held", { exact: true }).fill("Mayor of Jinan");
  await signatories.nth(1).getByLabel("Name", { exact: true }).fill("Ritva Viljanen");
  await signatories.nth(1).getByLabel("Office held", { exact: true }).fill("Mayor of Vantaa");
  // The title is forgotten: the page comes back with the message and everything typed.
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert").getByRole("link", { name: "Title in English: This field is required." })).toBeVisible();
  await expect(page.getByLabel("Title in English")).toHaveAccessibleDescription("This field is required.");
  await expect(signatories.nth(1).getByLabel("Name", { exact: true })).toHaveValue("Ritva Viljanen");
  await expect(page.getByLabel("Kind")).toHaveValue("letter_of_intent");
  await page.getByLabel("Title in English").fill("Letter of intent on tourism");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/agreements\/\d+\?notice=created$/);
  await expect(page.getByRole("region", { name: "History" })).toContainText("1. Yu Haitian, Mayor of Jinan, Shandong side 2. Ritva Viljanen, Mayor of Vantaa, Partner side");
  await context.close();
});
