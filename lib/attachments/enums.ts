/**
 * The values of the attachments' enumerations (db/schema.ts declares them as PostgreSQL enums), apart from the schema
 * so that a form in the browser can list them without bundling the ORM, like lib/enums.ts.
 */

/** A photo (JPEG, PNG or WebP; HEIC arrives as JPEG) is shown in a gallery; a document (PDF) is linked. */
export const attachmentKinds = ["photo", "document"] as const;

/**
 * Where an attachment's bytes are: files under AMITY_DATA_DIR/attachments (the embedded demo), the database itself
 * (table attachment_blobs, with DATABASE_URL), or an S3-compatible object store (with S3_BUCKET).
 */
export const attachmentStorages = ["file", "pg", "s3"] as const;

/** The records a file may be attached to: each is one nullable column of the attachments table. */
export const attachmentOwnerKinds = ["partnership", "agreement", "delegation", "event"] as const;

/** What is stored, by content (never by name or by the browser's claim): the originals as they are kept. */
export const attachmentMediaTypes = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const;

export type AttachmentKind = (typeof attachmentKinds)[number];
export type AttachmentStorage = (typeof attachmentStorages)[number];
export type AttachmentOwnerKind = (typeof attachmentOwnerKinds)[number];
export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];

/** The largest file that may be attached: 25 MB (MiB, as a browser and `ls -h` count). */
export const maxAttachmentBytes = 25 * 1024 * 1024;

/** The widths of a photo's WebP renditions, each made once, at upload; never wider than the photo itself. */
export const renditionWidths = [320, 640, 1024, 1600] as const;

/** A PDF with more pages than this is refused (a programme or a signed scan runs to a few dozen). */
export const maxPdfPages = 500;
