import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { maxAttachmentBytes, maxPdfPages } from "@/lib/attachments/enums";
import { AttachmentFileError, type AttachmentRefusal } from "@/lib/attachments/errors";
import { cleanFileName, inspectFile, type InspectedDocument, type InspectedPhoto } from "@/lib/attachments/inspect";
import en from "@/messages/staff.en.json";
import {
  bareSvg,
  cameraJpeg,
  elfProgram,
  encryptedPdf,
  gzipFile,
  hasGpsTag,
  jpegPhoto,
  macProgram,
  plainText,
  pngPhoto,
  programmePdf,
  shellScript,
  svgDrawing,
  webpPhoto,
  windowsProgram,
  zipArchive,
} from "./support/attachments";

/**
 * What an upload is, read from its bytes: photos re-encoded upright without metadata, with their renditions; PDFs read
 * to their end; everything else refused with its own sentence. (tests/attachments.test.ts checks that a refusal stores
 * nothing, in each store.)
 */

const heic = fs.readFileSync(path.join(import.meta.dirname, "fixtures", "attachments", "image.heic"));

async function refusal(name: string, bytes: Uint8Array): Promise<AttachmentFileError> {
  const error = await inspectFile({ name, bytes }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AttachmentFileError);
  return error as AttachmentFileError;
}

/** The catalogue's sentence for a refusal, with the limits in it. */
const sentence = (key: AttachmentRefusal) =>
  en.Attachments.refused[key]
    .replace("{max, number}", String(maxAttachmentBytes / 1024 / 1024))
    .replace("{pages, number}", String(maxPdfPages))
    .replace("{pixels, number}", "50");

describe("an accepted photo", () => {
  it("from a camera is stored upright as JPEG, without its EXIF, GPS position or camera", async () => {
    const input = await cameraJpeg();
    const before = await sharp(input).metadata();
    expect(before).toMatchObject({ width: 400, height: 200, orientation: 6 });
    expect(hasGpsTag(before.exif)).toBe(true);
    expect(input.includes(Buffer.from("AmityCam"))).toBe(true);

    const photo = (await inspectFile({ name: "IMG_0001.JPG", bytes: input })) as InspectedPhoto;
    expect(photo).toMatchObject({ kind: "photo", mediaType: "image/jpeg", sourceType: "image/jpeg", width: 200, height: 400, fileName: "IMG_0001.JPG" });
    const after = await sharp(photo.bytes).metadata();
    expect(after).toMatchObject({ format: "jpeg", width: 200, height: 400 });
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(Buffer.from(photo.bytes).includes(Buffer.from("AmityCam"))).toBe(false);
    // Width 200: only renditions no wider than the photo (none, as 320 is the narrowest); never upscaled.
    expect(photo.renditions).toEqual([]);
  });

  it("as JPEG, PNG and WebP keeps its format, with WebP renditions at 320, 640, 1024 and 1600 no wider than itself", async () => {
    const cases: [string, Buffer, string, number, number, number[]][] = [
      ["visit.jpg", await jpegPhoto(1800, 1200), "image/jpeg", 1800, 1200, [320, 640, 1024, 1600]],
      ["banner.png", await pngPhoto(700, 500), "image/png", 700, 500, [320, 640]],
      ["hall.webp", await webpPhoto(1024, 768), "image/webp", 1024, 768, [320, 640, 1024]],
    ];
    for (const [name, bytes, mediaType, width, height, widths] of cases) {
      const photo = (await inspectFile({ name, bytes })) as InspectedPhoto;
      expect(photo, name).toMatchObject({ kind: "photo", mediaType, width, height });
      expect((await sharp(photo.bytes).metadata()).format, name).toBe(mediaType.split("/")[1]);
      expect(photo.renditions.map((r) => r.width), name).toEqual(widths);
      for (const rendition of photo.renditions) {
        const meta = await sharp(rendition.bytes).metadata();
        expect(meta, `${name} at ${rendition.width}`).toMatchObject({ format: "webp", width: rendition.width, height: Math.round((height * rendition.width) / width) });
        expect(meta.exif).toBeUndefined();
      }
    }
  });

  it("as HEIC (an iPhone's) is converted to JPEG", async () => {
    const photo = (await inspectFile({ name: "IMG_4410.HEIC", bytes: heic })) as InspectedPhoto;
    expect(photo).toMatchObject({ kind: "photo", mediaType: "image/jpeg", sourceType: "image/heic", width: 200, height: 300 });
    expect((await sharp(photo.bytes).metadata()).format).toBe("jpeg");
    expect(photo.renditions.map((r) => r.width)).toEqual([]);
  });

  it("is named by its content, not its name: a PDF called .jpg is a PDF", async () => {
    const document = (await inspectFile({ name: "photo.jpg", bytes: await programmePdf(2) })) as InspectedDocument;
    expect(document).toMatchObject({ kind: "document", mediaType: "application/pdf", pageCount: 2, fileName: "photo.jpg" });
  });
});

