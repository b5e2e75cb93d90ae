import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./support/accounts";

test.use({ storageState: storageStateOf("editor") });

/** The agreement form filled with three mistakes: no partnership chosen, no title, an expiry before the signing. */
async function submitFaultyAgreement(page: Page) {
  await page.goto("/staff/agreements/new");
  await page.getByLabel("Status").selectOption({ label: "Signed" });
  await page.getByLabel("Signed on").fill("2026-11-20");
  await page.getByLabel("Expires on").fill("2026-01-01");
  await page.getByRole("group", { name: "Signatories" }).getByRole("listitem").nth(0).getByLabel("Name", { exact: true }).fill("Yu Haitian");
  await page.getByRole("button", { name: "Create", exact: true }).click();
}

const agreementErrors = [
  "Partnership: Choose an existing record.",
  "Title in English: This field is required.",
  "Expires on: It can't expire before it was signed.",
  "Signatory 1, Office held: This field is required.",
];

test("a form with several errors, one of them between two fields, lists them all at once at the top, each a link to its field", async ({ page }) => {
  await submitFaultyAgreement(page);
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeVisible();
  // It takes the focus when it appears, so it is read out and the next Tab leads through its links.
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("listitem")).toHaveText(agreementErrors);
  // The old one-line message is gone; each field still says what is wrong beside it.
  await expect(page.getByText("Some fields need attention")).toHaveCount(0);
  await expect(page.getByLabel("Expires on")).toHaveAccessibleDescription(/It can't expire before it was signed\./);
  await expect(page.getByLabel("Title in English")).toHaveAccessibleDescription("This field is required.");

  await summary.getByRole("link", { name: "Expires on: It can't expire before it was signed." }).click();
  await expect(page.getByLabel("Expires on")).toBeFocused();
  await summary.getByRole("link", { name: "Signatory 1, Office held: This field is required." }).click();
  await expect(page.getByRole("group", { name: "Signatories" }).getByRole("listitem").nth(0).getByLabel("Office held", { exact: true })).toBeFocused();
  await summary.getByRole("link", { name: "Partnership: Choose an existing record." }).click();
  await expect(page.getByRole("combobox", { name: /Find a partnership/ })).toBeFocused();

  // Once the first round is corrected, nothing else comes up: the save goes through.
  await page.getByRole("combobox", { name: /Find a partnership/ }).fill("Vantaa");
  await page.getByRole("option", { name: "Jinan – Vantaa" }).click();
  await page.getByLabel("Title in English").fill("Memorandum on port logistics");
  await page.getByLabel("Expires on").fill("2031-11-20");
  await page.getByRole("group", { name: "Signatories" }).getByRole("listitem").nth(0).getByLabel("Office held", { exact: true }).fill("Mayor of Jinan");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/agreements\/\d+\?notice=created$/);
});

test("a partnership whose pair and address are taken says so with the form's other errors, in one answer", async ({ page }) => {
  await page.goto("/staff/partnerships/new");
  await page.getByLabel("Shandong side", { exact: true }).selectOption({ label: "Jinan" });
  await page.getByLabel("Partner place", { exact: true }).selectOption({ label: "Vantaa" });
  await page.getByLabel("Established").fill("2001-02-30");
  await page.getByLabel("Web address (slug)").fill("jinan-coventry");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary.getByRole("listitem")).toHaveText([
    "Partner place: These two places already have a partnership.",
    "Established: There is no such date.",
    "Web address (slug): Another record already uses this address: choose another.",
  ]);
  await summary.getByRole("link", { name: /^Partner place/ }).click();
  await expect(page.getByLabel("Partner place", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Partner place", { exact: true })).toHaveAccessibleDescription("These two places already have a partnership.");
});

test("a signatory's office is marked as needed, and says when", async ({ page }) => {
  await page.goto("/staff/agreements/new");
  const row = page.getByRole("group", { name: "Signatories" }).getByRole("listitem").nth(0);
  await expect(row.getByLabel("Office held", { exact: true })).toHaveAttribute("required", "");
  await expect(row.getByLabel("Office held", { exact: true })).toHaveAccessibleDescription(/Needed when a name is given/);
  await expect(row.getByLabel("Name", { exact: true })).toHaveAttribute("required", "");
  // The fields that may stay empty say so, as on the rest of the form.
  await expect(row.getByLabel("Office in Chinese (optional)")).not.toHaveAttribute("required", "");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page comes back with the same summary, and its links lead to the fields", async ({ page }) => {
    await submitFaultyAgreement(page);
    const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "There is a problem" }) });
    await expect(summary.getByRole("listitem")).toHaveText(agreementErrors);
    await expect(summary).toBeFocused();
    await expect(page.getByLabel("Title in English")).toHaveAccessibleDescription("This field is required.");
    await expect(page.getByLabel("Expires on")).toHaveValue("2026-01-01");

    await summary.getByRole("link", { name: "Title in English: This field is required." }).click();
    await expect(page).toHaveURL(/#field-titleEn$/);
    await expect(page.getByLabel("Title in English")).toBeFocused();
    await summary.getByRole("link", { name: "Partnership: Choose an existing record." }).click();
    await expect(page.getByRole("searchbox", { name: /Find a partnership/ })).toBeFocused();
  });
});
