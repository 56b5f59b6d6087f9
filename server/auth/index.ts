import "server-only";
import { eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { loginInput } from "@/lib/schemas/desk";
import { authConfig } from "./config";
import { DUMMY_HASH, verifyPassword } from "@/lib/auth/password";
import { revokeSession, sessionIsLive, startSession } from "./sessions";
import { accountKey, clientIp, ipKey, recordFailure, recordSuccess, waitSeconds } from "./throttle";

// Refused because the account or the address is locked for a while (the login action tells
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
        const ip = clientIp(request.headers);
        const { email, password } = parsed.data;
        // A locked account or address is refused before the password is even looked at.
        if ((await waitSeconds(db, [accountKey(email), ipKey(ip)])) > 0) throw new ThrottledSignin();
        const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
        // Same work whether or not the account exists: the answer never tells which it was.
        const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
        if (!user || !ok || user.disabledAt) {
          await recordFailure(db, { email, ip });
          throw new CredentialsSignin();
        }
        await recordSuccess(db, email);
        const sid = await startSession(db, { userId: user.id, userAgent: request.headers.get("user-agent"), ip });
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
