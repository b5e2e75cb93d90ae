import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "@/i18n/routing";
import { env } from "@/lib/env";
import { canonicalQuery, isCanonicalQuery, viewRoute } from "@/lib/public-views";
import { isSameOrigin } from "@/lib/request-origin";

/**
 * Routing and cheap refusals, before any page runs: a visitor to the public site is sent to /en or /zh (the URL's
 * language, else the browser's); a query-string view is rewritten to its cached twin; a visitor to the staff area with
 * no session cookie at all goes to the sign-in page; an undecodable path gets a 400, and a POST from anywhere but the
 * portal's own pages a 403 (Next.js checks server actions too, by host only: no layer is the only check). It reads no
 * database, so it decides nothing about who may do what: every staff page and server action checks the session and
 * role itself (lib/auth/session.ts).
 */
const intl = createMiddleware(routing);
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * A POST that a page of this portal did not send: its Origin is missing, "null", another site, or this host over the
 * other scheme. Every POST counts, not only those with a Next-Action header: a form posted without JavaScript is a
 * server action too (Next.js takes any multipart or urlencoded POST to a page as one, by its $ACTION_ fields), and
 * Next.js answers a foreign one with a 500. Auth.js's own endpoints are left to Auth.js, which checks a CSRF token.
 */
function crossSitePost(request: NextRequest): boolean {
  if (request.method !== "POST" || request.nextUrl.pathname.startsWith("/api/auth/")) return false;
  const first = (name: string) => request.headers.get(name)?.split(",")[0]?.trim() || null;
  return !isSameOrigin({
    origin: request.headers.get("origin"),
    host: first("x-forwarded-host") ?? request.headers.get("host"),
    protocol: first("x-forwarded-proto") ?? request.nextUrl.protocol.replace(/:$/, ""),
    siteUrl: env().AMITY_SITE_URL,
  });
}

/** Whether each segment of a path is valid percent-encoding (Next.js answers 500 when it can't decode one). */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * The request as the app sees it: with a request id (the one an upstream proxy set, else a new one) that errors are
 * logged and shown with, and the address asked for, for pages that send a visitor on and back.
 */
function withContext(request: NextRequest): NextRequest {
  const headers = new Headers(request.headers);
  if (!/^[A-Za-z0-9-]{6,64}$/.test(headers.get("x-request-id") ?? "")) headers.set("x-request-id", crypto.randomUUID().slice(0, 13));
  headers.set("x-amity-url", request.nextUrl.pathname + request.nextUrl.search);
  return new NextRequest(request, { headers });
}

export function proxy(incoming: NextRequest) {
  const request = withContext(incoming);
  const next = () => NextResponse.next({ request: { headers: request.headers } });
  if (!decodable(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: this address is not valid.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (crossSitePost(request)) {
    return new NextResponse("Cross-site request refused.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { pathname, search } = request.nextUrl;
  // Files (feed.xml, events.ics, icon.svg) and the auth API get the checks above and nothing else.
  if (pathname === "/login" || pathname === "/unavailable" || pathname.startsWith("/api/") || /\.[a-z0-9]+$/i.test(pathname)) return next();
  if (pathname === "/staff" || pathname.startsWith("/staff/")) {
    if (!sessionCookies.some((name) => request.cookies.has(name))) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(login);
    }
    return next();
  }
  // A page whose state is in the query string has one address for each state (no empty, default or unknown
  // parameters: a search form sends every field, filled or not): any other is sent there, without JavaScript too.
  const canonical = canonicalQuery(pathname, request.nextUrl.searchParams);
  if (canonical !== null && !isCanonicalQuery(request.nextUrl.searchParams, canonical)) {
    const clean = request.nextUrl.clone();
    clean.search = canonical;
    return NextResponse.redirect(clean);
  }
  // A page whose state is in the query string is served, cached, by its twin route (lib/public-views.ts).
  const view = viewRoute(pathname, request.nextUrl.searchParams);
  if (view) return NextResponse.rewrite(new URL(view, request.url), { request: { headers: request.headers } });
  return intl(request);
}

export const config = {
  // Everything but Next.js's own files.
  matcher: ["/((?!_next/static|_next/image|_vercel).*)"],
};
