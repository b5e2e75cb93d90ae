import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import sharp from "sharp";
import { storageStateOf } from "./support/accounts";
import { createPartnership, createPlace } from "./support/staff";

test.use({ storageState: storageStateOf("editor") });

/**
 * The files a test uploads, written at run time into its own output directory (Playwright removes it): a directory of
 * the module's, removed after a worker's tests of this file, would be gone for another test of it the worker ran later.
 */
async function writeFiles() {
  const dir = test.info().outputPath("files");
  fs.mkdirSync(dir, { recursive: true });
  const jpeg = path.join(dir, "garden.jpg");
  // 800 × 600 with a gradient: a photo wide enough to have a 320-pixel thumbnail.
  await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 40, g: 120, b: 60 } } })
    .composite([{ input: Buffer.from(`<svg width="800" height="600"><circle cx="400" cy="300" r="200" fill="#fc3"/></svg>`) }])
    .jpeg({ quality: 80 })
    .toFile(jpeg);
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let day = 1; day <= 2; day++) document.addPage([595, 842]).drawText(`Programme, day ${day}`, { x: 50, y: 780, font, size: 18 });
  const pdf = path.join(dir, "programme.pdf");
  fs.writeFileSync(pdf, await document.save());
  const svg = path.join(dir, "logo.svg");
  fs.writeFileSync(svg, `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>`);
  const empty = path.join(dir, "empty.jpg");
  fs.writeFileSync(empty, "");
  const text = path.join(dir, "minutes.jpg");
  fs.writeFileSync(text, "Minutes of the meeting with the delegation.\n");
  // 25 MiB and one byte: over the limit, refused in the browser before it is sent.
  const huge = path.join(dir, "huge.jpg");
  fs.writeFileSync(huge, Buffer.alloc(25 * 1024 * 1024 + 1));
  // Exactly 25 MiB of nothing: the largest body an upload may be, which must reach the action whole (through proxy.ts
  // and the server actions' body limit, next.config.ts) to be refused there for what it is.
  const full = path.join(dir, "blank.jpg");
  fs.writeFileSync(full, Buffer.alloc(25 * 1024 * 1024));
  return { jpeg, pdf, svg, empty, text, huge, full };
}

const section = (page: Page) => page.getByRole("region", { name: "Photos and documents" });
/** The attachments listed (each is a list item headed by its file's name; an error summary's items are not). */
const attached = (page: Page) => section(page).getByRole("listitem").filter({ has: page.getByRole("heading") });
const uploadForm = (page: Page) => page.getByRole("region", { name: "Add a photo or document" });

