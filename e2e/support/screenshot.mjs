// Takes screenshots of pages as a visitor sees them: node e2e/support/screenshot.mjs BASE_URL OUT_DIR [path[@width] ...]
// Signs in first when AMITY_SHOT_EMAIL and AMITY_SHOT_PASSWORD are set.
import { chromium } from "@playwright/test";
import { chromiumArgs, findChromium } from "../browser.cjs";

const [base, out, ...targets] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs });
const context = await browser.newContext();
const page = await context.newPage();
if (process.env.AMITY_SHOT_EMAIL) {
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(process.env.AMITY_SHOT_EMAIL);
  await page.getByLabel("Password").fill(process.env.AMITY_SHOT_PASSWORD ?? "");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/staff/);
}
for (const target of targets) {
  const [path, width = "1440"] = target.split("@");
  await page.setViewportSize({ width: Number(width), height: 900 });
  await page.goto(`${base}${path}`, { waitUntil: "load" });
  const file = `${out}/${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${width}.png`;
  await page.screenshot({ path: file, fullPage: false });
  console.log(file);
}
await browser.close();
