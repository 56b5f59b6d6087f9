import "server-only";
import { cache } from "react";
import { getDb, getReadDb } from "@/db/client";
import type { Ctx, SessionUser } from "../verb";
import { resolveUser } from "./principal";
import { auth } from "./index";

// The acting user for this request (once per request).
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  return resolveUser(await getDb(), Number(session?.user?.id));
});

export async function requestCtx(): Promise<Ctx> {
  return { db: await getDb(), user: await currentUser() };
}

// For public read verbs: the read replica when DATABASE_READ_URL names one (db/client.ts).
export async function publicReadCtx(): Promise<Ctx> {
  return { db: await getReadDb(), user: await currentUser() };
}
