import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { loginInput } from "@/lib/schemas/desk";
import { authConfig } from "./config";
import { revokeSession, sessionIsLive, startSession } from "./sessions";
import { checkCredentials, loginClient } from "./credentials";

// Refused because the account, the address or the device must wait a while (the login action tells
// the user how long).
export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = loginInput.safeParse(credentials);
        if (!parsed.success) throw new CredentialsSignin();
        const db = await getDb();
        const client = loginClient(parsed.data.email, request.headers);
        const outcome = await checkCredentials(db, client, parsed.data.password);
        if (outcome.kind === "throttled") throw new ThrottledSignin();
        // The same answer for an unknown email, a wrong password and a disabled account.
        if (outcome.kind === "refused") throw new CredentialsSignin();
        const { user } = outcome;
        const sid = await startSession(db, { userId: user.id, userAgent: request.headers.get("user-agent"), ip: client.ip });
        return { id: String(user.id), name: user.name, email: user.email, role: user.role, sid };
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    // Whenever Auth.js reads the cookie (auth(), GET /api/auth/session), a session the server
    // ended (logout, disable, password change, idle, too old) is no session: null makes Auth.js
    // clear the cookie rather than re-issue it.
    async jwt(params) {
      const token = authConfig.callbacks.jwt(params);
      if (!token || params.user) return token;
      const userId = Number(token.id);
      if (typeof token.sid !== "string" || !(await sessionIsLive(await getDb(), { userId, sid: token.sid }))) return null;
      return token;
    },
  },
  events: {
    // Logging out (the form or POST /api/auth/signout) ends the session on the server: a copy
    // of the cookie kept elsewhere stops working too.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token && typeof token.sid === "string") await revokeSession(await getDb(), token.sid);
    },
  },
});
