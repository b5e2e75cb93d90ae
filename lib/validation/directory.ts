import { z } from "zod";
import { continents, partnershipStatuses, partnershipTypes } from "@/lib/enums";
import { searchText } from "./fields";

/**
 * The directory's query string (?q=&country=JP&type=sister_city&page=2). Anything malformed is dropped rather than
 * refused: a shared link with a stale or mistyped filter still shows results, and the form shows what was applied.
 */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional()).catch(undefined);
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const directoryQuerySchema = z.object({
  q: z.preprocess(first, optional(searchText(100))),
  country: z.preprocess(first, optional(z.string().regex(/^[A-Za-z]{2}$/).transform((s) => s.toUpperCase()))),
  continent: z.preprocess(first, optional(z.enum(continents))),
  type: z.preprocess(first, optional(z.enum(partnershipTypes))),
  status: z.preprocess(first, optional(z.enum(partnershipStatuses))),
  home: z.preprocess(first, optional(z.string().regex(/^[a-z0-9-]{1,80}$/))),
  decade: z.preprocess(first, optional(z.coerce.number().int().min(1900).max(2100).refine((d) => d % 10 === 0))),
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
