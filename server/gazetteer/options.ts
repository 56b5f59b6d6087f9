import "server-only";
import { asc } from "drizzle-orm";
import { actors } from "@/db/schema";
import { noInput } from "@/lib/schemas/fields";
import { defineVerb } from "../verb";
import { placeChoices } from "./search";

// Pick lists for the report form (the place picker filters the whole gazetteer in the browser:
// names, aliases, kind, governorate and whether it is only proposed).
export const listPlaceOptions = defineVerb({
  name: "listPlaceOptions",
  access: "editor",
  mode: "read",
  input: noInput,
  async run({ db }) {
    return placeChoices(db);
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
