import { expect, test } from "@playwright/test";

test("the home page shows the demo partnerships with figures computed from them", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shandong's sister cities and partner regions");
  const figure = (label: string) => page.locator(`dt:text-is("${label}") + dd`);
  await expect(figure("Partnerships")).toHaveText("136");
  await expect(page.getByText("The first tie: Qingdao and Shimonoseki, 1979.")).toBeVisible();
  const qingdao = page.getByRole("region", { name: /^Qingdao/ });
  await expect(qingdao.getByRole("row", { name: /Shimonoseki.*Japan Sister city 1979/ })).toBeVisible();
  const jinan = page.getByRole("region", { name: /^Jinan/ });
  await expect(jinan.getByRole("row", { name: /Vantaa.*Finland Sister city 2001/ })).toBeVisible();
});

test("the home page fits a 360 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
