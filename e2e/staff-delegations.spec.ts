import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";

test.use({ storageState: storageStateOf("editor") });

test("an editor records a delegation linked to two partnerships, with two enterprises and their deals", async ({ page }) => {
  await page.goto("/staff/delegations/new");
  await page.getByLabel("Title in English").fill("Finnish and British trade delegation to Jinan");
  await page.getByLabel("Direction").selectOption({ label: "Incoming" });
  await page.getByLabel("Starts").fill("2027-03-15");
  await page.getByLabel("Ends").fill("2027-03-18");
  await page.getByLabel("Led by").fill("Ritva Viljanen");

  const picker = page.getByRole("group", { name: "Partnerships" });
  await picker.getByLabel(/Find a partnership/).fill("vantaa");
  await picker.getByRole("button", { name: "Add Jinan – Vantaa" }).click();
  // Chinese names find partnerships too.
  await picker.getByLabel(/Find a partnership/).fill("考文垂");
  await picker.getByRole("button", { name: "Add Jinan – Coventry" }).click();
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
  await page.getByRole("button", { name: "Create" }).click();

  await expect(page).toHaveURL(/\/staff\/delegations\/\d+\?notice=created$/);
  await expect(page.getByRole("group", { name: "Partnerships" }).getByRole("listitem")).toHaveText([/Jinan – Coventry/, /Jinan – Vantaa/]);
  await expect(enterprises.nth(0).getByLabel("Deal amount")).toHaveValue("10000000.5");
  await expect(enterprises.nth(1).getByLabel("Currency")).toHaveValue("GBP");

  // Published, it shows on the public delegations page with the deals exactly, in both languages.
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status")).toHaveText("Published: it is on the public site now.");
  await page.goto("/en/delegations");
  const item = page.getByRole("listitem").filter({ hasText: "Finnish and British trade delegation to Jinan" }).first();
  await expect(item).toContainText("Vantaa Energy");
  await expect(item).toContainText("€10,000,000.50");
  await expect(item).toContainText("£2,500,000");
});

test("a delegation's partnerships can be chosen without JavaScript, in a plain list", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("editor"), javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/staff/delegations/new");
  await page.getByLabel("Title in English").fill("Delegation from Coventry");
  await page.getByLabel("Starts").fill("2027-05");
  await page.getByLabel("Partnerships").selectOption([{ label: "Jinan – Coventry" }, { label: "Jinan – Vantaa" }]);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/staff\/delegations\/\d+\?notice=created$/);
  await expect(page.getByLabel("Partnerships").locator("option:checked")).toHaveText(["Jinan – Coventry", "Jinan – Vantaa"]);
  await context.close();
});
