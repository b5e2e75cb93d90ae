import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/data/users";
import { env } from "@/lib/env";
import { signInSchema } from "@/lib/validation/auth";
import { authSecret } from "./secret";

/** The claims Amity keeps in its JWT: who, and which session version of theirs it was issued under. */
interface AmityClaims {
  uid?: number;
  sv?: number;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  // Amity is self-hosted behind its own server or a reverse proxy that sets the Host header.
  trustHost: true,
  session: { strategy: "jwt", maxAge: Math.round(env().AMITY_SESSION_HOURS * 3600) },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new CredentialsSignin();
        const user = await verifyCredentials(parsed.data);
        if (!user) throw new CredentialsSignin();
        return { id: String(user.id), name: user.name, email: user.email, sv: user.sessionVersion };
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
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const claims = token as typeof token & AmityClaims;
        claims.uid = Number(user.id);
        claims.sv = (user as { sv?: number }).sv;
      }
      return token;
    },
    session({ session, token }) {
      const claims = token as typeof token & AmityClaims;
      return { ...session, uid: claims.uid, sv: claims.sv };
    },
  },
}));

export type { AmityClaims };
