import { z } from "zod";
import { continents, placeKinds } from "@/db/schema";
import { isCountryCode } from "@/lib/countries";
import {
  checkbox,
  enumField,
  idField,
  optionalDecimal,
  optionalLongText,
  optionalSlug,
  optionalText,
  optionalWholeNumber,
  requiredText,
  versionField,
} from "@/lib/validation/fields";
import { lenientCountry, lenientEnum, listFilters, sortField } from "@/lib/validation/lists";

export const countryField = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
  z.string({ error: "countryCode" }).refine(isCountryCode, { error: "countryCode" }),
);

export const placeSchema = z
  .object({
    nameEn: requiredText(200),
    nameZh: optionalText(200),
    slug: optionalSlug,
    kind: enumField(placeKinds),
    isHome: checkbox,
    regionEn: optionalText(200),
    countryCode: countryField,
    continent: enumField(continents),
    latitude: optionalDecimal(-90, 90),
    longitude: optionalDecimal(-180, 180),
    population: optionalWholeNumber(0, 10_000_000_000),
    descriptionEn: optionalLongText(),
    descriptionZh: optionalLongText(),
  })
  .superRefine((p, ctx) => {
    if ((p.latitude === null) !== (p.longitude === null)) {
      ctx.addIssue({ code: "custom", path: [p.latitude === null ? "latitude" : "longitude"], message: "coordinatesTogether" });
    }
  });

export type PlaceInput = z.output<typeof placeSchema>;

export const placeEditSchema = z.object({ id: idField, version: versionField }).and(placeSchema);

export const placeListSchema = z.object({
  ...listFilters,
  side: lenientEnum(["home", "foreign"]),
  kind: lenientEnum(placeKinds),
  country: lenientCountry,
  sort: sortField(["name", "country", "updated"], "name"),
});

export type PlaceListQuery = z.output<typeof placeListSchema>;

/** A place's stored fields as its form shows them (every value a string; a checkbox "on" or absent). */
export function placeFormValues(fields: {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  kind: string;
  isHome: boolean;
  regionEn: string | null;
  countryCode: string;
  continent: string;
  latitude: number | null;
  longitude: number | null;
  population: number | null;
  descriptionEn: string | null;
  descriptionZh: string | null;
}): Record<string, string> {
  const { isHome, latitude, longitude, population, ...text } = fields;
  return {
    ...Object.fromEntries(Object.entries(text).map(([k, v]) => [k, v ?? ""])),
    ...(isHome ? { isHome: "on" } : {}),
    latitude: latitude === null ? "" : String(latitude),
    longitude: longitude === null ? "" : String(longitude),
    population: population === null ? "" : String(population),
  };
}
