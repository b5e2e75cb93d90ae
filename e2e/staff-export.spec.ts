import fs from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";

test.describe("as an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("exports the filtered partnerships list, every page of it, as a CSV in the import's columns", async ({ page }) => {
    await page.goto("/staff/partnerships");
    await page.getByLabel("Type").selectOption({ label: "Sister city" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/type=sister_city/);
    const status = await page.getByRole("status").filter({ hasText: /records?$/ }).textContent();
    const count = Number(/(\d+) records?/.exec(status ?? "")?.[1]);
    expect(count).toBeGreaterThan(0);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^amity-partnerships-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse(await fs.readFile((await download.path())!), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(count);
    for (const row of rows) {
      expect(row.relationship_type).toBe("sister_city");
    }
    // The names the page shows (its first page of several) begin the file, in the same order.
    const shown = await page.getByRole("table").getByRole("link").allTextContents();
    expect(rows.length).toBeGreaterThan(shown.length);
    expect(rows.slice(0, shown.length).map((r) => `${r.home_city} – ${r.partner_city}`)).toEqual(shown);
  });
});
