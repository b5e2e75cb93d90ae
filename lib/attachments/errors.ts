import { RecordError } from "@/lib/records/errors";
import { staffText } from "@/lib/i18n/staff";
import { maxAttachmentBytes, maxPdfPages } from "./enums";

/** Why a file was refused: each a message of the catalogue's `Attachments.refused` (messages/staff.*.json). */
export const attachmentRefusals = [
  "empty",
  "tooLarge",
  "svg",
  "executable",
  "script",
  "archive",
  "unsupported",
  "damagedImage",
  "tooManyPixels",
  "damagedPdf",
  "encryptedPdf",
  "tooManyPages",
] as const;

export type AttachmentRefusal = (typeof attachmentRefusals)[number];

/** The largest photo, in pixels, that is decoded: past it a small file could unpack into gigabytes (a "pixel bomb"). */
export const maxPhotoPixels = 50_000_000;

/**
 * A file refused whole, before anything is stored: the form shows the catalogue's sentence next to its file field.
 * `detail` is for the logs and the tests (what the decoder said), never shown.
 */
export class AttachmentFileError extends RecordError {
  override name = "AttachmentFileError";
  constructor(
    readonly refusal: AttachmentRefusal,
    readonly detail?: string,
  ) {
    super(`${refusal}${detail ? `: ${detail}` : ""}`);
  }
  /** The sentence, in the staff language of the request. */
  text(): string {
    return staffText("Attachments")(`refused.${this.refusal}`, {
      max: maxAttachmentBytes / 1024 / 1024,
      pages: maxPdfPages,
      pixels: maxPhotoPixels / 1_000_000,
    });
  }
  answer() {
    return { reason: "invalid" as const, message: staffText("Messages")("invalid"), fieldErrors: { file: [this.text()] } };
  }
}

/** A publication refused because public photos of the record lack their alt text (lib/attachments/staff.ts). */
export class PhotosLackAltError extends RecordError {
  override name = "PhotosLackAltError";
  constructor(readonly files: string[]) {
    super(`Public photos without alt text: ${files.join(", ")}`);
  }
  answer() {
    const list = this.files.slice(0, 5).join(staffText("Attachments")("listSeparator")) + (this.files.length > 5 ? "…" : "");
    return { reason: "failed" as const, message: staffText("Attachments")("altNeeded", { count: this.files.length, files: list }) };
  }
}
