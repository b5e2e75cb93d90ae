import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import sharp from "sharp";
import { storageStateOf, type Role } from "./support/accounts";
import { createPartnership, createPlace, publish } from "./support/staff";

test.use({ storageState: storageStateOf("editor") });
// Two records made and published by two people, files uploaded, then read by the public and by other staff.
test.slow();

/**
 * A 1600 × 1067 photo (renditions 320 to 1600 pixels wide) and a signed scan of two pages, written at run time into
 * the test's own output directory (Playwright removes it): a directory of the module's, removed after a worker's tests
 * of this file, would be gone for another test of it the worker ran later.
 */
async function writeFiles() {
  const dir = test.info().outputPath("files");
  fs.mkdirSync(dir, { recursive: true });
  const photo = path.join(dir, "signing.jpg");
  await sharp({ create: { width: 1600, height: 1067, channels: 3, background: { r: 30, g: 70, b: 140 } } })
    .composite([{ input: Buffer.from(`<svg width="1600" height="1067"><rect x="500" y="300" width="600" height="460" fill="#e8c547"/></svg>`) }])
    .jpeg({ quality: 85 })
    .toFile(photo);
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const text of ["Memorandum of friendly cooperation", "Signatures"]) document.addPage([595, 842]).drawText(text, { x: 50, y: 780, font, size: 18 });
  const scan = path.join(dir, "signed-memorandum.pdf");
  fs.writeFileSync(scan, await document.save());
  return { photo, scan };
}

const uploadForm = (page: Page) => page.getByRole("region", { name: "Add a photo or document" });

/** What a GET of `url` answers to someone signed in as `role`, or to the public (null). */
async function statusFor(browser: Browser, role: Role | null, url: string): Promise<{ status: number; type: string | undefined }> {
  // browser.newContext takes the spec's `use` options, the editor's session among them: the public's is said outright.
  const context = await browser.newContext({ storageState: role ? storageStateOf(role) : { cookies: [], origins: [] } });
  try {
    const response = await context.request.get(url);
    return { status: response.status(), type: response.headers()["content-type"] };
  } finally {
    await context.close();
  }
}

