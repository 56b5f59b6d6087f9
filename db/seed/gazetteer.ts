// Reference data: the gazetteer (places) and the actor list.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Db } from "../client";
import { actors, places } from "../schema";

export const seedDataDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "seed", "data");

type GazetteerRow = {
  id: string;
  name_en: string;
  name_ar: string;
  aliases_ar: string;
  aliases_en: string;
  kind: string;
  governorate_en: string;
  country: string;
  lat: string;
  lon: string;
  precision: string;
  source: string;
  // Optional columns (a CSV without them still loads).
  operator?: string;
  descriptors_ar?: string;
  descriptors_en?: string;
};

const list = (s = "") =>
  s
    .split("|")
    .map((x) => x.trim())
    .filter(Boolean);
const num = (s: string) => (s.trim() === "" ? null : Number(s));

export function readGazetteer(file = path.join(seedDataDir, "gazetteer.csv")): Array<typeof places.$inferInsert> {
  const rows: GazetteerRow[] = parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8"), { columns: true, skip_empty_lines: true, bom: true });
  return rows.map((r) => ({
    id: r.id,
    nameAr: r.name_ar,
    nameEn: r.name_en,
    aliasesAr: list(r.aliases_ar),
    aliasesEn: list(r.aliases_en),
    kind: r.kind,
    governorate: r.governorate_en || null,
    country: r.country || null,
    lat: num(r.lat),
    lon: num(r.lon),
    precision: r.precision,
    coordinateSource: r.source || null,
    operator: r.operator?.trim() || null,
    descriptorsAr: list(r.descriptors_ar),
    descriptorsEn: list(r.descriptors_en),
  }));
}

export type ActorSeed = { nameAr: string; nameEn: string; aliases: string[] };

export function readActors(): ActorSeed[] {
  return JSON.parse(readFileSync(/*turbopackIgnore: true*/ path.join(seedDataDir, "actors.json"), "utf8")) as ActorSeed[];
}

export async function importGazetteer(tx: Db): Promise<void> {
  const rows = readGazetteer();
  if (rows.length) await tx.insert(places).values(rows).onConflictDoNothing();
  const actorRows = readActors();
  if (actorRows.length) await tx.insert(actors).values(actorRows);
}
