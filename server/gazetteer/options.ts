import "server-only";
import { asc } from "drizzle-orm";
import { actors, places } from "@/db/schema";
import { requireRole, type Ctx } from "../context";

// Pick lists for the report form.
export async function listPlaceOptions({ ctx }: { ctx: Ctx }) {
  requireRole(ctx, "editor");
  return ctx.db
    .select({ id: places.id, nameAr: places.nameAr, nameEn: places.nameEn, kind: places.kind, governorate: places.governorate })
    .from(places)
    .orderBy(asc(places.nameEn));
}

export async function listActorOptions({ ctx }: { ctx: Ctx }) {
  requireRole(ctx, "editor");
  return ctx.db.select({ id: actors.id, nameAr: actors.nameAr, nameEn: actors.nameEn }).from(actors).orderBy(asc(actors.nameEn));
}
