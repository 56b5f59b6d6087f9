import "server-only";
import { asc } from "drizzle-orm";
import { actors, places } from "@/db/schema";
import { noInput } from "@/lib/schemas/fields";
import { defineVerb } from "../verb";

// Pick lists for the report form (the place picker filters the whole gazetteer in the browser:
// names, aliases, kind, governorate and whether it is only proposed).
export const listPlaceOptions = defineVerb({
  name: "listPlaceOptions",
  access: "editor",
  mode: "read",
  input: noInput,
  async run({ db }) {
    return db
      .select({ id: places.id, nameAr: places.nameAr, nameEn: places.nameEn, aliasesAr: places.aliasesAr, aliasesEn: places.aliasesEn, kind: places.kind, governorate: places.governorate, status: places.status })
      .from(places)
      .orderBy(asc(places.nameEn))
      .then((rows) => rows.map(({ aliasesAr, aliasesEn, ...p }) => ({ ...p, aliases: [...aliasesAr, ...aliasesEn] })));
  },
});

// Actors with their aliases: the actor pickers (claimant and target) search them too («قسد» finds
// the Syrian Democratic Forces).
export const listActorOptions = defineVerb({
  name: "listActorOptions",
  access: "editor",
  mode: "read",
  input: noInput,
  async run({ db }) {
    return db.select({ id: actors.id, nameAr: actors.nameAr, nameEn: actors.nameEn, aliases: actors.aliases }).from(actors).orderBy(asc(actors.nameEn));
  },
});
