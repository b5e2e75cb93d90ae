/**
 * Conditional GETs (RFC 9110, 13): whether the client's copy of an answer is current, for every route that sends
 * validators (the open data files, lib/open-data/http.ts; the JSON API, lib/api/http.ts).
 */

/** The entity tags in an If-None-Match header, without their weakness (a GET compares them weakly: RFC 9110, 13.1.2). */
function entityTags(header: string): string[] {
  return [...header.matchAll(/(?:W\/)?("[^"]*")/g)].map((m) => m[1]!);
}

/**
 * Whether the client's copy is current (RFC 9110, 13.2.2): If-None-Match when sent (its "*" or one of its tags), else
 * If-Modified-Since, compared at the whole second an HTTP date has. A date that can't be read is ignored.
 */
export function isNotModified(headers: Headers, file: { etag: string; lastModified: string | null }): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    return ifNoneMatch.trim() === "*" || entityTags(ifNoneMatch).includes(file.etag.replace(/^W\//, ""));
  }
  const since = Date.parse(headers.get("if-modified-since") ?? "");
  if (Number.isNaN(since) || file.lastModified === null) return false;
  return Math.floor(Date.parse(file.lastModified) / 1000) * 1000 <= since;
}
