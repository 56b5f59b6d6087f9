import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { hasSessionCookie } from "@/lib/http/session-cookie";
import { getDb, getReadDb } from "@/db/client";
import type { Ctx, SessionUser } from "../verb";
import { resolveUser } from "./principal";
import { auth } from "./index";

// The acting user for this request (once per request): the cookie's session must still be
// live on the server (not logged out, revoked, idle or too old: auth() answers null otherwise,
// server/auth/index.ts jwt callback) and the account enabled.
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // No session cookie, no session: readers of the public pages and API (most requests) skip
  // Auth.js's session handling altogether.
  const jar = await cookies();
  if (!hasSessionCookie((name) => jar.has(name))) return null;
  const session = await auth();
  if (!session) return null;
  return resolveUser(await getDb(), Number(session.user?.id));
});

export async function requestCtx(): Promise<Ctx> {
  return { db: await getDb(), user: await currentUser() };
}

// For public read verbs: the read replica when DATABASE_READ_URL names one (db/client.ts).
export async function publicReadCtx(): Promise<Ctx> {
  return { db: await getReadDb(), user: await currentUser() };
}