describe("an accepted PDF", () => {
  it("is kept byte for byte, with its pages counted and its SHA-256", async () => {
    const bytes = await programmePdf(3);
    const document = (await inspectFile({ name: "programme.pdf", bytes })) as InspectedDocument;
    expect(document).toMatchObject({ kind: "document", mediaType: "application/pdf", pageCount: 3 });
    expect(Buffer.from(document.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("a refused file, each with its sentence", () => {
  const cases: [string, string, () => Promise<Uint8Array> | Uint8Array, AttachmentRefusal][] = [
    ["an empty file", "photo.jpg", () => new Uint8Array(0), "empty"],
    ["a file one byte over 25 MB", "scan.pdf", () => Buffer.alloc(maxAttachmentBytes + 1, 0x25), "tooLarge"],
    ["an SVG drawing with a script", "logo.svg", svgDrawing, "svg"],
    ["an SVG drawing without an XML declaration, named .png", "logo.png", bareSvg, "svg"],
    ["a Linux program (ELF)", "photo.jpg", elfProgram, "executable"],
    ["a Windows program (PE/MZ)", "programme.pdf", windowsProgram, "executable"],
    ["a macOS program (Mach-O)", "photo.png", macProgram, "executable"],
    ["a shell script", "photo.jpg", shellScript, "script"],
    ["a ZIP archive", "photos.zip", zipArchive, "archive"],
    ["a gzip file", "photos.jpg", gzipFile, "archive"],
    ["a text file named .pdf", "agreement.pdf", plainText, "unsupported"],
    ["a GIF", "anim.gif", () => sharp({ create: { width: 4, height: 4, channels: 3, background: "red" } }).gif().toBuffer(), "unsupported"],
    ["a truncated JPEG", "visit.jpg", async () => (await jpegPhoto(800, 600)).subarray(0, 20_000), "damagedImage"],
    ["a truncated PNG", "banner.png", async () => (await pngPhoto(400, 300)).subarray(0, 100_000), "damagedImage"],
    ["a truncated PDF", "programme.pdf", async () => (await programmePdf(3)).subarray(0, 700), "damagedPdf"],
    ["a PDF cut just before its end", "programme.pdf", async () => { const b = await programmePdf(3); return b.subarray(0, b.length - 8); }, "damagedPdf"],
    ["an encrypted PDF", "signed.pdf", encryptedPdf, "encryptedPdf"],
    ["a PDF of more than 500 pages", "archive.pdf", () => programmePdf(maxPdfPages + 1), "tooManyPages"],
  ];
  for (const [what, name, make, key] of cases) {
    it(`${what}: ${key}`, async () => {
      const error = await refusal(name, await make());
      expect(error.refusal).toBe(key);
      expect(error.text()).toBe(sentence(key));
      expect(error.answer()).toMatchObject({ reason: "invalid", fieldErrors: { file: [sentence(key)] } });
    });
  }

  it("a photo of more pixels than may be decoded", async () => {
    // 8000 × 7000 of one colour: a small PNG that would unpack into 168 MB of pixels.
    const bomb = await sharp({ create: { width: 8000, height: 7000, channels: 3, background: "white" } }).png().toBuffer();
    expect(bomb.length).toBeLessThan(maxAttachmentBytes);
    const error = await refusal("bomb.png", bomb);
    expect(error.refusal).toBe("tooManyPixels");
    expect(error.text()).toBe(sentence("tooManyPixels"));
  });
});

describe("a file's name", () => {
  it("is kept without its path or control characters, at most 255 characters with its extension", () => {
    expect(cleanFileName("C:\\Users\\li\\Desktop\\签约仪式.jpg")).toBe("签约仪式.jpg");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("a\u0000b\nc.pdf")).toBe("abc.pdf");
    expect(cleanFileName("   ")).toBe("file");
    const long = cleanFileName(`${"x".repeat(300)}.pdf`);
    expect(long).toHaveLength(255);
    expect(long.endsWith(".pdf")).toBe(true);
  });
});
