import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import heicConvert from "heic-convert";
import { PDFDocument } from "pdf-lib";
import sharp, { type OutputInfo } from "sharp";
import { maxAttachmentBytes, maxPdfPages, renditionWidths, type AttachmentKind, type AttachmentMediaType } from "./enums";
import { AttachmentFileError, maxPhotoPixels } from "./errors";

/**
 * What a file is, read from its bytes (file-type's magic numbers; never its name or what the browser claims), and what
 * is kept of it. A photo is decoded whole (a truncated one is refused), turned upright by its EXIF orientation and
 * encoded again without any metadata, so no GPS position, camera serial or EXIF date reaches the store; its format is
 * kept (a HEIC photo, which browsers can't show, becomes JPEG). Its WebP renditions are made once, here. A PDF is kept
 * byte for byte once it was read to its end and its pages counted. Anything else is refused with an AttachmentFileError
 * naming why, before anything is stored.
 */

export interface Rendition {
  width: number;
  height: number;
  bytes: Uint8Array;
}

interface Common {
  /** The stored original: the photo re-encoded without metadata, or the PDF as it came. */
  bytes: Uint8Array;
  mediaType: AttachmentMediaType;
  sha256: string;
  /** The name it came with, as kept (lib/attachments/inspect.ts cleanFileName). */
  fileName: string;
}

export interface InspectedPhoto extends Common {
  kind: Extract<AttachmentKind, "photo">;
  width: number;
  height: number;
  /** Narrowest first; none wider than the photo (a 500-pixel photo has one, 320 wide). */
  renditions: Rendition[];
  /** What the upload was before it was kept as JPEG, PNG or WebP ("image/heic" for an iPhone's photo). */
  sourceType: string;
}

export interface InspectedDocument extends Common {
  kind: Extract<AttachmentKind, "document">;
  pageCount: number;
}

export type InspectedFile = InspectedPhoto | InspectedDocument;

/** file-type's names for archives and compressed files: refused with their own message. */
const archives = new Set(["zip", "tar", "rar", "gz", "bz2", "7z", "xz", "zst", "lz", "lzh", "cab", "arj", "cpio", "ar", "rpm", "deb", "Z", "lz4", "jar", "apk", "crx", "xpi", "dmg", "iso", "asar"]);
/** file-type's names for programs and libraries (ELF, PE/MZ, Mach-O, WebAssembly, Java classes…). */
const executables = new Set(["elf", "exe", "dll", "macho", "wasm", "class", "dex", "msi", "lnk", "swf", "pyc"]);

const photoTypes = new Set(["image/jpeg", "image/png", "image/webp"]);
const heicTypes = new Set(["image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence"]);

/** Reads, checks and prepares an upload: what to store, or an AttachmentFileError. */
export async function inspectFile({ name, bytes }: { name: string; bytes: Uint8Array }): Promise<InspectedFile> {
  if (bytes.byteLength === 0) throw new AttachmentFileError("empty");
  if (bytes.byteLength > maxAttachmentBytes) throw new AttachmentFileError("tooLarge", `${bytes.byteLength} bytes`);
  const fileName = cleanFileName(name);
  const type = await fileTypeFromBuffer(bytes);
  if (!type || type.mime === "application/xml") throw new AttachmentFileError(textRefusal(bytes), type?.mime ?? "no known signature");
  if (type.mime === "application/pdf") return inspectPdf(bytes, fileName);
  if (photoTypes.has(type.mime)) return inspectPhoto(bytes, type.mime, type.mime as AttachmentMediaType, fileName);
  if (heicTypes.has(type.mime)) return inspectPhoto(await heicToJpeg(bytes), type.mime, "image/jpeg", fileName);
  if (executables.has(type.ext)) throw new AttachmentFileError("executable", type.mime);
  if (archives.has(type.ext)) throw new AttachmentFileError("archive", type.mime);
  if (type.mime === "image/svg+xml") throw new AttachmentFileError("svg");
  throw new AttachmentFileError("unsupported", type.mime);
}

