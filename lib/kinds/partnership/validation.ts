import { z } from "zod";
import { partnershipStatuses, partnershipTypes } from "@/db/schema";
import { checkbox, enumField, idField, optionalLongText, optionalSlug, optionalText, optionalUrl, requiredText, rows, editSchemaOf, type FieldNames } from "@/lib/validation/fields";
import { optionalPartialDate } from "@/lib/validation/dates";
import { lenientEnum, lenientId, listSchemaOf } from "@/lib/validation/lists";

export const sourceRowSchema = z.object({
  citation: requiredText(1000),
  url: optionalUrl,
  note: optionalText(500),
});

export const partnershipSchema = z
  .object({
    homePlaceId: idField,
    partnerPlaceId: idField,
    slug: optionalSlug,
    type: enumField(partnershipTypes),
    status: enumField(partnershipStatuses),
    established: optionalPartialDate,
    featured: checkbox,
    summaryEn: optionalLongText(2000),
    summaryZh: optionalLongText(2000),
    bodyEn: optionalLongText(),
    bodyZh: optionalLongText(),
    sources: rows(sourceRowSchema, ["citation", "url", "note"], 30),
  })
  .superRefine((p, ctx) => {
    if (p.homePlaceId === p.partnerPlaceId) ctx.addIssue({ code: "custom", path: ["partnerPlaceId"], message: "samePlace" });
  });

export type PartnershipInput = z.output<typeof partnershipSchema>;
export type PartnershipField = FieldNames<typeof partnershipSchema>;

export const partnershipEditSchema = editSchemaOf(partnershipSchema);

export const partnershipListSchema = listSchemaOf(
  {
    type: lenientEnum(partnershipTypes),
    status: lenientEnum(partnershipStatuses),
    home: lenientId,
  },
  ["name", "established", "updated"],
);

export type PartnershipListQuery = z.output<typeof partnershipListSchema>;
