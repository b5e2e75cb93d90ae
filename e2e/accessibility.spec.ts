import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// One page of each public type, in both languages, checked against WCAG 2.2 A and AA by axe-core.
const pages = [
  "/",
  "/partners",
  "/partners?q=Japan&type=sister_city",
  "/partners?q=Atlantis",
  "/partners/shandong-quebec",
  "/cities/jinan",
  "/cities/vantaa",
  "/countries/jp",
  "/map",
  "/events",
  "/events/jinan-sister-cities-online-conference-2021",
  "/delegations",
  "/agreements",
  "/about",
  "/partners/atlantis-utopia",
];

for (const locale of ["en", "zh"]) {
  for (const path of pages) {
    test(`axe finds no WCAG 2.2 AA violation on /${locale}${path}`, async ({ page }) => {
      await page.goto(`/${locale}${path === "/" ? "" : path}`);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    });
  }
}

test("keyboard users can skip to the content and see where focus is", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
