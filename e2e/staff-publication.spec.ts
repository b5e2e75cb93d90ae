import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";
import { createPartnership, createPlace, publish } from "./support/staff";

test.use({ storageState: storageStateOf("editor") });
// Several records made, reviewed and published by two people, then checked on public pages: longer than a page visit.
test.slow();

test("a new partnership is a 404 to the public while it is a draft, and shows in both languages once published", async ({ page, browser }) => {
  // A new partner place, then the partnership, both drafts.
  const placePage = await createPlace(page, { nameEn: "Espoo", nameZh: "埃斯波", latitude: "60.21", longitude: "24.66" });
  await createPartnership(page, { home: "Qingdao", partner: "Espoo", established: "2026-11", summaryEn: "Qingdao and Espoo agreed to cooperate on technology." });

  const visitor = await browser.newContext({ storageState: undefined });
  const pub = await visitor.newPage();
  expect((await pub.goto("/en/partners/qingdao-espoo"))!.status()).toBe(404);

  await publish(page);
  // Published, but its partner place is still a draft: the page says what is missing.
  await expect(page.getByText("Not on the public site yet: it is published, but Espoo is a draft: publish it too.")).toBeVisible();
  expect((await pub.goto("/en/partners/qingdao-espoo"))!.status()).toBe(404);

  await page.goto(placePage);
  await publish(page);

  expect((await pub.goto("/en/partners/qingdao-espoo"))!.status()).toBe(200);
  await expect(pub.getByRole("heading", { level: 1 })).toHaveText("Qingdao – Espoo");
  await pub.goto("/zh/partners/qingdao-espoo");
  await expect(pub.getByRole("heading", { level: 1 })).toHaveText("青岛市—埃斯波");
  await pub.goto("/en/partners?q=Espoo");
  await expect(pub.getByRole("link", { name: "Espoo" })).toBeVisible();
  await visitor.close();
});
