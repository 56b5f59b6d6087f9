// The part of the Auth.js configuration that needs no database: shared by proxy.ts (which only
// redirects) and by server/auth/index.ts (which adds the credentials provider).
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/domain";
import { safeRedirectPath } from "@/lib/url/safe-redirect";

declare module "next-auth" {
  interface User {
    role?: Role;
    sid?: string;
  }
  // What the client may see (GET /api/auth/session). The server-side session id (`sid`) stays in
  // the encrypted JWT only: a script or a log that reads the session must not learn it.
  interface Session {
    user: { id: string; role: Role; name?: string | null; email?: string | null };
  }
}

// The cookie's lifetime. Auth.js re-signs the JWT (and its `exp`) whenever the session is read;
// `started`, written once at login, keeps the lifetime absolute: past it the jwt callback
// returns null and Auth.js clears the cookie. The sessions table decides in any case.
const MAX_AGE = 12 * 60 * 60;

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: MAX_AGE },
  // Auth.js refuses every request unless it may build its URLs from the request's host. Which
  // host that is, is decided in proxy.ts: the configured AUTH_URL/SIJILL_PUBLIC_URL, else the
  // Host header; X-Forwarded-Host/-Proto reach Auth.js only with SIJILL_TRUST_PROXY=1 or
  // AUTH_TRUST_HOST (proxy.ts strips them otherwise). Auth.js checks its own CSRF token on POSTs.
  trustHost: true,
  providers: [],
  callbacks: {
    // After login and logout: a path on this site only (the default also lets "/\\evil" and
    // CR/LF through as a path).
    redirect({ url, baseUrl }) {
      const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
      return `${baseUrl}${safeRedirectPath(path, "/")}`;
    },
    jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = user.role;
        token.sid = user.sid;
        token.started = Math.floor(Date.now() / 1000);
      }
      const started = Number(token.started);
      if (!Number.isFinite(started) || Date.now() / 1000 - started > MAX_AGE) return null;
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.id);
      session.user.role = token.role as Role;
      return session;
    },
  },
} satisfies NextAuthConfig;
