import "server-only";
import { eq } from "drizzle-orm";
import { cookies, headers } from "next/headers";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { loginClient } from "./credentials";
import { deviceCookieValue, DEVICE_COOKIE, DEVICE_MAX_AGE } from "./device";
import { loginKeys, waitSeconds } from "./throttle";

// Seconds the login form must wait for this email from this client (0: none).
export async function loginWait(email: string, headers: Headers): Promise<number> {
  return waitSeconds(await getDb(), loginKeys(loginClient(email, headers)));
}

// After a successful login from the form: this browser becomes a known device for the account
// (server/auth/device.ts), exempt from the account's and the address's throttle.
export async function rememberDevice(email: string): Promise<void> {
  const value = deviceCookieValue(email);
  if (!value) return;
  const secure = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(DEVICE_COOKIE, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: DEVICE_MAX_AGE });
}

// Whether this account must choose a new password (an admin set the current one).
export async function mustChangePassword(email: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ must: users.mustChangePassword }).from(users).where(eq(users.email, email)).limit(1);
  return !!row?.must;
}
