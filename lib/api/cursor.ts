import { z } from "zod";

/**
 * The JSON API's page cursors: the key of the last record of a page (its values in the list's order, then its id),
 * named for the list it belongs to, as base64url JSON. Clients treat it as opaque and pass it back; the key makes
 * paging stable (a record published or withdrawn meanwhile neither repeats nor skips another), unlike page numbers.
 */

const id = z.number().int().min(1).max(2_147_483_647);
const day = z.iso.date().nullable();
const name = z.string().max(500);

/** Each list's key: what its order sorts on, then the id. */
export const cursorKeys = {
  partnerships: z.tuple([name, name, id]),
  places: z.tuple([name, id]),
  events: z.tuple([day, id]),
  agreements: z.tuple([day, id]),
} as const;

export type CursorList = keyof typeof cursorKeys;
export type CursorKey<L extends CursorList> = z.infer<(typeof cursorKeys)[L]>;

export function encodeCursor<L extends CursorList>(list: L, key: CursorKey<L>): string {
  return Buffer.from(JSON.stringify({ l: list, k: key })).toString("base64url");
}

/** The key in a cursor of that list, or null for anything else (malformed, tampered with, or another list's). */
export function decodeCursor<L extends CursorList>(list: L, cursor: string): CursorKey<L> | null {
  // Node's base64 decoder skips characters outside the alphabet: checked first, so one cursor has one spelling.
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || (parsed as { l?: unknown }).l !== list) return null;
  const key = (cursorKeys[list] as z.ZodType).safeParse((parsed as { k?: unknown }).k);
  return key.success ? (key.data as CursorKey<L>) : null;
}
