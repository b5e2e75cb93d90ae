import { z } from "zod";
import { searchText } from "./fields";

/**
 * The query string of a list, staff or public (?q=&publication=draft&sort=name&page=2): how it is read, and how links
 * write it. Anything malformed is dropped rather than refused: a stale bookmark still shows a list.
 */

/** A query parameter's value; of a repeated one, the first. */
export const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** A query parameter that is dropped (undefined) when it is blank or malformed; a repeated one counts once. */
export const lenient = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => {
    const f = first(v);
    return f === "" ? undefined : f;
  }, schema.optional().catch(undefined));

export const listFilters = {
  q: lenient(searchText(100)),
  publication: lenient(z.enum(["draft", "published"])),
  /** Archived records are hidden from the working lists unless asked for. */
  archived: lenient(z.enum(["only", "include"])),
  /** A city office's staff see their office's records unless they ask for every office's (lib/records/offices.ts). */
  office: lenient(z.enum(["all"])),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
};

export const lenientEnum = <T extends readonly [string, ...string[]]>(values: T) => lenient(z.enum(values));
export const lenientCountry = lenient(z.string().regex(/^[A-Za-z]{2}$/).transform((s) => s.toUpperCase()));
export const lenientId = lenient(z.coerce.number().int().min(1).max(2_147_483_647));
/** The years a filter may name: the office's ties begin in the 20th century; anything else is a typo. */
export const filterYears = { min: 1900, max: 2100 } as const;
export const lenientYear = lenient(z.coerce.number().int().min(filterYears.min).max(filterYears.max));
export const sortField = <T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(first, z.enum(values).catch(fallback).default(fallback));

export type SearchParams = Record<string, string | string[] | undefined>;

type ListState = Record<string, string | number | null | undefined>;

/**
 * A list's state as a query string ("country=JP&page=2"), in the state's key order, without empty values, the first
 * page, or a value that is its key's default: links stay short, and one state has one address (on the public site,
 * one cache entry). Every list's links are built with it, staff and public (lib/public-views.ts).
 */
export function queryString(state: ListState, defaults: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value === undefined || value === null || value === "") continue;
    if (key === "page" && Number(value) <= 1) continue;
    if (defaults[key] === value) continue;
    params.set(key, String(value));
  }
  return params.toString();
}

/** A list's address: `path` with its state's query string (see queryString), or `path` alone for the default state. */
export function listHref(path: string, state: ListState, defaults: Record<string, string | number> = {}): string {
  const s = queryString(state, defaults);
  return s ? `${path}?${s}` : path;
}

export const staffPageSize = 25;

/** A record id from a URL segment ("/staff/places/12"): digits only, in range; anything else is a 404. */
export function routeId(raw: string): number | null {
  if (!/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return id >= 1 && id <= 2_147_483_647 ? id : null;
}

/** A kind's list query: the filters every list has, its own, and its sorts (the first is the default). */
export function listSchemaOf<Own extends z.ZodRawShape, const Sorts extends readonly [string, ...string[]]>(own: Own, sorts: Sorts) {
  return z.object({ ...listFilters, ...own, sort: sortField(sorts, sorts[0]) });
}
