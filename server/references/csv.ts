import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actors, places, sources } from "@/db/schema";
import { parseReferenceCsv, REFERENCE_CSV_COLUMNS, type CsvRowError, type CsvRows, type ExportRecord } from "@/lib/references/csv";
import { exportInput, importInput, type ReferenceKind } from "@/lib/schemas/references";
import { AppError } from "../errors";
import { publicChanged } from "../public/changes";
import { defineVerb } from "../verb";
import { placeColumns } from "./edit";
import { freeSlug, namesClash, referenceBatches, referenceRecords, slugOf, type ReferenceRecord } from "./lists";

// CSV import and export of the reference lists (admins). An import is planned first — each row
// matched to the record it updates (by id; a row without one by name) or to a new record, and
// checked against the file and the list as it would be afterwards — and shown as a preview with
// every problem by row and column. Applying plans it again inside one transaction with the list
// locked, and writes only if no row has a problem: a bad row never half-applies a file.

export type ImportAction = "insert" | "update" | "unchanged";
export type PlannedRow = { row: number; action: ImportAction; id: string; name: string };
export type ImportPlan = { kind: ReferenceKind; total: number; rows: PlannedRow[]; errors: CsvRowError[]; counts: Record<ImportAction, number> };

// An import refused for its rows: nothing was written; the rows' problems come with it.
export class ImportRejected extends AppError {
  constructor(readonly rowErrors: CsvRowError[]) {
    super("invalid", "import_has_errors");
  }
}

type AnyRow = CsvRows[ReferenceKind];
type Step = { row: AnyRow; action: ImportAction; id: string; final: Pick<ReferenceRecord, "id" | "nameAr" | "englishName"> };

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

// Whether a row would change the record it updates.
function changes(kind: ReferenceKind, before: ReferenceRecord, row: AnyRow): boolean {
  if (kind === "places") {
    const c = placeColumns((row as CsvRows["places"]).record);
    return !(
      before.nameAr === c.nameAr &&
      before.englishName === c.nameEn &&
      sameList(before.aliases, [...(c.aliasesAr ?? []), ...(c.aliasesEn ?? [])]) &&
      before.kind === c.kind &&
      before.governorate === c.governorate &&
      before.country === c.country &&
      before.lat === c.lat &&
      before.lon === c.lon &&
      before.precision === c.precision &&
      before.coordinateSource === c.coordinateSource &&
      (c.operator === undefined || (before.operator ?? null) === c.operator) &&
      (c.descriptorsAr === undefined || sameList(before.descriptorsAr ?? [], c.descriptorsAr)) &&
      (c.descriptorsEn === undefined || sameList(before.descriptorsEn ?? [], c.descriptorsEn))
    );
  }
  const r = (row as CsvRows["actors"] | CsvRows["sources"]).record;
  return !(
    before.nameAr === r.nameAr &&
    before.englishName === (r.nameEn ?? null) &&
    sameList(before.aliases, r.aliases) &&
    (kind === "actors" || before.kind === (r as CsvRows["sources"]["record"]).kind)
  );
}

async function plan(db: Db, kind: ReferenceKind, csv: string): Promise<{ steps: Step[]; plan: ImportPlan }> {
  const parsed = parseReferenceCsv(kind, csv);
  const errors = [...parsed.errors];
  const existing = await referenceRecords(db, kind);
  const byId = new Map(existing.map((r) => [r.id, r]));
  const taken = new Set(existing.map((r) => r.id));
  const targeted = new Set<string>();
  const steps: Step[] = [];
  for (const row of parsed.rows) {
    const names = { nameAr: row.record.nameAr, nameEn: row.record.nameEn ?? null };
    let id: string;
    let action: ImportAction;
    if (row.key !== null) {
      // A place's slug names a new place too; an actor's or source's number must exist (the
      // row's schema already made it a positive integer: "007" is 7).
      id = kind === "places" ? row.key : String(Number(row.key));
      if (kind !== "places" && !byId.has(id)) {
        errors.push({ row: row.row, column: "id", key: "unknown_record" });
        continue;
      }
      action = byId.has(id) ? "update" : "insert";
    } else {
      const same = namesClash(existing, names);
      if (same) {
        id = same;
        action = "update";
      } else {
        id = kind === "places" ? freeSlug(slugOf(names.nameEn ?? ""), taken) : `new-${row.row}`;
        action = "insert";
      }
    }
    if (targeted.has(id)) {
      errors.push({ row: row.row, column: row.key !== null ? "id" : "name_ar", key: "duplicate_in_file" });
      continue;
    }
    targeted.add(id);
    taken.add(id);
    if (action === "update" && !changes(kind, byId.get(id)!, row)) action = "unchanged";
    steps.push({ row, action, id, final: { id, nameAr: names.nameAr, englishName: names.nameEn } });
  }
  // Names stay unique in the list as it will be once the file is applied.
  const after = [...existing.filter((r) => !targeted.has(r.id)), ...steps.map((s) => s.final)];
  for (const step of steps) {
    const clash = namesClash(after, { nameAr: step.final.nameAr, nameEn: step.final.englishName }, step.id);
    if (clash)
      errors.push({ row: step.row.row, column: namesClash(after, { nameAr: step.final.nameAr }, step.id) ? "name_ar" : "name_en", key: "reference_exists" });
  }
  errors.sort((a, b) => a.row - b.row);
  const counts = { insert: 0, update: 0, unchanged: 0 };
  for (const s of steps) counts[s.action]++;
  return {
    steps,
    plan: { kind, total: parsed.total, rows: steps.map((s) => ({ row: s.row.row, action: s.action, id: s.id, name: s.final.nameAr })), errors, counts },
  };
}

