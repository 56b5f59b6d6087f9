import "server-only";
import { asc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actors, places, sources, type Actor, type Place, type Source } from "@/db/schema";
import { foldForMatch } from "@/lib/arabic/normalize";
import { rankReferences, type RefOption, type SearchLocale } from "@/lib/places/search";
import type { ReferenceKind } from "@/lib/schemas/references";
import { AppError } from "../errors";

// The three reference lists (gazetteer, actors, sources) read one way, for everyone who reads
// them: the editors' pickers and search verbs, the admin screens, the CSV import and export.
// Search is lib/places/search.ts's (Arabic folded, article and clitics dropped, ranked), on the
// whole list: these lists hold hundreds of rows, not millions.

export type { ReferenceKind };

// One record as every reader sees it. `kind` is the place kind or the source kind; the
// place-only columns are null for actors and sources.
export type ReferenceRecord = RefOption & {
  id: string;
  nameEn: string;
  // The record's own English name (sources may have none: then nameEn above is the Arabic one).
  englishName: string | null;
  aliases: string[];
  kind: string | null;
  status: "confirmed" | "proposed";
  governorate: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  precision: string | null;
  coordinateSource: string | null;
  // Places only: who holds the site and how reports describe it.
  operator?: string | null;
  descriptorsAr?: string[];
  descriptorsEn?: string[];
};

const none = { governorate: null, country: null, lat: null, lon: null, precision: null, coordinateSource: null };

const fromPlace = (p: Place): ReferenceRecord => ({
  id: p.id,
  nameAr: p.nameAr,
  nameEn: p.nameEn,
  englishName: p.nameEn,
  aliases: [...p.aliasesAr, ...p.aliasesEn],
  kind: p.kind,
  status: p.status,
  governorate: p.governorate,
  country: p.country,
  lat: p.lat,
  lon: p.lon,
  precision: p.precision,
  coordinateSource: p.coordinateSource,
  operator: p.operator,
  descriptorsAr: p.descriptorsAr,
  descriptorsEn: p.descriptorsEn,
});
const fromActor = (a: Actor): ReferenceRecord => ({
  id: String(a.id),
  nameAr: a.nameAr,
  nameEn: a.nameEn,
  englishName: a.nameEn,
  aliases: a.aliases,
  kind: null,
  status: "confirmed",
  ...none,
});
const fromSource = (s: Source): ReferenceRecord => ({
  id: String(s.id),
  nameAr: s.name,
  nameEn: s.nameEn ?? s.name,
  englishName: s.nameEn,
  aliases: s.aliases,
  kind: s.kind,
  status: s.status,
  ...none,
});

export async function referenceRecords(db: Db, kind: ReferenceKind): Promise<ReferenceRecord[]> {
  if (kind === "places") return (await db.select().from(places).orderBy(asc(places.id))).map(fromPlace);
  if (kind === "actors") return (await db.select().from(actors).orderBy(asc(actors.id))).map(fromActor);
  return (await db.select().from(sources).orderBy(asc(sources.id))).map(fromSource);
}

// The whole list in id order, a batch at a time (keyset on the id), for the streamed export.
export async function* referenceBatches(db: Db, kind: ReferenceKind, size = 500): AsyncGenerator<ReferenceRecord[]> {
  let after: string | number | null = null;
  for (;;) {
    let batch: ReferenceRecord[];
    if (kind === "places") {
      const rows = await db
        .select()
        .from(places)
        .where(after === null ? undefined : gt(places.id, String(after)))
        .orderBy(asc(places.id))
        .limit(size);
      batch = rows.map(fromPlace);
      after = rows.at(-1)?.id ?? after;
    } else if (kind === "actors") {
      const rows = await db
        .select()
        .from(actors)
        .where(after === null ? undefined : gt(actors.id, Number(after)))
        .orderBy(asc(actors.id))
        .limit(size);
      batch = rows.map(fromActor);
      after = rows.at(-1)?.id ?? after;
    } else {
      const rows = await db
        .select()
        .from(sources)
        .where(after === null ? undefined : gt(sources.id, Number(after)))
        .orderBy(asc(sources.id))
        .limit(size);
      batch = rows.map(fromSource);
      after = rows.at(-1)?.id ?? after;
    }
    if (batch.length) yield batch;
    if (batch.length < size) return;
  }
}

