import { z } from "zod";
import {
  agreementKinds,
  agreementStatuses,
  continents,
  datePrecisions,
  delegationDirections,
  eventKinds,
  partnershipStatuses,
  partnershipTypes,
  placeKinds,
  signatorySides,
  sourceKinds,
} from "@/lib/enums";
import { filterYears } from "@/lib/validation/lists";

/**
 * The JSON API's parameters and answers (/api/v1), as zod schemas: the routes validate their query strings with them
 * and shape their answers through them, and the OpenAPI document (lib/api/openapi.ts) is generated from the same
 * schemas, so what the document says is what the API does.
 */

// ---------------------------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------------------------

export const pageSize = { default: 50, max: 200 } as const;

const paging = {
  cursor: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .describe("Where the page starts: the opaque `cursor` of the previous page's `next` link. Omitted: the first page."),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(pageSize.max)
    .default(pageSize.default)
    .describe(`How many records a page holds (1 to ${pageSize.max}).`),
};

const country = z
  .string()
  .regex(/^[A-Za-z]{2}$/)
  .transform((s) => s.toUpperCase())
  .describe("ISO 3166-1 alpha-2 code of the partner's country (JP, de: either case).");
const slugParameter = (what: string) => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(120).describe(what);
const year = z.coerce.number().int().min(filterYears.min).max(filterYears.max);
const booleanParameter = z.enum(["true", "false"]).transform((v) => v === "true");

export const partnershipQuery = z.object({
  q: z
    .string()
    .max(100)
    .optional()
    .describe(
      "Search, as the directory's search box: every word must match a name or region of either place (English or Chinese), the summary, the partner's country or the kind of tie; case and accents are ignored (Quebec finds Québec, Sao Paulo finds São Paulo).",
    ),
  country: country.optional(),
  continent: z.enum(continents).optional().describe("The partner's continent."),
  type: z.enum(partnershipTypes).optional().describe("The kind of tie."),
  status: z.enum(partnershipStatuses).optional().describe("The tie's standing, as recorded."),
  // As long as the directory's own filter reads it (lib/validation/directory.ts), which drops a longer one.
  home: z.string().regex(/^[a-z0-9-]{1,80}$/).describe("The slug of the Shandong side (shandong, jinan, qingdao…).").optional(),
  decade: z.coerce.number().int().min(filterYears.min).max(filterYears.max).multipleOf(10).optional().describe("Established in this decade (1980: 1980 to 1989)."),
  ...paging,
});

export const placeQuery = z.object({
  country: country.optional(),
  continent: z.enum(continents).optional(),
  kind: z.enum(placeKinds).optional(),
  home: booleanParameter.optional().describe("true: Shandong's own places (the province and its cities); false: their partners."),
  ...paging,
});

export const eventQuery = z.object({
  kind: z.enum(eventKinds).optional(),
  year: year.optional().describe("Starting in this year."),
  partnership: slugParameter("Only the events of this partnership (its slug).").optional(),
  ...paging,
});

export const agreementQuery = z.object({
  kind: z.enum(agreementKinds).optional(),
  year: year.optional().describe("Signed in this year."),
  partnership: slugParameter("Only the agreements of this partnership (its slug).").optional(),
  ...paging,
});

// ---------------------------------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------------------------------

const date = z.iso.date().describe("YYYY-MM-DD. Read it at its precision: a year alone is stored as its 1 January.");
const nullableDate = date.nullable();
const precision = z.enum(datePrecisions).nullable().describe("How much of the date the sources give (year, month or day).");
const text = z.string().nullable();
const timestamp = z.string().describe("ISO 8601, UTC.");

export const errorBody = z
  .object({
    error: z.string().describe("What went wrong, in English."),
    issues: z
      .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
      .optional()
      .describe("For a bad parameter: which, and why."),
  })
  .describe("An error.");

const placeName = z.object({ slug: z.string(), nameEn: z.string(), nameZh: text });

/** What a tie is, in its summary and its detail alike. */
const tieBasics = {
  slug: z.string(),
  type: z.enum(partnershipTypes),
  status: z.enum(partnershipStatuses),
  establishedOn: nullableDate,
  establishedPrecision: precision,
};

export const partnershipSummary = z
  .object({
    ...tieBasics,
    featured: z.boolean(),
    home: placeName.describe("The Shandong side."),
    partner: placeName.extend({ regionEn: text, countryCode: z.string() }).describe("The foreign side."),
  })
  .describe("A published partnership, as the directory lists it.");

const listOf = <T extends z.ZodType>(item: T, what: string) =>
  z
    .object({
      data: z.array(item),
      next: z.string().nullable().describe("The address of the next page (also in the Link header, rel=\"next\"); null on the last page."),
    })
    .describe(what);

export const partnershipList = listOf(partnershipSummary, "A page of published partnerships, by the partner's name, then the home's (English).");

export const profilePlace = z.object({
  slug: z.string(),
  nameEn: z.string(),
  nameZh: text,
  kind: z.enum(placeKinds),
  regionEn: text,
  regionZh: text,
  successorEn: text.describe("What the place is now, where it has merged or been renamed."),
  successorZh: text,
  countryCode: z.string(),
  continent: z.enum(continents),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});