async function write(db: Db, kind: ReferenceKind, step: Step): Promise<string> {
  if (kind === "places") {
    const columns = placeColumns((step.row as CsvRows["places"]).record);
    if (step.action === "insert") await db.insert(places).values({ id: step.id, aliasesAr: [], aliasesEn: [], ...columns, status: "confirmed" });
    else
      await db
        .update(places)
        .set({ ...columns, updatedAt: sql`now()` })
        .where(eq(places.id, step.id));
    return step.id;
  }
  if (kind === "actors") {
    const r = (step.row as CsvRows["actors"]).record;
    const columns = { nameAr: r.nameAr, nameEn: r.nameEn, aliases: r.aliases };
    if (step.action === "update") {
      await db
        .update(actors)
        .set({ ...columns, updatedAt: sql`now()` })
        .where(eq(actors.id, Number(step.id)));
      return step.id;
    }
    const [row] = await db.insert(actors).values(columns).returning({ id: actors.id });
    return String(row!.id);
  }
  const r = (step.row as CsvRows["sources"]).record;
  const columns = { name: r.nameAr, nameEn: r.nameEn ?? null, aliases: r.aliases, kind: r.kind as (typeof sources.$inferInsert)["kind"] };
  if (step.action === "update") {
    await db
      .update(sources)
      .set({ ...columns, updatedAt: sql`now()` })
      .where(eq(sources.id, Number(step.id)));
    return step.id;
  }
  const [row] = await db
    .insert(sources)
    .values({ ...columns, status: "confirmed" })
    .returning({ id: sources.id });
  return String(row!.id);
}

// What the file would do, written nowhere.
export const previewReferenceImport = defineVerb({
  name: "previewReferenceImport",
  access: "admin",
  mode: "read",
  input: importInput,
  async run({ db }, { kind, csv }): Promise<ImportPlan> {
    return (await plan(db, kind, csv)).plan;
  },
});

const TABLE = { places: sql`places`, actors: sql`actors`, sources: sql`sources` } as const;

export const importReferences = defineVerb({
  name: "importReferences",
  access: "admin",
  mode: "write",
  input: importInput,
  async run({ db, audit }, { kind, csv }) {
    // No other change to the list between the plan and the writes.
    await db.execute(sql`lock table ${TABLE[kind]} in share row exclusive mode`);
    const { steps, plan: checked } = await plan(db, kind, csv);
    if (checked.errors.length) throw new ImportRejected(checked.errors);
    const inserted: string[] = [];
    const updated: string[] = [];
    // Source names are unique as stored (sources_name_idx): a file that swaps two names would
    // trip it half-way, so the renamed sources first take a placeholder name, unique by id.
    if (kind === "sources") {
      const renamed = steps.filter((s) => s.action === "update").map((s) => Number(s.id));
      if (renamed.length)
        await db
          .update(sources)
          .set({ name: sql`'~import~' || ${sources.id}::text` })
          .where(inArray(sources.id, renamed));
    }
    for (const step of steps) {
      if (step.action === "unchanged") continue;
      const id = await write(db, kind, step);
      (step.action === "insert" ? inserted : updated).push(id);
    }
    await audit({
      action: "reference.import",
      entity: "reference",
      id: `${kind}:import`,
      after: { rows: checked.total, inserted, updated, unchanged: checked.counts.unchanged },
    });
    if (updated.length) await publicChanged(db);
    return { counts: checked.counts, inserted, updated };
  },
});

// The list as CSV rows, a batch at a time (the route streams them).
export const exportReferences = defineVerb({
  name: "exportReferences",
  access: "admin",
  mode: "read",
  input: exportInput,
  run({ db }, { kind }): Promise<{ columns: readonly string[]; batches: AsyncGenerator<ExportRecord[]> }> {
    return Promise.resolve({ columns: REFERENCE_CSV_COLUMNS[kind], batches: referenceBatches(db, kind) });
  },
});
