import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./support/accounts";

test.use({ storageState: storageStateOf("editor") });
// Each test uploads, previews and applies several files: longer than a page visit.
test.slow();

const header = "home_city,home_city_zh,partner_city,partner_region,country,country_iso2,relationship_type,established_year,source";

/** A CSV of the import's columns; each test names places of its own, so specs running alongside never meet them. */
const csv = (...rows: string[]) => Buffer.from([header, ...rows].join("\r\n") + "\r\n");

/** Uploads a file on /staff/import and waits for its preview. */
async function upload(page: Page, name: string, buffer: Buffer): Promise<string> {
  await page.goto("/staff/import");
  await page.getByLabel("File to import").setInputFiles({ name, mimeType: "text/csv", buffer });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await page.waitForURL(/\/staff\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Preview of ${name}`);
  return page.url();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
}

const tab = (page: Page, name: RegExp) => page.getByRole("navigation", { name: "Rows by outcome" }).getByRole("link", { name });
const row = (page: Page, line: number) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: String(line), exact: true }) });

test("an editor previews new, changed and refused rows with their reasons, applies them as drafts, and a second upload changes nothing", async ({ page, browser }) => {
  const town = `Lemvig ${Date.now().toString(36)}`;
  const slug = `qingdao-${town.toLowerCase().replace(/ /g, "-")}`;
  await upload(page, "first.csv", csv(`Qingdao,青岛市,${town},Central Denmark,Denmark,DK,friendly_cooperation,2015,https://example.org/lemvig`, `Qingdao,青岛市,Atlantis,,Atlantis,XA,sister_city,2001,https://example.org/atlantis`));
  await expect(page.getByText("This is a preview: nothing has been written yet.")).toBeVisible();
  await expect(tab(page, /^New \(1\)$/)).toBeVisible();
  await expect(tab(page, /^Refused \(1\)$/)).toBeVisible();
  await expect(row(page, 2)).toContainText(`Adds the partnership and the new place ${town} (City).`);
  // The refusal sits in the cell it is about.
  await expect(row(page, 3).getByRole("cell").filter({ hasText: /^XA Atlantis/ })).toContainText('"XA" is not a country code');
  await expect(page.getByText("The refused row is left out unless you ask for all or nothing.")).toBeVisible();
  // An editor's import brings drafts, to be reviewed: publishing at once is not offered.
  await expect(page.getByRole("link", { name: "Published", exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Nothing was written by the preview.
  await page.goto(`/staff/partnerships?q=${encodeURIComponent(town)}`);
  await expect(page.getByText("Nothing matches these filters.")).toBeVisible();
  await page.goBack();

  await page.getByRole("button", { name: "Apply the import" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Imported from first.csv");
  await expect(page.getByRole("status").filter({ hasText: "The import was applied" })).toBeVisible();
  await expect(page.getByText("One partnership created, none changed, none already up to date, 1 refused and left out.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "See the new drafts in the partnerships list" }).click();
  await expect(page.getByRole("link", { name: `Qingdao – ${town}` })).toBeVisible();

  // A draft is not public.
  const visitor = await browser.newContext({ storageState: undefined });
  expect((await (await visitor.newPage()).goto(`/en/partners/${slug}`))!.status()).toBe(404);
  await visitor.close();

  // The same tie with another year is a change, shown in words in its cell.
  await upload(page, "second.csv", csv(`Qingdao,青岛市,${town.toUpperCase()},Central Denmark,Denmark,DK,friendly_cooperation,2016,https://example.org/lemvig`));
  await expect(tab(page, /^Changed \(1\)$/)).toBeVisible();
  await expect(row(page, 2).getByRole("cell").filter({ hasText: /^2016/ })).toContainText("Established: 2015 → 2016");
  await page.getByRole("button", { name: "Apply the import" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Imported from second.csv");
  await expect(page.getByRole("region", { name: /^Changed/ })).toContainText("Established: 2015 → 2016");

  // The same file again: nothing to apply.
  await upload(page, "second.csv", csv(`Qingdao,青岛市,${town},Central Denmark,Denmark,DK,friendly_cooperation,2016,https://example.org/lemvig`));
  await expect(tab(page, /^Unchanged \(1\)$/)).toBeVisible();
  await expect(page.getByText("Nothing to apply: every row is already recorded as the file says, or refused.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply the import" })).toHaveCount(0);
});

test.describe("as an administrator", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("imported as published (without review, as only an administrator may), a partnership is on the public site at once; a second tab can't apply the same upload again", async ({ page, browser }) => {
    const town = `Sønderborg ${Date.now().toString(36)}`;
    const preview = await upload(page, "published.csv", csv(`Jinan,济南市,${town},Southern Denmark,Denmark,DK,sister_city,2012,https://example.org/sonderborg`));
    await page.getByRole("link", { name: "Published", exact: true }).click();
    await expect(page.getByText("Everything the import creates or changes is published at once")).toBeVisible();
    const other = await page.context().newPage();
    await other.goto(page.url());

    await page.getByRole("button", { name: "Apply the import" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Imported from published.csv");
    await expect(page.getByText(/as published\.$/)).toBeVisible();

    const visitor = await browser.newContext({ storageState: undefined });
    const pub = await visitor.newPage();
    await pub.goto(`/en/partners?q=${encodeURIComponent(town)}`);
    await pub.getByRole("link", { name: town }).first().click();
    await expect(pub.getByRole("heading", { level: 1 })).toHaveText(`Jinan – ${town}`);
    await visitor.close();

    // The other tab still shows the preview; applying there shows what was done, and does nothing again.
    await other.getByRole("button", { name: "Apply the import" }).click();
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Imported from published.csv");
    await expect(other.getByText("One partnership created, none changed")).toBeVisible();
    expect(other.url().split("?")[0]).toBe(preview);
  });
});

test("a file that is not a spreadsheet is refused on the upload page and nothing is kept", async ({ page }) => {
  await page.goto("/staff/import");
  await expectNoAxeViolations(page);
  const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
  await page.getByLabel("File to import").setInputFiles({ name: "partners.csv", mimeType: "text/csv", buffer: png });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "The file can't be imported" });
  await expect(alert).toContainText("The file can't be imported, so nothing was kept or changed: This is not a CSV or XLSX file.");
  await expect(page).toHaveURL(/\/staff\/import$/);

  await page.getByLabel("File to import").setInputFiles({ name: "columns.csv", mimeType: "text/csv", buffer: Buffer.from("city,country\r\nVantaa,FI\r\n") });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(alert).toContainText("missing required columns: home_city, home_city_zh");
});

test.describe("a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });
  test("can't open the import page, and isn't offered it", async ({ page }) => {
    const response = await page.goto("/staff/import");
    expect(response!.status()).toBe(403);
    await page.goto("/staff");
    await expect(page.getByRole("navigation", { name: "Staff workspace" }).getByRole("link", { name: "Import" })).toHaveCount(0);
  });
});