const dated = {
  date: nullableDate,
  precision,
  titleEn: z.string(),
  titleZh: text,
  titleDescriptive: z.boolean().describe("The title describes the record; no source gives it that name."),
};

const signatory = z.object({ name: z.string(), nameZh: text, office: z.string(), officeZh: text, side: z.enum(signatorySides) });

const timelineItem = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("agreement"), ...dated, summaryEn: text, summaryZh: text, agreementKind: z.enum(agreementKinds), signatories: z.array(signatory) }),
  z.object({
    kind: z.literal("delegation"),
    ...dated,
    slug: z.string(),
    direction: z.enum(delegationDirections),
    outcomesEn: text,
    outcomesZh: text,
    dealAmount: z.string().nullable().describe("Exact decimal, in dealCurrency."),
    dealCurrency: text,
  }),
  z.object({ kind: z.literal("event"), ...dated, slug: z.string(), eventKind: z.enum(eventKinds), descriptionEn: text, descriptionZh: text }),
]);

export const partnershipDetail = z
  .object({
    ...tieBasics,
    summaryEn: text,
    summaryZh: text,
    bodyEn: text.describe("Markdown."),
    bodyZh: text.describe("Markdown."),
    sourceNoteEn: text.describe("Where the sources disagree."),
    sourceNoteZh: text,
    updatedAt: timestamp,
    home: profilePlace,
    partner: profilePlace,
    sources: z
      .array(z.object({ citation: z.string(), url: text, titleEn: text, titleZh: text, kind: z.enum(sourceKinds).nullable(), note: text }))
      .describe("Strongest first."),
    steps: z.array(z.object({ date, precision: z.enum(datePrecisions), labelEn: z.string(), labelZh: text })).describe("The dated steps of its history."),
    timeline: z.array(timelineItem).describe("Its latest agreements, delegations and events, newest first, as its page shows them (at most 10)."),
    counts: z.object({ agreement: z.number().int(), delegation: z.number().int(), event: z.number().int() }).describe("How many of each its whole timeline has."),
    deals: z.array(z.object({ currency: z.string(), amount: z.string() })).describe("Its delegations' deals, summed exactly by currency."),
    related: z.array(z.object({ slug: z.string(), homeNameEn: z.string(), homeNameZh: text, partnerNameEn: z.string(), partnerNameZh: text })),
    links: z.object({ agreements: z.string(), events: z.string() }).describe("Its whole lists of agreements and events in this API."),
  })
  .describe("A published partnership with what its public page shows.");

const placeListItem = profilePlace.extend({ isHome: z.boolean().describe("One of Shandong's own places.") });
export const placeList = listOf(placeListItem, "A page of published places, by English name.");

const otherPlace = z.object({
  slug: z.string(),
  nameEn: z.string(),
  nameZh: text,
  countryCode: z.string(),
  continent: z.enum(continents),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});

export const placeDetail = profilePlace
  .extend({
    isHome: z.boolean(),
    descriptionEn: text,
    descriptionZh: text,
    population: z.number().int().nullable(),
    total: z.number().int().describe("How many published partnerships it takes part in."),
    byCountry: z.array(z.object({ code: z.string(), count: z.number().int() })),
    byContinent: z.array(z.object({ continent: z.string(), count: z.number().int() })),
    partnerships: z
      .array(z.object({ slug: z.string(), type: z.enum(partnershipTypes), establishedOn: nullableDate, establishedPrecision: precision, other: otherPlace }))
      .describe("Every published partnership it takes part in, oldest first, with the place on the other side."),
  })
  .describe("A published place with its published partnerships.");

const time = z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/).nullable().describe("Local wall-clock time at the venue (timeZone).");

export const eventItem = z.object({
  slug: z.string(),
  kind: z.enum(eventKinds),
  titleEn: z.string(),
  titleZh: text,
  titleDescriptive: z.boolean(),
  startsOn: nullableDate,
  endsOn: nullableDate,
  datePrecision: precision,
  startTime: time,
  endTime: time,
  timeZone: z.string(),
  online: z.boolean(),
  venueEn: text,
  venueZh: text,
  organisersEn: text,
  organisersZh: text,
  descriptionEn: text,
  descriptionZh: text,
  updatedAt: timestamp,
});
export const eventList = listOf(eventItem, "A page of published events, the latest first (undated last).");

export const agreementItem = z.object({
  titleEn: z.string(),
  titleZh: text,
  kind: z.enum(agreementKinds),
  status: z.enum(agreementStatuses),
  signedOn: nullableDate,
  signedPrecision: precision,
  signedPlaceEn: text,
  signedPlaceZh: text,
  expiresOn: nullableDate,
  summaryEn: text,
  summaryZh: text,
  partnershipSlug: z.string(),
  homeNameEn: z.string(),
  homeNameZh: text,
  partnerNameEn: z.string(),
  partnerNameZh: text,
  signatories: z.array(signatory),
});
export const agreementList = listOf(agreementItem, "A page of published agreements of published partnerships, the latest first (undated last).");

/** The schemas the OpenAPI document names (components/schemas), by name. */
export const namedSchemas = {
  Error: errorBody,
  PartnershipList: partnershipList,
  Partnership: partnershipDetail,
  PlaceList: placeList,
  Place: placeDetail,
  EventList: eventList,
  AgreementList: agreementList,
} as const;
