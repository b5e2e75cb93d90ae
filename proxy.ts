import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/i18n/routing";

/**
 * Early routing only, no decisions that matter: a visitor to the public site is sent to /en or /zh (the URL's
 * language, else the browser's); a visitor to the staff area with no session cookie at all goes to the sign-in page.
 * It reads no database: every staff page and server action checks the session and role itself (lib/auth/session.ts).
 */
const intl = createMiddleware(routing);
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/staff" || pathname.startsWith("/staff/")) {
    if (!sessionCookies.some((name) => request.cookies.has(name))) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(login);
    }
    return NextResponse.next();
  }
  return intl(request);
}

export const config = {
  // Everything but Next.js internals, the auth API, sign-in, and files with an extension (icon.svg, feed.xml…).
  matcher: ["/((?!api|_next|_vercel|login|.*\\..*).*)"],
};