// The records matching what someone typed, best first (an empty query lists them by name).
export async function findReferences(db: Db, kind: ReferenceKind, q: string, locale: SearchLocale, limit: number): Promise<ReferenceRecord[]> {
  return rankReferences(await referenceRecords(db, kind), q, locale, limit);
}

// Two records with the same name are one too many: the Arabic names compare folded (hamza,
// ى/ي, ة/ه, diacritics, punctuation), the English ones without case. Returns the record
// (other than `except`) that already has one of these names, if any.
export function namesClash(
  records: readonly Pick<ReferenceRecord, "id" | "nameAr" | "englishName">[],
  names: { nameAr: string; nameEn?: string | null },
  except?: string,
): string | null {
  const ar = foldForMatch(names.nameAr);
  const en = names.nameEn?.trim().toLowerCase() || null;
  const hit = records.find((r) => r.id !== except && ((ar && foldForMatch(r.nameAr) === ar) || (en && r.englishName?.trim().toLowerCase() === en)));
  return hit?.id ?? null;
}

// Refuses a name another record of the list already has (so editors and admins pick that one).
export async function assertNamesFree(db: Db, kind: ReferenceKind, names: { nameAr: string; nameEn?: string | null }, except?: string): Promise<void> {
  if (namesClash(await referenceRecords(db, kind), names, except)) {
    throw new AppError("conflict", "reference_exists", { nameAr: "reference_exists" });
  }
}

// "Tell Hamis" → "tell-hamis"; Arabic-only names give "place"; a taken id gets "-2", "-3" …
export function slugOf(nameEn: string): string {
  return (
    nameEn
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "place"
  );
}

export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export async function newPlaceId(db: Db, nameEn: string): Promise<string> {
  const base = slugOf(nameEn);
  const taken = new Set(
    (
      await db
        .select({ id: places.id })
        .from(places)
        .where(sql`${places.id} = ${base} or ${places.id} like ${`${base}-%`}`)
    ).map((r) => r.id),
  );
  return freeSlug(base, taken);
}

export { splitAliases } from "@/lib/references/aliases";

// An actor's or source's integer id from the text id every list uses; null (or, from intId,
// not_found) for a malformed one: it names no record.
export function intIdOrNull(id: string): number | null {
  const n = Number(id);
  return /^\d{1,10}$/.test(id) && n > 0 && n <= 2_147_483_647 ? n : null;
}
export function intId(id: string): number {
  const n = intIdOrNull(id);
  if (n === null) throw new AppError("not_found");
  return n;
}

// One record by its id; null for none (a malformed id too).
export async function findRecord(db: Db, kind: ReferenceKind, id: string, opts: { lock?: boolean } = {}): Promise<ReferenceRecord | null> {
  if (kind === "places") {
    const q = db.select().from(places).where(eq(places.id, id));
    return (opts.lock ? await q.for("update") : await q).map(fromPlace)[0] ?? null;
  }
  const n = intIdOrNull(id);
  if (n === null) return null;
  if (kind === "actors") {
    const q = db.select().from(actors).where(eq(actors.id, n));
    return (opts.lock ? await q.for("update") : await q).map(fromActor)[0] ?? null;
  }
  const q = db.select().from(sources).where(eq(sources.id, n));
  return (opts.lock ? await q.for("update") : await q).map(fromSource)[0] ?? null;
}

// A record locked for a change (FOR UPDATE), or not_found.
export async function lockRecord(db: Db, kind: ReferenceKind, id: string): Promise<ReferenceRecord> {
  const record = await findRecord(db, kind, id, { lock: true });
  if (!record) throw new AppError("not_found");
  return record;
}