test("a partnership published with its photo shows a gallery; its signed scan, for its office only, is refused to the public and to another city's office", async ({ page, browser }) => {
  const files = await writeFiles();
  const token = randomUUID().slice(0, 8);
  const name = `Kuopio ${token}`;
  await createPlace(page, { nameEn: name, nameZh: `库奥皮奥${token}`, slug: `kuopio-${token}`, latitude: "62.89", longitude: "27.68" });
  await publish(page);
  const slug = `jinan-kuopio-${token}`;
  const tiePage = await createPartnership(page, { home: "Jinan", partner: name, slug, summaryEn: "Schools and winter sports." });

  // The photo, public and described in both languages; the scan for the office only.
  const form = uploadForm(page);
  await form.getByLabel("File").setInputFiles(files.photo);
  await form.getByLabel("Caption in English").fill("Signing the memorandum in Kuopio");
  await form.getByLabel("Caption in Chinese").fill("在库奥皮奥签署备忘录");
  await form.getByLabel("Alt text in English").fill("Two mayors sign a memorandum at a table before both cities' flags");
  await form.getByLabel("Alt text in Chinese").fill("两位市长在两市旗帜前的桌旁签署备忘录");
  await form.getByLabel("Credit").fill("Jinan FAO");
  await form.getByLabel(/^Public/).check();
  await form.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${tiePage}\\?notice=attachmentAdded$`));
  await uploadForm(page).getByLabel("File").setInputFiles(files.scan);
  await uploadForm(page).getByLabel("Caption in English").fill("The signed memorandum");
  await uploadForm(page).getByLabel(/^Our office only/).check();
  await uploadForm(page).getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${tiePage}\\?notice=attachmentAdded$`));
  const scanHref = await page.getByRole("link", { name: "Download signed-memorandum.pdf" }).getAttribute("href");
  expect(scanHref).toMatch(/^\/files\/\d+\/signed-memorandum\.pdf$/);
  await publish(page);

  // The public profile: the photo in its sizes, captioned, credited, described; the scan nowhere.
  await page.goto(`/en/partners/${slug}`);
  const gallery = page.getByRole("region", { name: "Photos and documents" });
  const image = gallery.getByRole("img", { name: "Two mayors sign a memorandum at a table before both cities' flags" });
  await expect(image).toBeVisible();
  const srcset = await image.getAttribute("srcset");
  for (const width of [320, 640, 1024, 1600]) expect(srcset).toContain(`/w${width}.webp ${width}w`);
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThanOrEqual(320);
  await expect(gallery.getByText("Signing the memorandum in Kuopio Photo: Jinan FAO")).toBeVisible();
  await expect(gallery.getByText("The signed memorandum")).toHaveCount(0);
  // A shared link's picture.
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/files\/\d+\/w1024\.webp$/);
  const photoHref = (await image.getAttribute("src"))!;
  // In Chinese, described in Chinese.
  await page.goto(`/zh/partners/${slug}`);
  await expect(page.getByRole("region", { name: "照片和文件" }).getByRole("img", { name: "两位市长在两市旗帜前的桌旁签署备忘录" })).toBeVisible();

  // The photo is anyone's; the scan opens for the province's office (whose editor made it), not for the public, not
  // for Qingdao's office, not even as a guess at another photo's width.
  expect(await statusFor(browser, null, photoHref)).toEqual({ status: 200, type: "image/webp" });
  expect(await statusFor(browser, null, scanHref!)).toMatchObject({ status: 404 });
  expect(await statusFor(browser, "qingdao", scanHref!)).toMatchObject({ status: 404 });
  expect(await statusFor(browser, "viewer", scanHref!)).toEqual({ status: 200, type: "application/pdf" });
  expect(await statusFor(browser, null, photoHref.replace(/w\d+\.webp$/, "w2000.webp"))).toMatchObject({ status: 404 });
});

test("a draft's files are refused to the public, and the staff list of another office's record shows no forms", async ({ page, browser }) => {
  const files = await writeFiles();
  const token = randomUUID().slice(0, 8);
  const name = `Oulu ${token}`;
  await createPlace(page, { nameEn: name, slug: `oulu-${token}`, latitude: "65.01", longitude: "25.47" });
  const tiePage = await createPartnership(page, { home: "Jinan", partner: name, slug: `jinan-oulu-${token}` });
  await uploadForm(page).getByLabel("File").setInputFiles(files.photo);
  await uploadForm(page).getByLabel("Alt text in English").fill("A blue square with a yellow one inside");
  await uploadForm(page).getByLabel(/^Public/).check();
  await uploadForm(page).getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${tiePage}\\?notice=attachmentAdded$`));
  const href = (await page.getByRole("link", { name: "Open signing.jpg" }).getAttribute("href"))!;
  // Marked public, but its partnership is a draft: the public gets nothing, staff the file.
  expect(await statusFor(browser, null, href)).toMatchObject({ status: 404 });
  expect(await statusFor(browser, "viewer", href)).toEqual({ status: 200, type: "image/jpeg" });

  // Qingdao's editor reads Jinan's record's files, with no way to change them.
  const qingdao = await browser.newContext({ storageState: storageStateOf("qingdao") });
  try {
    const other = await qingdao.newPage();
    await other.goto(tiePage);
    const section = other.getByRole("region", { name: "Photos and documents" });
    await expect(section.getByRole("listitem", { name: "signing.jpg" })).toBeVisible();
    await expect(section.getByRole("button")).toHaveCount(0);
    await expect(other.getByRole("region", { name: "Add a photo or document" })).toHaveCount(0);
  } finally {
    await qingdao.close();
  }
});
