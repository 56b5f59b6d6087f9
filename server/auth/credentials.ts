import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { DUMMY_HASH, verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/domain";
import { clientAddress } from "./client-address";
import { deviceCookieIn, knownDevice } from "./device";
import { loginKeys, recordFailure, recordSuccess, waitSeconds, type LoginClient } from "./throttle";

// One login attempt, as the credentials provider (server/auth/index.ts) and the tests make it:
// throttled first (server/auth/throttle.ts), then the password, the same work whether or not the
// account exists.
export type LoginOutcome =
  { kind: "ok"; user: { id: number; name: string; email: string; role: Role } } | { kind: "throttled"; waitSeconds: number } | { kind: "refused" };

// Who is logging in, from the request: the client address and the device cookie, if it is valid
// for the email typed.
export function loginClient(email: string, headers: Headers): LoginClient {
  return { email, ip: clientAddress(headers), device: knownDevice(deviceCookieIn(headers.get("cookie")), email) };
}

export async function checkCredentials(db: Db, client: LoginClient, password: string): Promise<LoginOutcome> {
  // A key that must wait is refused before the password is even looked at.
  const wait = await waitSeconds(db, loginKeys(client));
  if (wait > 0) return { kind: "throttled", waitSeconds: wait };
  const [user] = await db.select().from(users).where(eq(users.email, client.email)).limit(1);
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.disabledAt) {
    await recordFailure(db, client);
    return { kind: "refused" };
  }
  await recordSuccess(db, client);
  return { kind: "ok", user: { id: user.id, name: user.name, email: user.email, role: user.role } };
}
