import "server-only";
import { or, sql } from "drizzle-orm";
import { z } from "zod";
import { actors } from "@/db/schema";
import { rankReferences, type RefOption } from "@/lib/places/search";
import { addActorInput, searchInput } from "@/lib/schemas/references";
import { AppError } from "../errors";
import { defineVerb } from "../verb";

// Actors (claimants, targets): Arabic and English names with aliases, for the actor picker.
export type ActorChoice = RefOption & { id: string };

export const searchActors = defineVerb({
  name: "searchActors",
  access: "editor",
  mode: "read",
  input: searchInput.extend({ locale: z.enum(["ar", "en"]).default("ar"), limit: z.coerce.number().int().min(1).max(1000).default(20) }),
  async run({ db }, { q, limit, locale }): Promise<ActorChoice[]> {
    const rows = await db.select({ id: actors.id, nameAr: actors.nameAr, nameEn: actors.nameEn, aliases: actors.aliases }).from(actors);
    return rankReferences(
      rows.map((r) => ({ ...r, id: String(r.id) })),
      q,
      locale,
      limit,
    );
  },
});

// Actors have no status column: an editor's addition is usable at once, and the audit trail
// names who added it.
export const addActor = defineVerb({
  name: "addActor",
  access: "editor",
  mode: "write",
  input: addActorInput,
  async run({ db, audit }, a): Promise<{ id: number }> {
    const [same] = await db
      .select({ id: actors.id })
      .from(actors)
      .where(or(sql`sijill_fold(${actors.nameAr}) = sijill_fold(${a.nameAr})`, sql`lower(${actors.nameEn}) = ${a.nameEn.toLowerCase()}`))
      .limit(1);
    if (same) throw new AppError("conflict", "reference_exists", { nameAr: "reference_exists" });
    const row = { nameAr: a.nameAr, nameEn: a.nameEn, aliases: a.aliases };
    const [created] = await db.insert(actors).values(row).returning({ id: actors.id });
    await audit({ action: "actor.add", entity: "actor", id: created!.id, after: row });
    return { id: created!.id };
  },
});
