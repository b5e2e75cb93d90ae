import { z } from "zod";
import { checkbox, enumField, idField, optionalText, optionalWholeNumber } from "@/lib/validation/fields";
import { attachmentOwnerKinds } from "./enums";

/**
 * What staff write about an attachment (the form's fields; the file itself is inspected by lib/attachments/inspect.ts):
 * caption and alt text in both languages, the credit, whether the public sees it, its place in the gallery.
 */
export const attachmentFieldsSchema = z.object({
  captionEn: optionalText(500),
  captionZh: optionalText(500),
  altEn: optionalText(500),
  altZh: optionalText(500),
  credit: optionalText(200),
  isPublic: checkbox,
  officeOnly: checkbox,
  position: optionalWholeNumber(0, 9999),
});

export const attachmentOwnerSchema = z.object({ ownerKind: enumField(attachmentOwnerKinds), ownerId: idField });

export type AttachmentFieldsInput = z.output<typeof attachmentFieldsSchema>;
