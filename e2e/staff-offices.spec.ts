import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";

test.use({ storageState: storageStateOf("qingdao") });

test("an editor of Qingdao's office works on Qingdao's ties, and reads the others' without a way to change them", async ({ page }) => {
  await page.goto("/staff");
  await expect(page.getByText("You work for Qingdao's office: you change its ties and their agreements, delegations and events, and read every office's records.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Records of Qingdao's office" })).toBeVisible();

  // The list opens on the office's own ties…
  await page.goto("/staff/partnerships");
  await expect(page.getByLabel("Office")).toHaveValue("");
  await expect(page.getByLabel("Office").locator("option:checked")).toHaveText("Qingdao's office");
  const rows = page.getByRole("table").getByRole("link");
  await expect(rows.filter({ hasText: "Qingdao – Shimonoseki" })).toBeVisible();
  await expect(rows.filter({ hasText: /^Jinan – / })).toHaveCount(0);
  // …and shows every office's when asked, the choice kept in its address and its exports.
  await page.goto("/staff/partnerships?office=all&q=vantaa");
  await expect(page.getByLabel("Office").locator("option:checked")).toHaveText("All offices");
  await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute("href", /office=all/);
  await rows.filter({ hasText: "Jinan – Vantaa" }).click();

  // Jinan's tie: read only, saying whose it is.
  await expect(page.getByText("This record belongs to another office's ties: you can read it; its office's staff, or the province's, change it.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Submit for review/ })).toHaveCount(0);

  // A new tie is Qingdao's: the only Shandong side offered, chosen already.
  await page.goto("/staff/partnerships/new");
  const home = page.getByLabel("Shandong side");
  await expect(home.locator("option:checked")).toHaveText("Qingdao");
  await expect(home.locator("option")).toHaveText(["Choose one of the office's places", "Qingdao"]);
});

test("an agreement on another city's tie is refused with the reason, and nothing is recorded", async ({ page }) => {
  await page.goto("/staff/agreements/new");
  const picker = page.getByRole("group", { name: "Partnership", exact: true });
  await picker.getByRole("combobox", { name: /Find a partnership/ }).fill("Vantaa");
  await picker.getByRole("option", { name: "Jinan – Vantaa" }).click();
  await page.getByLabel("Title in English").fill("Memorandum on vocational schools");
  await page.getByLabel("Kind").selectOption({ label: "Memorandum of understanding" });
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page.getByText("Your office changes only its own ties and what belongs to them: choose your city as the Shandong side, or link one of your office's partnerships. Nothing was saved.")).toBeVisible();
  await expect(page).toHaveURL(/\/staff\/agreements\/new$/);
  // What was typed is kept.
  await expect(page.getByLabel("Title in English")).toHaveValue("Memorandum on vocational schools");
  await page.goto("/staff/agreements?office=all&q=vocational");
  await expect(page.getByText("Nothing matches these filters.")).toBeVisible();
});