test("an editor attaches a photo and a PDF to a partnership, describes them, and bad files are refused with their reasons; a viewer reads them", async ({ page, browser }) => {
  const files = await writeFiles();
  const token = randomUUID().slice(0, 8);
  const name = `Lahti ${token}`;
  await createPlace(page, { nameEn: name, slug: `lahti-${token}`, latitude: "60.98", longitude: "25.66" });
  const tiePage = await createPartnership(page, { home: "Jinan", partner: name, slug: `jinan-lahti-${token}` });

  await expect(section(page).getByText("No photos or documents are attached yet.")).toBeVisible();

  // A photo, public, with its caption but alt text in English only.
  const form = uploadForm(page);
  await form.getByLabel("File").setInputFiles(files.jpeg);
  await form.getByLabel("Caption in English").fill("Planting the birch");
  await form.getByLabel("Caption in Chinese").fill("种下白桦树");
  await form.getByLabel("Alt text in English").fill("Two mayors plant a birch in the garden");
  await form.getByLabel("Credit").fill("Jinan FAO");
  await form.getByLabel(/^Public/).check();
  await form.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${tiePage}\\?notice=attachmentAdded$`));
  await expect(page.getByRole("status")).toHaveText(/^Attached\./);

  const photo = section(page).getByRole("listitem", { name: "garden.jpg" });
  await expect(photo.getByText("Photo, 800 × 600 pixels")).toBeVisible();
  // Public without Chinese alt text: said so.
  await expect(photo.getByText("Alt text is needed before this record is published (in Chinese).")).toBeVisible();
  const thumbnail = photo.getByRole("img", { name: "Photo: garden.jpg" });
  await expect(thumbnail).toHaveAttribute("src", /^\/files\/\d+\/w320\.webp$/);
  // The thumbnail is the 320-pixel rendition, loaded through the staff route (lazily: scrolled to first).
  await thumbnail.scrollIntoViewIfNeeded();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);

  // The alt text in Chinese, saved on the photo's own form: the note goes.
  await photo.getByLabel("Alt text in Chinese").fill("两位市长在园中种下一棵白桦");
  await photo.getByRole("button", { name: "Save the details of garden.jpg", exact: true }).click();
  await expect(page).toHaveURL(/notice=attachmentSaved$/);
  await expect(page.getByRole("status")).toHaveText(/^Saved: the photo's or document's details are changed\./);
  await expect(photo.getByLabel("Alt text in Chinese")).toHaveValue("两位市长在园中种下一棵白桦");
  await expect(photo.getByText(/Alt text is needed/)).toHaveCount(0);

  // A PDF, for staff only: listed with its page count.
  await form.getByLabel("File").setInputFiles(files.pdf);
  await form.getByLabel("Caption in English").fill("The visit's programme");
  await form.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page).toHaveURL(/notice=attachmentAdded$/);
  const pdf = section(page).getByRole("listitem", { name: "programme.pdf" });
  await expect(pdf.getByText(/^PDF, 2 pages, \d+ KB · Staff only$/)).toBeVisible();
  await expect(pdf.getByLabel("Caption in English")).toHaveValue("The visit's programme");
  await expect(attached(page)).toHaveCount(2);

  // Files that must be refused: each its own message beside the file field, what was typed kept, nothing added.
  const refusals: [string, string][] = [
    [files.svg, "SVG drawings can't be attached"],
    [files.empty, "The file is empty (0 bytes)"],
    [files.text, "Only photos (JPEG, PNG, WebP or HEIC) and PDF documents can be attached"],
    [files.full, "Only photos (JPEG, PNG, WebP or HEIC) and PDF documents can be attached"],
  ];
  for (const [file, message] of refusals) {
    await form.getByLabel("File").setInputFiles(file);
    await form.getByLabel("Caption in English").fill(`Refused ${path.basename(file)}`);
    // The action's own answer, each time (not the previous one still on the page): the body arrived and was read.
    const answered = page.waitForResponse((response) => response.request().method() === "POST" && response.url().startsWith(tiePage));
    await form.getByRole("button", { name: "Upload", exact: true }).click();
    expect((await answered).status(), path.basename(file)).toBe(200);
    await expect(form.getByLabel("File")).toHaveAccessibleDescription(new RegExp(message.replace(/[()]/g, "\\$&")));
    await expect(form.getByRole("alert")).toContainText("There is a problem");
    await expect(form.getByLabel("Caption in English")).toHaveValue(`Refused ${path.basename(file)}`);
    await expect(attached(page)).toHaveCount(2);
  }
  // No file chosen at all.
  await form.getByLabel("File").setInputFiles([]);
  await form.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(form.getByLabel("File")).toHaveAccessibleDescription(/Choose a file to upload\./);

  // A file over 25 MB is stopped by the browser, saying why, and never sent.
  const address = page.url();
  await form.getByLabel("File").setInputFiles(files.huge);
  await form.getByRole("button", { name: "Upload", exact: true }).click();
  expect(await form.getByLabel("File").evaluate((input: HTMLInputElement) => input.validationMessage)).toMatch(/^A file may be at most 25 MB/);
  await expect(page).toHaveURL(address);
  await expect(attached(page)).toHaveCount(2);

  // Nothing was added by any of them, as the page says after a reload too.
  await page.goto(tiePage);
  await expect(attached(page)).toHaveCount(2);

  // Removing the PDF.
  await section(page).getByRole("listitem", { name: "programme.pdf" }).getByRole("button", { name: "Remove programme.pdf", exact: true }).click();
  await expect(page).toHaveURL(/notice=attachmentRemoved$/);
  await expect(attached(page)).toHaveCount(1);

  // Without JavaScript the forms work the same: a plain form post, answered by the page.
  const plain = await browser.newContext({ storageState: storageStateOf("editor"), javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto(tiePage);
  const plainForm = uploadForm(noScript);
  await plainForm.getByLabel("File").setInputFiles(files.text);
  await plainForm.getByLabel("Caption in English").fill("Sent without JavaScript");
  await plainForm.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(uploadForm(noScript).getByLabel("File")).toHaveAccessibleDescription(/Only photos \(JPEG, PNG, WebP or HEIC\)/);
  await expect(uploadForm(noScript).getByLabel("Caption in English")).toHaveValue("Sent without JavaScript");
  await uploadForm(noScript).getByLabel("File").setInputFiles(files.pdf);
  await uploadForm(noScript).getByRole("button", { name: "Upload", exact: true }).click();
  await expect(noScript).toHaveURL(/notice=attachmentAdded$/);
  await expect(attached(noScript)).toHaveCount(2);
  await plain.close();

  // A viewer reads the photo and what is written about it, with no form and no button.
  const viewer = await browser.newContext({ storageState: storageStateOf("viewer") });
  const readOnly = await viewer.newPage();
  await readOnly.goto(tiePage);
  const seen = section(readOnly).getByRole("listitem", { name: "garden.jpg" });
  await expect(seen.getByRole("img", { name: "Photo: garden.jpg" })).toBeVisible();
  await expect(seen.getByText("Planting the birch")).toBeVisible();
  await expect(uploadForm(readOnly)).toHaveCount(0);
  await expect(section(readOnly).getByRole("button")).toHaveCount(0);
  await expect(section(readOnly).getByRole("textbox")).toHaveCount(0);
  await viewer.close();
});

test("agreements, delegations and events have the section too, read-only for a viewer", async ({ browser }) => {
  const viewer = await browser.newContext({ storageState: storageStateOf("viewer") });
  const page = await viewer.newPage();
  for (const area of ["agreements", "delegations", "events"]) {
    await page.goto(`/staff/${area}`);
    await page.getByRole("table").locator(`a[href^="/staff/${area}/"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/staff/${area}/\\d+$`));
    await expect(section(page).getByRole("heading", { name: "Photos and documents", level: 2 })).toBeVisible();
    await expect(uploadForm(page)).toHaveCount(0);
  }
  await viewer.close();
});
