import { z } from "zod";
import { continents, partnershipStatuses, partnershipTypes } from "@/lib/enums";
import { searchText } from "./fields";
import { filterYears, lenient, lenientCountry, lenientEnum } from "./lists";

/**
 * The directory's query string (?q=&country=JP&type=sister_city&page=2). Anything malformed is dropped rather than
 * refused: a shared link with a stale or mistyped filter still shows results, and the form shows what was applied.
 */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

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

/** The query string for a directory state, without defaults, so shared links stay short. */
export function directoryHref(query: Partial<DirectoryQuery>): string {
  const params = new URLSearchParams();
  for (const key of ["q", "country", "continent", "type", "home", "status", "decade"] as const) {
    const value = query[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  if (query.sort && query.sort !== "name") params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const s = params.toString();
  return s ? `?${s}` : "";
}
