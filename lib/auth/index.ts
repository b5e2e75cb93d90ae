import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { noteDatabaseError } from "@/lib/data/health";
import { endSessions, SignInThrottledError, verifyCredentials } from "@/lib/data/sign-in";
import { env } from "@/lib/env";
import { safeReturnPath } from "@/lib/forms";
import { signInSchema } from "@/lib/validation/auth";
import { clientAddressOf } from "./client-address";
import { authSecret } from "./secret";

/** A refused sign-in that tells how long to wait: its code ("throttled-15") says the minutes left. */
class ThrottledSignin extends CredentialsSignin {
  constructor(until: Date) {
    super();
    this.code = `throttled-${Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000))}`;
  }
}

/** A sign-in that could not be checked because the database can't be reached: not the user's mistake. */
class UnavailableSignin extends CredentialsSignin {
  override code = "unavailable";
}

/**
 * The claims Amity keeps in its JWT: who, which session version of theirs it was issued under, and when they signed
 * in (seconds since the epoch). Auth.js re-signs the token with a fresh expiry whenever the session is read, so its
 * own `iat` and `exp` move forward; the sign-in time never does.
 */
interface AmityClaims {
  uid?: number;
  sv?: number;
  signedInAt?: number;
}

const nowInSeconds = () => Math.floor(Date.now() / 1000);

/** Seconds this session has left before AMITY_SESSION_HOURS have passed since its sign-in (0 or less: over). */
function secondsLeft(claims: AmityClaims, maxAge: number): number {
  return typeof claims.signedInAt === "number" ? claims.signedInAt + maxAge - nowInSeconds() : 0;
}

/**
 * The Auth.js configuration. Session cookies are HttpOnly and SameSite=Lax (Auth.js's defaults), and Secure (with the
 * __Secure- prefix) whenever the portal is served over HTTPS, as AMITY_SITE_URL says it is in production.
 */
export function authConfig(): NextAuthConfig {
  const maxAge = Math.round(env().AMITY_SESSION_HOURS * 3600);
  return {
    secret: authSecret(),
    // Amity is self-hosted behind its own server or a reverse proxy that sets the Host header.
    trustHost: true,
    useSecureCookies: env().AMITY_SITE_URL.startsWith("https://"),
    session: { strategy: "jwt", maxAge },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      Credentials({
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        // Every sign-in comes through here, the form's and a direct POST to /api/auth/callback/credentials alike, so the
        // throttle here covers both.
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) throw new CredentialsSignin();
          try {
            const user = await verifyCredentials(parsed.data, { clientAddress: clientAddressOf(request.headers) });
            if (!user) throw new CredentialsSignin();
            return { id: String(user.id), name: user.name, email: user.email, sv: user.sessionVersion };
          } catch (error) {
            if (error instanceof SignInThrottledError) throw new ThrottledSignin(error.until);
            if (noteDatabaseError(error)) throw new UnavailableSignin();
            throw error;
          }
        },
      }),
    ],
    logger: {
      // A failed sign-in is expected and already in the audit log; anything else is one line, never a stack trace.
      error(error) {
        // Auth.js errors carry their kind in `type` (class names are minified in the build).
        const type = (error as { type?: string }).type ?? error.name;
        if (type === "CredentialsSignin") return;
        const cause = (error as { cause?: { err?: Error } }).cause?.err?.message;
        console.warn(`[auth] ${type}${cause ? `: ${cause}` : ""}`);
      },
      warn(code) {
        console.warn(`[auth] warning: ${code}`);
      },
    },
    events: {
      // Every sign-out (the staff header's button and a direct POST to /api/auth/signout) ends all of the account's
      // sessions: a JWT can't be recalled, so its session version is retired instead, and a copy of the cookie taken
      // before is refused like the original. The price: the account is signed out on its other devices too.
      async signOut(message) {
        const claims = ("token" in message ? message.token : null) as AmityClaims | null;
        if (claims?.uid && claims.sv) await endSessions({ id: claims.uid, sessionVersion: claims.sv });
      },
    },
    callbacks: {
      // Where Auth.js sends the browser after signing in or out. A POST straight to /api/auth/callback/credentials names
      // its own callbackUrl, so it gets the sign-in form's check: a path on this site, else the staff area.
      redirect({ url, baseUrl }) {
        const origin = new URL(baseUrl).origin;
        if (url.startsWith("/")) return origin + safeReturnPath(url);
        const target = URL.canParse(url) ? new URL(url) : null;
        return origin + (target?.origin === origin ? safeReturnPath(target.pathname + target.search + target.hash) : "/staff");
      },
      jwt({ token, user }) {
        const claims = token as typeof token & AmityClaims;
        if (user) {
          claims.uid = Number(user.id);
          claims.sv = (user as { sv?: number }).sv;
          claims.signedInAt = nowInSeconds();
          return token;
        }
        // However often it is used (and so re-issued), a session ends AMITY_SESSION_HOURS after its sign-in. A token
        // without a sign-in time predates this rule and is ended too.
        return secondsLeft(claims, maxAge) > 0 ? token : null;
      },
      session({ session, token }) {
        const claims = token as typeof token & AmityClaims;
        return { ...session, uid: claims.uid, sv: claims.sv };
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);

export type { AmityClaims };
