import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";
import { publish } from "./support/staff";

test.use({ storageState: storageStateOf("editor") });

test("an editor records a delegation linked to two partnerships, with two enterprises and their deals", async ({ page }) => {
  await page.goto("/staff/delegations/new");
  await page.getByLabel("Title in English").fill("Finnish and British trade delegation to Jinan");
  await page.getByLabel("Direction").selectOption({ label: "Incoming" });
  await page.getByLabel("Starts").fill("2027-03-15");
  await page.getByLabel("Ends").fill("2027-03-18");
  await page.getByLabel("Led by").fill("Ritva Viljanen");

  // The picker asks the server as one types: a click takes a match, and so do the arrow keys and Enter.
  const picker = page.getByRole("group", { name: "Partnerships" });
  const find = picker.getByRole("combobox", { name: /Find a partnership/ });
  await find.fill("jinan vantaa");
  await picker.getByRole("option", { name: "Jinan – Vantaa" }).click();
  await expect(find).toHaveValue("");
  // Chinese names find partnerships too.
  await find.fill("考文垂");
  await expect(picker.getByRole("option", { name: "Jinan – Coventry" })).toBeVisible();
  await expect(find).toHaveAttribute("aria-expanded", "true");
  await find.press("ArrowDown");
  await expect(picker.getByRole("option", { name: "Jinan – Coventry" })).toHaveAttribute("aria-selected", "true");
  await find.press("Enter");
  await expect(find).toHaveAttribute("aria-expanded", "false");
  // The chosen ones, in alphabetical order.
  await expect(picker.getByRole("listitem")).toHaveText([/Jinan – Coventry/, /Jinan – Vantaa/]);

  const enterprises = page.getByRole("group", { name: "Enterprises and their deals" }).getByRole("listitem");
  await enterprises.nth(0).getByLabel("Name in English").fill("Vantaa Energy");
  await enterprises.nth(0).getByLabel("Deal amount").fill("10,000,000.50");
  await enterprises.nth(0).getByLabel("Currency").fill("EUR");
  await page.getByRole("button", { name: "Add an enterprise" }).click();
  await enterprises.nth(1).getByLabel("Name in English").fill("Coventry Motors");
  await enterprises.nth(1).getByLabel("Deal amount").fill("2500000");
  await enterprises.nth(1).getByLabel("Currency").fill("gbp");
  await page.getByRole("button", { name: "Create", exact: true }).click();

  await expect(page).toHaveURL(/\/staff\/delegations\/\d+\?notice=created$/);
  await expect(page.getByRole("group", { name: "Partnerships" }).getByRole("listitem")).toHaveText([/Jinan – Coventry/, /Jinan – Vantaa/]);
  await expect(enterprises.nth(0).getByLabel("Deal amount")).toHaveValue("10000000.5");
  await expect(enterprises.nth(1).getByLabel("Currency")).toHaveValue("GBP");

  // Published, it shows on the public delegations page with the deals exactly, in both languages.
  await publish(page);
  await page.goto("/en/delegations");
  const item = page.getByRole("listitem").filter({ hasText: "Finnish and British trade delegation to Jinan" }).first();
  await expect(item).toContainText("Vantaa Energy");
  await expect(item).toContainText("€10,000,000.50");
  await expect(item).toContainText("£2,500,000");
});

test("without JavaScript, a delegation's partnerships are found by a search the page answers, keeping what was typed", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("editor"), javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/staff/delegations/new");
  const picker = page.getByRole("group", { name: "Partnerships" });
  // The page lists no partnership until one is searched for.
  await expect(picker.getByRole("checkbox")).toHaveCount(0);
  await page.getByLabel("Title in English").fill("Delegation from Coventry");
  await page.getByLabel("Starts").fill("2027-05");
  await picker.getByRole("searchbox", { name: /Find a partnership/ }).fill("Coventry");
  await picker.getByRole("button", { name: "Find" }).click();
  await expect(page.getByLabel("Title in English")).toHaveValue("Delegation from Coventry");
  await expect(page.getByLabel("Starts")).toHaveValue("2027-05");
  await picker.getByRole("checkbox", { name: "Jinan – Coventry" }).check();
  await picker.getByRole("searchbox", { name: /Find a partnership/ }).fill("万塔");
  await picker.getByRole("button", { name: "Find" }).click();
  await expect(picker.getByRole("checkbox", { name: "Jinan – Coventry" })).toBeChecked();
  await picker.getByRole("checkbox", { name: "Jinan – Vantaa" }).check();
  await picker.getByRole("searchbox", { name: /Find a partnership/ }).fill("Atlantis");
  await picker.getByRole("button", { name: "Find" }).click();
  await expect(picker.getByText("No partnership matches.")).toBeVisible();
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/delegations\/\d+\?notice=created$/);
  await expect(page.getByLabel("Title in English")).toHaveValue("Delegation from Coventry");
  await expect(picker.getByRole("checkbox", { checked: true })).toHaveCount(2);
  await expect(picker.getByRole("checkbox", { name: "Jinan – Coventry" })).toBeChecked();
  await expect(picker.getByRole("checkbox", { name: "Jinan – Vantaa" })).toBeChecked();
  await context.close();
});
