import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";
import { createPlace } from "./support/staff";

test.use({ storageState: storageStateOf("editor") });

test("an editor reads a place's history in words, compares its first version with the current one and restores it", async ({ page }) => {
  const name = `Historia ${randomUUID().slice(0, 8)}`;
  const address = await createPlace(page, { nameEn: name, latitude: "60.3", longitude: "25.0" });
  await expect(page.getByLabel("Kind")).toHaveValue("city");

  // Two edits: the kind and the name, then the population.
  await page.getByLabel("Kind").selectOption({ label: "Region" });
  await page.getByLabel("Name in English").fill(`${name} Region`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await page.getByLabel("Population").fill("250000");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");

  // The history says what changed in words: the kind by its label, not its stored value.
  const history = page.getByRole("region", { name: "History" });
  const entries = history.getByRole("listitem");
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(1).getByRole("row", { name: "Kind City Region" })).toBeVisible();
  await expect(entries.nth(1).getByRole("row", { name: `Name in English ${name} ${name} Region` })).toBeVisible();
  await expect(entries.nth(0).getByRole("row", { name: "Population (none) 250000" })).toBeVisible();
  await expect(entries.nth(2).getByRole("row", { name: "Country Finland (FI)" })).toBeVisible();
  await expect(entries.nth(0)).toContainText("This is the current version.");

  // The first version beside the current one: every field, those that differ marked in words.
  await entries.nth(2).getByRole("link", { name: /^Compare with current/ }).click();
  await expect(page).toHaveURL(/\?compare=\d+#compare$/);
  const comparison = page.getByRole("region", { name: /^The version of .+ and the current one$/ });
  await expect(comparison.getByText("3 fields differ (marked “Changed”).")).toBeVisible();
  await expect(comparison.getByRole("row", { name: "Kind Changed City Region" })).toBeVisible();
  await expect(comparison.getByRole("row", { name: `Name in English Changed ${name} ${name} Region` })).toBeVisible();
  await expect(comparison.getByRole("row", { name: "Country Finland (FI) Finland (FI)" })).toBeVisible();

  await comparison.getByRole("button", { name: "Restore this version" }).click();
  await expect(page).toHaveURL(`${address}?notice=versionRestored`);
  await expect(page.getByRole("status")).toHaveText("Restored: the record has that version's values again, saved as a new version.");
  // The form has the first version's values again.
  await expect(page.getByLabel("Kind")).toHaveValue("city");
  await expect(page.getByLabel("Name in English")).toHaveValue(name);
  await expect(page.getByLabel("Population")).toHaveValue("");
  // A new entry on top says which version it restored and what it changed back.
  await expect(entries).toHaveCount(4);
  await expect(entries.nth(0)).toContainText(/Restored the version of .+ Beijing time\./);
  await expect(entries.nth(0).getByRole("row", { name: "Kind Region City" })).toBeVisible();
  await expect(entries.nth(0)).toContainText("This is the current version.");
});
