import { chromium } from "@playwright/test";
import { chromiumArgs, findChromium } from "../browser.cjs";
const [base, file, out, width = "1440"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs });
const page = await (await browser.newContext({ viewport: { width: Number(width), height: 900 } })).newPage();
await page.goto(`${base}/login`);
await page.getByLabel("Email").fill(process.env.EMAIL);
await page.getByLabel("Password").fill(process.env.PASSWORD);
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(/\/staff/);
await page.goto(`${base}/staff/import`);
await page.screenshot({ path: `${out}/upload-${width}.png`, fullPage: true });
await page.getByLabel("File to import").setInputFiles(file);
await page.getByRole("button", { name: "Upload and preview" }).click();
await page.waitForURL(/\/staff\/import\/[0-9a-f-]{36}/);
console.log(page.url());
await page.screenshot({ path: `${out}/preview-${width}.png`, fullPage: true });
if (process.env.APPLY) {
  await page.getByRole("button", { name: "Apply the import" }).click();
  await page.waitForURL(/notice=imported/);
  await page.screenshot({ path: `${out}/applied-${width}.png`, fullPage: true });
}
await browser.close();
