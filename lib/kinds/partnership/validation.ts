import { z } from "zod";
import { partnershipStatuses, partnershipTypes } from "@/db/schema";
import { checkbox, enumField, idField, optionalLongText, optionalPartialDate, optionalSlug, optionalText, optionalUrl, requiredText, rows, versionField } from "@/lib/validation/fields";
import { lenientEnum, lenientId, listFilters, sortField } from "@/lib/validation/lists";

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
/** The names of the fields partnership forms send: a control named otherwise fails to compile. */
export type PartnershipField = keyof z.input<typeof partnershipSchema> & string;

export const partnershipEditSchema = z.object({ id: idField, version: versionField }).and(partnershipSchema);

export const partnershipListSchema = z.object({
  ...listFilters,
  type: lenientEnum(partnershipTypes),
  status: lenientEnum(partnershipStatuses),
  home: lenientId,
  sort: sortField(["name", "established", "updated"], "name"),
});

export type PartnershipListQuery = z.output<typeof partnershipListSchema>;
