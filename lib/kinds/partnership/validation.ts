import { z } from "zod";
import { partnershipStatuses, partnershipTypes, sourceKinds } from "@/db/schema";
import { checkbox, enumField, evenWithOtherErrors, parsedIn, optionalEnumField, idField, optionalLongText, optionalSlug, optionalText, optionalUrl, requiredText, rows, editSchemaOf, type FieldNames } from "@/lib/validation/fields";
import { optionalPartialDate, requiredPartialDate } from "@/lib/validation/dates";
import { lenientEnum, lenientId, listSchemaOf } from "@/lib/validation/lists";

export const sourceRowSchema = z.object({
  citation: requiredText(1000),
  url: optionalUrl,
  titleEn: optionalText(300),
  titleZh: optionalText(300),
  kind: optionalEnumField(sourceKinds),
  note: optionalText(500),
});

/** A dated step of the tie's history ("1987: protocol signed"). */
export const stepRowSchema = z.object({
  date: requiredPartialDate,
  labelEn: requiredText(300),
  labelZh: optionalText(300),
});

export const partnershipSchema = z
  .object({
    homePlaceId: idField,
    partnerPlaceId: idField,
    type: enumField(partnershipTypes),
    status: enumField(partnershipStatuses),
    established: optionalPartialDate,
    // In the form's order, which the error summary follows.
    slug: optionalSlug,
    featured: checkbox,
    summaryEn: optionalLongText(2000),
    summaryZh: optionalLongText(2000),
    bodyEn: optionalLongText(),
    bodyZh: optionalLongText(),
    sourceNoteEn: optionalLongText(2000),
    sourceNoteZh: optionalLongText(2000),
    sources: rows(sourceRowSchema, ["citation", "url", "titleEn", "titleZh", "kind", "note"], 30),
    steps: rows(stepRowSchema, ["date", "labelEn", "labelZh"], 20),
  })
  .superRefine((p, ctx) => {
    if (parsedIn(ctx)("homePlaceId", "partnerPlaceId") && p.homePlaceId === p.partnerPlaceId) {
      ctx.addIssue({ code: "custom", path: ["partnerPlaceId"], message: "samePlace" });
    }
  }, evenWithOtherErrors);

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
