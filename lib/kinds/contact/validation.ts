import { z } from "zod";
import { blankToUndefined, editSchemaOf, optionalLongText, optionalText, requiredText, type FieldNames } from "@/lib/validation/fields";
import { listSchemaOf } from "@/lib/validation/lists";
import { emailSchema } from "@/lib/validation/users";

/** A contact point of the office, as staff enter it: the names and the address in both languages. */
export const contactSchema = z.object({
  nameEn: requiredText(200),
  nameZh: optionalText(200),
  phone: optionalText(50),
  email: z.preprocess(blankToUndefined, emailSchema.optional()).transform((v) => v ?? null),
  addressEn: optionalLongText(500),
  addressZh: optionalLongText(500),
});

export type ContactInput = z.output<typeof contactSchema>;
export type ContactField = FieldNames<typeof contactSchema>;
export const contactEditSchema = editSchemaOf(contactSchema);
export const contactListSchema = listSchemaOf({}, ["name", "updated"]);
export type ContactListQuery = z.output<typeof contactListSchema>;
