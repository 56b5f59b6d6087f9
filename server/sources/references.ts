import "server-only";
import { z } from "zod";
import { sources } from "@/db/schema";
import type { RefOption } from "@/lib/places/search";
import { addSourceInput, searchInput } from "@/lib/schemas/references";
import { assertNamesFree, findReferences } from "../references/lists";
import { defineVerb } from "../verb";

// Sources (outlets, agencies, monitors, officials …) with Arabic and English names and aliases,
// for the source picker. `name` is the Arabic (or original) name, `name_en` the English one.
export type SourceChoice = RefOption & { id: string; kind: string; status: "confirmed" | "proposed" };

export const searchSources = defineVerb({
  name: "searchSources",
  access: "editor",
  mode: "read",
  input: searchInput.extend({ locale: z.enum(["ar", "en"]).default("ar"), limit: z.coerce.number().int().min(1).max(1000).default(20) }),
  async run({ db }, { q, limit, locale }): Promise<SourceChoice[]> {
    const found = await findReferences(db, "sources", q, locale, limit);
    return found.map((r) => ({ id: r.id, nameAr: r.nameAr, nameEn: r.nameEn, aliases: r.aliases, kind: r.kind ?? "other", status: r.status }));
  },
});

export const addSource = defineVerb({
  name: "addSource",
  access: "editor",
  mode: "write",
  input: addSourceInput,
  async run({ db, user, audit }, s): Promise<{ id: number }> {
    await assertNamesFree(db, "sources", s);
    const row = { name: s.nameAr, nameEn: s.nameEn ?? null, aliases: s.aliases, kind: s.kind, status: "proposed" as const, proposedBy: user.id };
    const [created] = await db.insert(sources).values(row).returning({ id: sources.id });
    await audit({ action: "source.add", entity: "source", id: created!.id, after: row });
    return { id: created!.id };
  },
});
