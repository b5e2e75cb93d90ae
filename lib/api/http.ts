import crypto from "node:crypto";
import { z } from "zod";
import { clientAddressOf } from "@/lib/auth/client-address";
import { isNotModified } from "@/lib/conditional-get";
import { decodeCursor, encodeCursor, type CursorKey, type CursorList } from "./cursor";
import { rateLimitHeaders, takeApiRequest } from "./rate-limit";

/**
 * What every JSON API route (app/api/v1) shares, written once: the rate limit, CORS, JSON with an ETag (and 304 when
 * the client has it already), errors as `{ error, issues? }`, query strings validated with the zod schemas of
 * ./schemas.ts, and the pages' cursors and next links.
 */

/** An answer other than 200, with its JSON body (./schemas.ts, errorBody). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: { path: (string | number)[]; message: string }[],
  ) {
    super(message);
  }
}

/** A 404 for a record the public can't see: unknown, draft, archived, or between places that are not published. */
export const notFound = (what: string) => new ApiError(404, `No published ${what} has this slug.`);

/** Anyone may read the API from any site: it is public data, with no cookies or credentials involved. */
const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "ETag, Link, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset",
};

/** The answer to a CORS preflight (OPTIONS): GET (and HEAD) from anywhere, with the headers a client may send. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, Accept, Accept-Language, Content-Type",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
    },
  });
}

/** A body's ETag: a hash of its bytes, so that an unchanged answer is a 304 however it was produced. */
function etagOf(body: string): string {
  return `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function json(request: Request, status: number, body: unknown, headers: Record<string, string>): Response {
  const text = JSON.stringify(body);
  const etag = etagOf(text);
  const common = {
    ...corsHeaders,
    ...headers,
    // Clients and caches may keep it but ask each time (If-None-Match): a change published shows on the next request.
    "Cache-Control": "no-cache",
    ETag: etag,
  };
  if (status === 200 && isNotModified(request.headers, { etag, lastModified: null })) return new Response(null, { status: 304, headers: common });
  return new Response(text, { status, headers: { ...common, "Content-Type": "application/json; charset=utf-8" } });
}

/** A Next.js redirect thrown by a cached read while the database is down (lib/data/cached-read.ts). */
function isOutageRedirect(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") && digest.includes("/unavailable");
}

export interface ApiAnswer {
  body: unknown;
  /** Extra headers (Link). */
  headers?: Record<string, string>;
}

/**
 * A GET route of the API: the client's request counted against its rate limit (429 beyond it), then `answer`, whose
 * body is sent as JSON with an ETag; an ApiError is sent as its status and `{ error, issues? }`.
 */
export function apiRoute<C>(answer: (request: Request, context: C) => Promise<ApiAnswer>) {
  return async (request: Request, context: C): Promise<Response> => {
    const limit = await takeApiRequest(clientAddressOf(request.headers));
    const limitHeaders = rateLimitHeaders(limit);
    if (!limit.allowed) {
      return json(request, 429, { error: `Too many requests: at most ${limit.limit} a minute from one address. Try again in ${limit.resetSeconds} s.` }, limitHeaders);
    }
    try {
      const { body, headers } = await answer(request, context);
      return json(request, 200, body, { ...limitHeaders, ...headers });
    } catch (error) {
      if (error instanceof ApiError) {
        return json(request, error.status, { error: error.message, ...(error.issues ? { issues: error.issues } : {}) }, limitHeaders);
      }
      if (isOutageRedirect(error)) {
        return json(request, 503, { error: "The database can't be reached; try again shortly." }, { ...limitHeaders, "Retry-After": "5" });
      }
      throw error;
    }
  };
}

/**
 * The query string checked against a route's schema (./schemas.ts): its values, or a 400 naming each bad parameter.
 * A repeated parameter counts once (its first value), as the pages read theirs.
 */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) if (!(key in params)) params[key] = value;
  const result = schema.safeParse(params);
  if (!result.success) {
    throw new ApiError(
      400,
      "Bad query parameter.",
      result.error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: issue.message })),
    );
  }
  return result.data;
}

/** The key a `cursor` parameter holds for this list, or a 400: null without one (the first page). */
export function cursorKey<L extends CursorList>(list: L, cursor: string | undefined): CursorKey<L> | null {
  if (cursor === undefined) return null;
  const key = decodeCursor(list, cursor);
  if (!key) throw new ApiError(400, "Bad cursor: pass back the `cursor` of a `next` link of this list unchanged.", [{ path: ["cursor"], message: "Invalid cursor" }]);
  return key;
}

/**
 * A page's body and headers: its items, and the address of the next page (the same query with the next cursor) in
 * the body's `next` and in a Link header, or null on the last page.
 */
export function listAnswer<L extends CursorList, T>(request: Request, list: L, items: T[], next: CursorKey<L> | null): ApiAnswer {
  if (!next) return { body: { data: items, next: null } };
  const url = new URL(request.url);
  url.searchParams.set("cursor", encodeCursor(list, next));
  const href = url.toString();
  return { body: { data: items, next: href }, headers: { Link: `<${href}>; rel="next"` } };
}
