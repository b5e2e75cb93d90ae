import { z } from "zod";
import { partnershipStatuses, partnershipTypes } from "@/db/schema";
import {
  checkbox,
  formatPartialDate,
  enumField,
  idField,
  optionalLongText,
  optionalPartialDate,
  optionalSlug,
  optionalText,
  optionalUrl,
  requiredText,
  rows,
  versionField,
} from "@/lib/validation/fields";
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

export const partnershipEditSchema = z.object({ id: idField, version: versionField }).and(partnershipSchema);

export const partnershipListSchema = z.object({
  ...listFilters,
  type: lenientEnum(partnershipTypes),
  status: lenientEnum(partnershipStatuses),
  home: lenientId,
  sort: sortField(["name", "established", "updated"], "name"),
});

export type PartnershipListQuery = z.output<typeof partnershipListSchema>;

/** A partnership's stored fields as its form shows them. */
export function partnershipFormValues(fields: {
  slug: string;
  homePlaceId: number;
  partnerPlaceId: number;
  type: string;
  status: string;
  establishedOn: string | null;
  establishedPrecision: "year" | "month" | "day" | null;
  featured: boolean;
  summaryEn: string | null;
  summaryZh: string | null;
  bodyEn: string | null;
  bodyZh: string | null;
  sources: { citation: string; url: string | null; note: string | null }[];
}): Record<string, string> {
  const out: Record<string, string> = {
    slug: fields.slug,
    homePlaceId: String(fields.homePlaceId),
    partnerPlaceId: String(fields.partnerPlaceId),
    type: fields.type,
    status: fields.status,
    established: formatPartialDate(fields.establishedOn, fields.establishedPrecision),
    summaryEn: fields.summaryEn ?? "",
    summaryZh: fields.summaryZh ?? "",
    bodyEn: fields.bodyEn ?? "",
    bodyZh: fields.bodyZh ?? "",
    ...(fields.featured ? { featured: "on" } : {}),
  };
  fields.sources.forEach((s, i) => {
    out[`sources.${i}.citation`] = s.citation;
    out[`sources.${i}.url`] = s.url ?? "";
    out[`sources.${i}.note`] = s.note ?? "";
  });
  return out;
}
