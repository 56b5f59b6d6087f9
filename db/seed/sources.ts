// The source list a new newsroom starts with (data/sources.json): the bodies these articles
// cite most, each once, with its kind (a monitor, an official body, an agency …) and its names
// in both languages, so «البنتاغون», "Pentagon" and «وزارة الدفاع الأميركية» are one source.
// Migration 0018 gives an existing database the same kinds and aliases.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { SourceKind } from "../../lib/domain";
import type { Db } from "../client";
import { sources } from "../schema";
import { seedDataDir } from "./gazetteer";

export type SeedSource = { name: string; nameEn: string; kind: SourceKind; aliases: string[] };

export function readSources(): SeedSource[] {
  return JSON.parse(readFileSync(/*turbopackIgnore: true*/ path.join(seedDataDir, "sources.json"), "utf8")) as SeedSource[];
}

export async function importSources(tx: Db): Promise<void> {
  const rows = readSources();
  if (rows.length)
    await tx
      .insert(sources)
      .values(rows.map((s) => ({ ...s, status: "confirmed" as const })))
      .onConflictDoNothing();
}
