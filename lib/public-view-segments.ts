/**
 * The twin routes of the pages whose state is in their query string (lib/public-views.ts), and how to read the state
 * back from a twin route's segments. Kept apart from the views' schemas so that the language switcher, in the browser,
 * can read it without them.
 */
export const twinRoutes = { directory: "directory", events: "event-list", delegations: "delegation-list", agreements: "agreement-list" } as const;

type Params = Record<string, string | string[] | undefined>;

/** The query-string state carried by a twin route's segment ("country=JP&page=2"), as the page's params. */
export function stateParams(segment: string): Params {
  // The segment arrives as written in the URL (percent-encoded) or decoded, depending on how it was reached.
  let query = segment;
  if (!query.includes("=")) {
    try {
      query = decodeURIComponent(query);
    } catch {
      return {};
    }
  }
  const params: Params = {};
  for (const [key, value] of new URLSearchParams(query)) params[key] = value;
  return params;
}

/** The same state as a query string, for links back to the URL the visitor asked for. */
export function stateQuery(segment: string): string {
  return new URLSearchParams(stateParams(segment) as Record<string, string>).toString();
}

/**
 * The query string of the public URL a route below [locale] serves, from the route's segments: the state of a twin
 * route (["directory", "country%3DJP"] → "country=JP"), a profile's timeline filter and page (["partners",
 * "jinan-vantaa", "timeline", "event", "2"] → "kind=event&page=2"), else "".
 */
export function publicQueryOf(segments: string[]): string {
  const [first, second, third, fourth, fifth] = segments;
  if (second && (Object.values(twinRoutes) as string[]).includes(first ?? "")) return stateQuery(second);
  if (first === "partners" && third === "timeline" && fourth) return new URLSearchParams({ kind: fourth, ...(fifth ? { page: fifth } : {}) }).toString();
  return "";
}
