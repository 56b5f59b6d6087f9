import "server-only";
import { eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { loginInput } from "@/lib/schemas/desk";
import { authConfig } from "./config";
import { DUMMY_HASH, verifyPassword } from "@/lib/auth/password";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const parsed = loginInput.safeParse(credentials);
        if (!parsed.success) throw new CredentialsSignin();
        const db = await getDb();
        const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email)).limit(1);
        // Same work whether or not the account exists: the answer never tells which it was.
        const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
        if (!user || !ok || user.disabledAt) throw new CredentialsSignin();
        return { id: String(user.id), name: user.name, email: user.email, role: user.role };
      },
    }),
  ],
});
