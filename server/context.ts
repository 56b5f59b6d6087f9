import "server-only";
import type { Db } from "@/db/client";
import { roleAtLeast, type Role } from "@/lib/domain";
import { AppError } from "./errors";

// Who is acting, as the server knows it (re-read from the database on every request, so a
// disabled account or a changed role takes effect at once). Never the full user row.
export type SessionUser = { id: number; name: string; email: string; role: Role };

export type Ctx = { db: Db; user: SessionUser | null };

// The first line of every verb: throws unless someone with at least `role` is acting.
export function requireRole(ctx: Ctx, role: Role): SessionUser {
  if (!ctx.user) throw new AppError("unauthorized");
  if (!roleAtLeast(ctx.user.role, role)) throw new AppError("forbidden");
  return ctx.user;
}
