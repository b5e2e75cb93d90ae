import { z } from "zod";
import { continents, partnershipStatuses, partnershipTypes } from "@/lib/enums";
import { searchText } from "./fields";
import { filterYears, first, lenient, lenientCountry, lenientEnum, listHref, queryString } from "./lists";

/**
 * The directory's query string (?q=&country=JP&type=sister_city&page=2). Anything malformed is dropped rather than
 * refused: a shared link with a stale or mistyped filter still shows results, and the form shows what was applied.
 */
export const directoryQuerySchema = z.object({
  q: lenient(searchText(100)),
  country: lenientCountry,
  continent: lenientEnum(continents),
  type: lenientEnum(partnershipTypes),
  status: lenientEnum(partnershipStatuses),
  home: lenient(z.string().regex(/^[a-z0-9-]{1,80}$/)),
  decade: lenient(z.coerce.number().int().min(filterYears.min).max(filterYears.max).refine((d) => d % 10 === 0)),
  sort: z.preprocess(first, z.enum(["name", "year"]).catch("name").default("name")),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1).default(1)),
});

export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

export function parseDirectoryQuery(params: Record<string, string | string[] | undefined>): DirectoryQuery {
  return directoryQuerySchema.parse(params);
}

/** A directory state in the order its query string names it ("q", the filters, "sort", "page"). */
function inOrder(query: Partial<DirectoryQuery>) {
  const { q, country, continent, type, home, status, decade, sort, page } = query;
  return { q, country, continent, type, home, status, decade, sort, page };
}

const defaults = { sort: "name" };

/** The query string of a directory state ("country=JP&page=2"), without defaults, so shared links stay short. */
export function directoryQueryString(query: Partial<DirectoryQuery>): string {
  return queryString(inOrder(query), defaults);
}

/** The same with its "?" ("" for the first page unfiltered), to follow /partners in a link. */
export function directoryHref(query: Partial<DirectoryQuery>): string {
  return listHref("", inOrder(query), defaults);
}
