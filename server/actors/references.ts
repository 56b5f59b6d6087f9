import "server-only";
import { z } from "zod";
import { actors } from "@/db/schema";
import type { RefOption } from "@/lib/places/search";
import { addActorInput, searchInput } from "@/lib/schemas/references";
import { assertNamesFree, findReferences } from "../references/lists";
import { defineVerb } from "../verb";

// Actors (claimants, targets): Arabic and English names with aliases, for the actor picker.
export type ActorChoice = RefOption & { id: string };

export const searchActors = defineVerb({
  name: "searchActors",
  access: "editor",
  mode: "read",
  input: searchInput.extend({ locale: z.enum(["ar", "en"]).default("ar"), limit: z.coerce.number().int().min(1).max(1000).default(20) }),
  async run({ db }, { q, limit, locale }): Promise<ActorChoice[]> {
    const found = await findReferences(db, "actors", q, locale, limit);
    return found.map((r) => ({ id: r.id, nameAr: r.nameAr, nameEn: r.nameEn, aliases: r.aliases }));
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
    await assertNamesFree(db, "actors", a);
    const row = { nameAr: a.nameAr, nameEn: a.nameEn, aliases: a.aliases };
    const [created] = await db.insert(actors).values(row).returning({ id: actors.id });
    await audit({ action: "actor.add", entity: "actor", id: created!.id, after: row });
    return { id: created!.id };
  },
});
