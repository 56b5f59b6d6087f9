import "server-only";
import { or, sql } from "drizzle-orm";
import { z } from "zod";
import { sources } from "@/db/schema";
import { rankReferences, type RefOption } from "@/lib/places/search";
import { addSourceInput, searchInput } from "@/lib/schemas/references";
import { AppError } from "../errors";
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
    const rows = await db
      .select({ id: sources.id, name: sources.name, nameEn: sources.nameEn, aliases: sources.aliases, kind: sources.kind, status: sources.status })
      .from(sources);
    const choices = rows.map((r) => ({ id: String(r.id), nameAr: r.name, nameEn: r.nameEn ?? r.name, aliases: r.aliases, kind: r.kind, status: r.status }));
    return rankReferences(choices, q, locale, limit);
  },
});

export const addSource = defineVerb({
  name: "addSource",
  access: "editor",
  mode: "write",
  input: addSourceInput,
  async run({ db, user, audit }, s): Promise<{ id: number }> {
    const [same] = await db
      .select({ id: sources.id })
      .from(sources)
      .where(or(sql`sijill_fold(${sources.name}) = sijill_fold(${s.nameAr})`, s.nameEn ? sql`lower(${sources.nameEn}) = ${s.nameEn.toLowerCase()}` : undefined))
      .limit(1);
    if (same) throw new AppError("conflict", "reference_exists", { nameAr: "reference_exists" });
    const row = { name: s.nameAr, nameEn: s.nameEn ?? null, aliases: s.aliases, kind: s.kind, status: "proposed" as const, proposedBy: user.id };
    const [created] = await db.insert(sources).values(row).returning({ id: sources.id });
    await audit({ action: "source.add", entity: "source", id: created!.id, after: row });
    return { id: created!.id };
  },
});
