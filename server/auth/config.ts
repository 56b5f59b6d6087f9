// The part of the Auth.js configuration that needs no database: shared by proxy.ts (which only
// redirects) and by server/auth/index.ts (which adds the credentials provider).
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/domain";

declare module "next-auth" {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { id: string; role: Role; name?: string | null; email?: string | null };
  }
}

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  // Self-hosted behind any host name; Auth.js checks its own CSRF token on every POST.
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.id);
      session.user.role = token.role as Role;
      return session;
    },
  },
} satisfies NextAuthConfig;
