import "server-only";
import { asc, or, sql } from "drizzle-orm";
import { z } from "zod";
import { places } from "@/db/schema";
import { rankReferences, type RefOption } from "@/lib/places/search";
import { noInput } from "@/lib/schemas/fields";
import { proposePlaceInput, searchInput } from "@/lib/schemas/references";
import { AppError } from "../errors";
import { defineVerb } from "../verb";

// The gazetteer as the place picker takes it: a few hundred rows, loaded once per form and
// filtered in the browser with the same fold as the server (lib/places/search.ts).
export type PlaceChoice = RefOption & { id: string; kind: string; governorate: string | null; status: "confirmed" | "proposed" };

const choiceColumns = {
  id: places.id,
  nameAr: places.nameAr,
  nameEn: places.nameEn,
  aliasesAr: places.aliasesAr,
  aliasesEn: places.aliasesEn,
  kind: places.kind,
  governorate: places.governorate,
  status: places.status,
};

function toChoice(r: { id: string; nameAr: string; nameEn: string; aliasesAr: string[]; aliasesEn: string[]; kind: string; governorate: string | null; status: "confirmed" | "proposed" }): PlaceChoice {
  return { id: r.id, nameAr: r.nameAr, nameEn: r.nameEn, aliases: [...r.aliasesAr, ...r.aliasesEn], kind: r.kind, governorate: r.governorate, status: r.status };
}

export const listPlaceChoices = defineVerb({
  name: "listPlaceChoices",
  access: "editor",
  mode: "read",
  input: noInput,
  async run({ db }): Promise<PlaceChoice[]> {
    return (await db.select(choiceColumns).from(places).orderBy(asc(places.nameEn))).map(toChoice);
  },
});

// Ranked search (exact name > prefix > alias > substring; the UI language's name first);
// proposed places included. For lists too long to send whole.
export const searchPlaces = defineVerb({
  name: "searchPlaces",
  access: "editor",
  mode: "read",
  input: searchInput.extend({ locale: z.enum(["ar", "en"]).default("ar") }),
  async run({ db }, { q, limit, locale }): Promise<PlaceChoice[]> {
    const rows = (await db.select(choiceColumns).from(places)).map(toChoice);
    return rankReferences(rows, q, locale, limit);
  },
});

// "Tell Hamis" → "tell-hamis"; Arabic-only names give "place"; a taken id gets "-2", "-3" …
function slug(nameEn: string): string {
  return (
    nameEn
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "place"
  );
}

// An editor adds a place the gazetteer lacks; it is usable at once (status "proposed") and an
// admin later confirms or merges it. The same names as an existing place are refused with
// "reference_exists" so the editor picks that one instead.
export const proposePlace = defineVerb({
  name: "proposePlace",
  access: "editor",
  mode: "write",
  input: proposePlaceInput,
  async run({ db, user, audit }, p): Promise<{ id: string }> {
    const [same] = await db
      .select({ id: places.id })
      .from(places)
      .where(or(sql`sijill_fold(${places.nameAr}) = sijill_fold(${p.nameAr})`, sql`lower(${places.nameEn}) = ${p.nameEn.toLowerCase()}`))
      .limit(1);
    if (same) throw new AppError("conflict", "reference_exists", { nameAr: "reference_exists" });
    const base = slug(p.nameEn);
    const taken = new Set(
      (await db.select({ id: places.id }).from(places).where(sql`${places.id} = ${base} or ${places.id} like ${`${base}-%`}`)).map((r) => r.id),
    );
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    const arabic = (s: string) => /[\u0600-\u06FF]/.test(s);
    const row = {
      id,
      nameAr: p.nameAr,
      nameEn: p.nameEn,
      aliasesAr: p.aliases.filter(arabic),
      aliasesEn: p.aliases.filter((a) => !arabic(a)),
      kind: p.kind,
      governorate: p.governorate ?? null,
      lat: p.lat ?? null,
      lon: p.lon ?? null,
      precision: p.lat === undefined ? "unknown" : "approximate",
      coordinateSource: p.lat === undefined ? null : `proposed by editor #${user.id}`,
      status: "proposed" as const,
      proposedBy: user.id,
    };
    await db.insert(places).values(row);
    await audit({ action: "place.propose", entity: "place", id, after: row });
    return { id };
  },
});
