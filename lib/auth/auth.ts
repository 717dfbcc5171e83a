// next-auth (Auth.js v5) with a credentials provider and JWT sessions. The token holds
// only the user id, role and session version; every read re-checks them against the
// database (lib/auth/session-claims.ts), so sign-out, role change and disabling act at once.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { clientAddressFrom } from "@/lib/security/client-address";
import { authorizeCredentials } from "./authorize-credentials";
import { isSessionClaims, revalidateSessionClaims, type SessionClaims } from "./session-claims";

/** Raised to the sign-in form; `code` is all it carries (no personal data). */
class ThrottledSignIn extends CredentialsSignin {
  override code = "throttled";
}

function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: start the app with `npm run dev` or `npm start`");
  return secret;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  // Behind a load balancer the public host comes from the forwarded headers.
  trustHost: true,
  session: { strategy: "jwt", maxAge: env().CITIZEN_SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/sign-in" },
  // Auth.js logs whole errors by default; ours carry no credentials, and we log names only.
  logger: {
    error: (error) => console.error(`[auth] ${(error as { type?: string }).type ?? "error"}`),
    warn: () => {},
    debug: () => {},
  },
  providers: [
    Credentials({
      credentials: { iin: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authorizeCredentials(credentials, {
          clientAddress: clientAddressFrom(request.headers),
          secret: authSecret(),
        });
        if (result.ok) return { id: result.user.id, role: result.user.role, sessionVersion: result.user.sessionVersion };
        if (result.reason === "throttled") throw new ThrottledSignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const claims: SessionClaims = {
          uid: user.id as string,
          role: (user as { role: SessionClaims["role"] }).role,
          sv: (user as { sessionVersion: number }).sessionVersion,
          activeAt: Date.now(),
          signedInAt: Date.now(),
        };
        return { ...claims };
      }
      if (!isSessionClaims(token)) return null;
      const claims = await revalidateSessionClaims(token, {
        now: Date.now(),
        staffIdleMinutes: env().STAFF_SESSION_IDLE_MINUTES,
        maxSessionHours: env().SESSION_MAX_HOURS,
      });
      return claims ? { ...claims } : null;
    },
    session({ session, token }) {
      // The session exposes an opaque id and the role only: no name, phone or IIN.
      return { expires: session.expires, user: { id: token.uid, role: token.role } } as unknown as typeof session;
    },
  },
}));
