import { NextResponse, type NextRequest } from "next/server";

/**
 * An optimistic early redirect only: a visitor with no session cookie at all goes to the sign-in page instead of
 * rendering a staff page first. It reads no database and decides nothing; every staff page and server action checks
 * the session and role itself (lib/auth/session.ts).
 */
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = sessionCookies.some((name) => request.cookies.has(name));
  if (!hasSession) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/staff", "/staff/:path*"],
};
