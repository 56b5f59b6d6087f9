import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { accountKey, clientIp, ipKey, waitSeconds } from "./throttle";

// Seconds the login form must wait for this email from this client (0: none).
export async function loginWait(email: string, headers: Headers): Promise<number> {
  return waitSeconds(await getDb(), [accountKey(email), ipKey(clientIp(headers))]);
}

// Whether this account must choose a new password (an admin set the current one).
export async function mustChangePassword(email: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ must: users.mustChangePassword }).from(users).where(eq(users.email, email)).limit(1);
  return !!row?.must;
}
