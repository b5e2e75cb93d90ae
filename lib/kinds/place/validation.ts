import { z } from "zod";
import { continents, placeKinds } from "@/db/schema";
import { isCountryCode } from "@/lib/countries";
import { checkbox, enumField, evenWithOtherErrors, parsedIn, optionalDecimal, optionalLongText, optionalSlug, optionalText, optionalWholeNumber, requiredText, editSchemaOf, type FieldNames } from "@/lib/validation/fields";
import { lenientCountry, lenientEnum, listSchemaOf } from "@/lib/validation/lists";

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
    regionZh: optionalText(200),
    countryCode: countryField,
    continent: enumField(continents),
    latitude: optionalDecimal(-90, 90),
    longitude: optionalDecimal(-180, 180),
    population: optionalWholeNumber(0, 10_000_000_000),
    descriptionEn: optionalLongText(),
    descriptionZh: optionalLongText(),
    successorEn: optionalText(200),
    successorZh: optionalText(200),
  })
  .superRefine((p, ctx) => {
    if (parsedIn(ctx)("latitude", "longitude") && (p.latitude === null) !== (p.longitude === null)) {
      ctx.addIssue({ code: "custom", path: [p.latitude === null ? "latitude" : "longitude"], message: "coordinatesTogether" });
    }
  }, evenWithOtherErrors);

export type PlaceInput = z.output<typeof placeSchema>;
export type PlaceField = FieldNames<typeof placeSchema>;

export const placeEditSchema = editSchemaOf(placeSchema);

export const placeListSchema = listSchemaOf(
  {
    side: lenientEnum(["home", "foreign"]),
    kind: lenientEnum(placeKinds),
    country: lenientCountry,
  },
  ["name", "country", "updated"],
);

export type PlaceListQuery = z.output<typeof placeListSchema>;
