import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";

test.use({ storageState: storageStateOf("editor") });

test("a new partnership is a 404 to the public while it is a draft, and shows in both languages once published", async ({ page, browser }) => {
  // A new partner place, then the partnership, both drafts.
  await page.goto("/staff/places/new");
  await page.getByLabel("Name in English").fill("Espoo");
  await page.getByLabel("Name in Chinese").fill("埃斯波");
  await page.getByLabel("Country").selectOption("FI");
  await page.getByLabel("Continent").selectOption("europe");
  await page.getByLabel("Latitude").fill("60.21");
  await page.getByLabel("Longitude").fill("24.66");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/staff\/places\/\d+\?notice=created$/);
  const placePage = page.url().replace(/\?.*$/, "");

  await page.goto("/staff/partnerships/new");
  await page.getByLabel("Shandong side").selectOption({ label: "Qingdao" });
  await page.getByLabel("Partner place").selectOption({ label: "Espoo" });
  await page.getByLabel("Type").selectOption({ label: "Friendly-cooperation city" });
  await page.getByLabel("Established").fill("2026-11");
  await page.getByLabel("Summary in English").fill("Qingdao and Espoo agreed to cooperate on technology.");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/staff\/partnerships\/\d+\?notice=created$/);

  const visitor = await browser.newContext({ storageState: undefined });
  const pub = await visitor.newPage();
  expect((await pub.goto("/en/partners/qingdao-espoo"))!.status()).toBe(404);

  await page.getByRole("button", { name: "Publish" }).click();
  // Published, but its partner place is still a draft: the page says what is missing.
  await expect(page.getByText("Not on the public site yet: it is published, but Espoo is a draft: publish it too.")).toBeVisible();
  expect((await pub.goto("/en/partners/qingdao-espoo"))!.status()).toBe(404);

  await page.goto(placePage);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status")).toHaveText("Published: it is on the public site now.");

  expect((await pub.goto("/en/partners/qingdao-espoo"))!.status()).toBe(200);
  await expect(pub.getByRole("heading", { level: 1 })).toHaveText("Qingdao – Espoo");
  await pub.goto("/zh/partners/qingdao-espoo");
  await expect(pub.getByRole("heading", { level: 1 })).toHaveText("青岛市 – 埃斯波");
  await pub.goto("/en/partners?q=Espoo");
  await expect(pub.getByRole("link", { name: "Espoo" })).toBeVisible();
  await visitor.close();
});
