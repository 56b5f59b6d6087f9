import "server-only";
import { z } from "zod";
import { places } from "@/db/schema";
import type { RefOption } from "@/lib/places/search";
import { noInput } from "@/lib/schemas/fields";
import { proposePlaceInput, searchInput } from "@/lib/schemas/references";
import { assertNamesFree, findReferences, newPlaceId, referenceRecords, splitAliases, type ReferenceRecord } from "../references/lists";
import { defineVerb } from "../verb";
import type { Db } from "@/db/client";

// The gazetteer as the place picker takes it: a few hundred rows, loaded once per form and
// filtered in the browser with the same fold as the server (lib/places/search.ts).
export type PlaceChoice = RefOption & { id: string; aliases: string[]; kind: string; governorate: string | null; status: "confirmed" | "proposed" };

const toChoice = (r: ReferenceRecord): PlaceChoice => ({
  id: r.id,
  nameAr: r.nameAr,
  nameEn: r.nameEn,
  aliases: r.aliases,
  kind: r.kind ?? "other",
  governorate: r.governorate,
  status: r.status,
});

// Every place, in English name order (server/gazetteer/options.ts gives the report form the same).
export async function placeChoices(db: Db): Promise<PlaceChoice[]> {
  return (await referenceRecords(db, "places")).map(toChoice).sort((a, b) => (a.nameEn < b.nameEn ? -1 : a.nameEn > b.nameEn ? 1 : 0));
}

export const listPlaceChoices = defineVerb({
  name: "listPlaceChoices",
  access: "editor",
  mode: "read",
  input: noInput,
  async run({ db }): Promise<PlaceChoice[]> {
    return placeChoices(db);
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
    return (await findReferences(db, "places", q, locale, limit)).map(toChoice);
  },
});

// An editor adds a place the gazetteer lacks; it is usable at once (status "proposed") and an
// admin later confirms or merges it. The same names as an existing place are refused with
// "reference_exists" so the editor picks that one instead.
export const proposePlace = defineVerb({
  name: "proposePlace",
  access: "editor",
  mode: "write",
  input: proposePlaceInput,
  async run({ db, user, audit }, p): Promise<{ id: string }> {
    await assertNamesFree(db, "places", p);
    const id = await newPlaceId(db, p.nameEn);
    const row = {
      id,
      nameAr: p.nameAr,
      nameEn: p.nameEn,
      ...splitAliases(p.aliases),
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
