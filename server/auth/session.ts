import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
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
