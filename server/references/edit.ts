import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actors, places, sources } from "@/db/schema";
import { foldForMatch } from "@/lib/arabic/normalize";
import { actorRecordInput, aliasInput, placeRecordInput, sourceRecordInput, type PlaceRecordInput, type ReferenceKind } from "@/lib/schemas/references";
import { AppError, invalidField } from "../errors";
import { publicChanged } from "../public/changes";
import { defineVerb } from "../verb";
import { assertNamesFree, intId, lockRecord, newPlaceId, splitAliases, type ReferenceRecord } from "./lists";

// Admins keep the reference lists by hand: add or edit a place, an actor or a source (an
// admin's record is confirmed at once), and add or remove one alias. Names stay unique in each
// list (Arabic folded, English without case); renamed places and actors refresh the public
// search text by trigger (migration 0004), and the public caches are emptied.

// The columns a place form (or a row of a places CSV file) sets.
export function placeColumns(p: Omit<PlaceRecordInput, "id" | "slug">) {
  const hasPoint = p.lat !== undefined && p.lon !== undefined;
  return {
    nameAr: p.nameAr,
    nameEn: p.nameEn,
    ...(p.aliases === undefined ? {} : splitAliases(p.aliases)),
    kind: p.kind,
    governorate: p.governorate ?? null,
    country: p.country ?? null,
    lat: hasPoint ? p.lat! : null,
    lon: hasPoint ? p.lon! : null,
    // As stated; unstated: "approximate" for a point, "unknown" without one. (The gazetteer file
    // keeps "approximate" with a note for places it could not locate; an import keeps that.)
    precision: p.precision ?? (hasPoint ? "approximate" : "unknown"),
    coordinateSource: p.coordinateSource ?? null,
    ...(p.operator === undefined ? {} : { operator: p.operator }),
    ...(p.descriptorsAr === undefined ? {} : { descriptorsAr: p.descriptorsAr }),
    ...(p.descriptorsEn === undefined ? {} : { descriptorsEn: p.descriptorsEn }),
  };
}

export const savePlace = defineVerb({
  name: "savePlace",
  access: "admin",
  mode: "write",
  input: placeRecordInput,
  async run({ db, audit }, { id: editing, slug, ...p }): Promise<{ id: string }> {
    const columns = placeColumns(p);
    if (editing) {
      const before = await lockRecord(db, "places", editing);
      await assertNamesFree(db, "places", p, editing);
      await db
        .update(places)
        .set({ ...columns, updatedAt: sql`now()` })
        .where(eq(places.id, editing));
      await audit({ action: "reference.edit", entity: "reference", id: `places:${editing}`, before, after: columns });
      await publicChanged(db);
      return { id: editing };
    }
    await assertNamesFree(db, "places", p);
    if (slug && (await db.select({ id: places.id }).from(places).where(eq(places.id, slug))).length) throw invalidField("slug", "reference_exists");
    const id = slug ?? (await newPlaceId(db, p.nameEn));
    await db.insert(places).values({ id, ...splitAliases(p.aliases ?? []), ...columns, status: "confirmed" });
    await audit({ action: "reference.add", entity: "reference", id: `places:${id}`, after: columns });
    return { id };
  },
});

export const saveActor = defineVerb({
  name: "saveActor",
  access: "admin",
  mode: "write",
  input: actorRecordInput,
  async run({ db, audit }, { id: editing, ...a }): Promise<{ id: string }> {
    // Editing without aliases keeps the record's own.
    const columns = { nameAr: a.nameAr, nameEn: a.nameEn, ...(a.aliases ? { aliases: a.aliases } : {}) };
    if (editing) {
      const before = await lockRecord(db, "actors", String(editing));
      await assertNamesFree(db, "actors", a, String(editing));
      await db
        .update(actors)
        .set({ ...columns, updatedAt: sql`now()` })
        .where(eq(actors.id, editing));
      await audit({ action: "reference.edit", entity: "reference", id: `actors:${editing}`, before, after: columns });
      await publicChanged(db);
      return { id: String(editing) };
    }
    await assertNamesFree(db, "actors", a);
    const [row] = await db.insert(actors).values(columns).returning({ id: actors.id });
    await audit({ action: "reference.add", entity: "reference", id: `actors:${row!.id}`, after: columns });
    return { id: String(row!.id) };
  },
});

export const saveSource = defineVerb({
  name: "saveSource",
  access: "admin",
  mode: "write",
  input: sourceRecordInput,
  async run({ db, audit }, { id: editing, ...s }): Promise<{ id: string }> {
    const columns = { name: s.nameAr, nameEn: s.nameEn ?? null, kind: s.kind, ...(s.aliases ? { aliases: s.aliases } : {}) };
    if (editing) {
      const before = await lockRecord(db, "sources", String(editing));
      await assertNamesFree(db, "sources", s, String(editing));
      await db
        .update(sources)
        .set({ ...columns, updatedAt: sql`now()` })
        .where(eq(sources.id, editing));
      await audit({ action: "reference.edit", entity: "reference", id: `sources:${editing}`, before, after: columns });
      await publicChanged(db);
      return { id: String(editing) };
    }
    await assertNamesFree(db, "sources", s);
    const [row] = await db
      .insert(sources)
      .values({ ...columns, status: "confirmed" })
      .returning({ id: sources.id });
    await audit({ action: "reference.add", entity: "reference", id: `sources:${row!.id}`, after: columns });
    return { id: String(row!.id) };
  },
});

// Writes a record's aliases (places keep Arabic and Latin ones apart).
async function writeAliases(db: Db, kind: ReferenceKind, id: string, aliases: string[]) {
  if (kind === "places")
    await db
      .update(places)
      .set({ ...splitAliases(aliases), updatedAt: sql`now()` })
      .where(eq(places.id, id));
  else if (kind === "actors")
    await db
      .update(actors)
      .set({ aliases, updatedAt: sql`now()` })
      .where(eq(actors.id, intId(id)));
  else
    await db
      .update(sources)
      .set({ aliases, updatedAt: sql`now()` })
      .where(eq(sources.id, intId(id)));
}

const sameName = (a: string, b: string) => foldForMatch(a) === foldForMatch(b);
const namesOf = (r: ReferenceRecord) => [r.nameAr, r.englishName ?? "", ...r.aliases].filter(Boolean);

export const addReferenceAlias = defineVerb({
  name: "addReferenceAlias",
  access: "admin",
  mode: "write",
  input: aliasInput,
  async run({ db, audit }, { kind, id, alias }) {
    const record = await lockRecord(db, kind, id);
    if (namesOf(record).some((n) => sameName(n, alias))) throw invalidField("alias", "alias_exists");
    const aliases = [...record.aliases, alias];
    await writeAliases(db, kind, id, aliases);
    await audit({ action: "reference.alias_add", entity: "reference", id: `${kind}:${id}`, before: { aliases: record.aliases }, after: { aliases } });
    return { id, aliases };
  },
});

export const removeReferenceAlias = defineVerb({
  name: "removeReferenceAlias",
  access: "admin",
  mode: "write",
  input: aliasInput,
  async run({ db, audit }, { kind, id, alias }) {
    const record = await lockRecord(db, kind, id);
    const aliases = record.aliases.filter((a) => a !== alias);
    if (aliases.length === record.aliases.length) throw new AppError("not_found");
    await writeAliases(db, kind, id, aliases);
    await audit({ action: "reference.alias_remove", entity: "reference", id: `${kind}:${id}`, before: { aliases: record.aliases }, after: { aliases } });
    return { id, aliases };
  },
});