/**
 * A file file-type has no signature for is text or unknown: an SVG drawing (XML, possibly with scripts), a script
 * ("#!"), or anything else.
 */
function textRefusal(bytes: Uint8Array): "svg" | "script" | "unsupported" {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("utf8").replace(/^\uFEFF/, "");
  if (head.startsWith("#!")) return "script";
  if (/<svg[\s>]/i.test(head) && /^\s*(<\?xml|<!--|<!DOCTYPE\s+svg|<svg)/i.test(head)) return "svg";
  return "unsupported";
}

/** A name as it is kept: the last part of a path (a browser may send one), without control characters, at most 255. */
export function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (!clean) return "file";
  if (clean.length <= 255) return clean;
  const dot = clean.lastIndexOf(".");
  const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
  return clean.slice(0, 255 - extension.length) + extension;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function heicToJpeg(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    // heic-decode's libheif (WebAssembly, no native install): the primary image, as JPEG at a quality sharp re-encodes.
    return new Uint8Array(await heicConvert({ buffer: bytes, format: "JPEG", quality: 0.95 }));
  } catch (error) {
    throw new AttachmentFileError("damagedImage", `HEIC: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function inspectPhoto(
  input: Uint8Array,
  sourceType: string,
  mediaType: AttachmentMediaType,
  fileName: string,
): Promise<InspectedPhoto> {
  let raw: { data: Buffer; info: OutputInfo };
  try {
    // Decoded once, whole: failOn "error" refuses a file cut short or damaged rather than padding it with grey.
    // rotate() with no angle applies the EXIF orientation; raw pixels carry no metadata at all.
    raw = await sharp(input, { failOn: "error", limitInputPixels: maxPhotoPixels, sequentialRead: true })
      .rotate()
      .toColourspace("srgb")
      .raw({ depth: "uchar" })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AttachmentFileError(/pixel limit/i.test(message) ? "tooManyPixels" : "damagedImage", message);
  }
  const { width, height, channels } = raw.info;
  const pixels = () => sharp(raw.data, { raw: { width, height, channels }, limitInputPixels: maxPhotoPixels });
  const original = pixels();
  const encoded =
    mediaType === "image/png"
      ? original.png({ compressionLevel: 6 })
      : mediaType === "image/webp"
        ? original.webp({ quality: 90 })
        : original.jpeg({ quality: 90 });
  const [bytes, ...renditions] = await Promise.all([
    encoded.toBuffer(),
    ...renditionWidths
      .filter((w) => w <= width)
      .map(async (w) => {
        const { data, info } = await pixels().resize({ width: w }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.height, bytes: new Uint8Array(data) };
      }),
  ]);
  const stored = new Uint8Array(bytes!);
  return { kind: "photo", mediaType, sourceType, bytes: stored, sha256: sha256(stored), fileName, width, height, renditions };
}

async function inspectPdf(bytes: Uint8Array, fileName: string): Promise<InspectedDocument> {
  // A PDF ends with %%EOF (readers allow some bytes after it): without it, the file was cut short, whatever pdf-lib
  // manages to read of it.
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.byteLength - 1024))).toString("latin1");
  if (!tail.includes("%%EOF")) throw new AttachmentFileError("damagedPdf", "no %%EOF at its end");
  let document: PDFDocument;
  try {
    // Loaded even if encrypted, to be asked: pdf-lib's own refusal is an error class that its two builds don't share.
    document = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false, ignoreEncryption: true });
  } catch (error) {
    throw new AttachmentFileError("damagedPdf", error instanceof Error ? error.message : String(error));
  }
  if (document.isEncrypted) throw new AttachmentFileError("encryptedPdf");
  const pageCount = document.getPageCount();
  if (pageCount < 1) throw new AttachmentFileError("damagedPdf", "no pages");
  if (pageCount > maxPdfPages) throw new AttachmentFileError("tooManyPages", `${pageCount} pages`);
  return { kind: "document", mediaType: "application/pdf", bytes, sha256: sha256(bytes), fileName, pageCount };
}
