import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { actors, places, sources } from "@/db/schema";
import { msg } from "@/lib/i18n/keys";
import { rankReferences } from "@/lib/places/search";
import { optionalText } from "@/lib/schemas/fields";
import { pageInput } from "@/lib/schemas/page";
import { recordRef, referenceKind, type ReferenceKind } from "@/lib/schemas/references";
import { AppError } from "../errors";
import { publicChanged } from "../public/changes";
import { paginateArray, type Page } from "../list";
import { findRecord, intId, referenceRecords, type ReferenceRecord } from "../references/lists";
import { defineVerb } from "../verb";

// Reference lists (gazetteer, actors, sources): search, confirm what editors proposed, and merge
// duplicates with every reference following the survivor, in one transaction, audited.

type Kind = ReferenceKind;
const refId = recordRef;

const listInput = pageInput.extend({
  kind: referenceKind,
  q: optionalText(200),
  proposed: z.preprocess((v) => v === "1" || v === true || v === "true", z.boolean()).optional(),
  locale: z.enum(["ar", "en"]).default("ar"),
});
const confirmInput = z.object({ kind: z.enum(["places", "sources"], msg("required")), id: refId });
const mergeInput = z
  .object({ kind: referenceKind, fromId: refId, intoId: refId })
  .refine((v) => v.fromId !== v.intoId, { ...msg("merge_same"), path: ["intoId"] });

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows?: T[] }).rows ?? (result as T[]);
}

// How many reports, incidents, report sources and articles point at each record of a list.
async function usesOf(db: Db, kind: Kind): Promise<Map<string, number>> {
  const query =
    kind === "places"
      ? sql`select id, count(*)::int as n from (select place_id as id from reports union all select place_id from incidents) u where id is not null group by id`
      : kind === "actors"
        ? sql`select id::text, count(*)::int as n from (select actor_id as id from reports union all select target_actor_id from reports union all select actor_id from incidents union all select target_actor_id from incidents) u where id is not null group by id`
        : sql`select id::text, count(*)::int as n from (select source_id as id from report_sources union all select outlet_source_id from articles) u where id is not null group by id`;
  return new Map(rowsOf<{ id: string; n: number }>(await db.execute(query)).map((r) => [String(r.id), Number(r.n)]));
}

export type ReferenceRow = ReferenceRecord & { uses: number };

// One page of a list: the search is the pickers' (server/references/lists.ts), proposals first
// when nothing is searched.
export const listReferences = defineVerb({
  name: "listReferences",
  access: "admin",
  mode: "read",
  input: listInput,
  async run({ db }, { kind, q, proposed, page, locale }): Promise<Page<ReferenceRow>> {
    const [records, uses] = await Promise.all([referenceRecords(db, kind), usesOf(db, kind)]);
    const listed = (
      q
        ? rankReferences(records, q, locale, records.length)
        : [...records].sort((a, b) => Number(b.status === "proposed") - Number(a.status === "proposed") || a.nameAr.localeCompare(b.nameAr, "ar"))
    )
      .filter((r) => !proposed || r.status === "proposed")
      .map((r) => ({ ...r, uses: uses.get(r.id) ?? 0 }));
    return paginateArray(listed, page, 50);
  },
});

// One record with its uses, for its edit page; null when there is none.
export const getReference = defineVerb({
  name: "getReference",
  access: "admin",
  mode: "read",
  input: z.object({ kind: referenceKind, id: refId }),
  async run({ db }, { kind, id }): Promise<ReferenceRow | null> {
    const record = await findRecord(db, kind, id);
    return record ? { ...record, uses: (await usesOf(db, kind)).get(record.id) ?? 0 } : null;
  },
});

export const confirmReference = defineVerb({
  name: "confirmReference",
  access: "admin",
  mode: "write",
  input: confirmInput,
  async run({ db, audit }, { kind, id }) {
    const rows =
      kind === "places"
        ? await db
            .update(places)
            .set({ status: "confirmed", updatedAt: sql`now()` })
            .where(eq(places.id, id))
            .returning({ id: places.id })
        : await db
            .update(sources)
            .set({ status: "confirmed", updatedAt: sql`now()` })
            .where(eq(sources.id, intId(id)))
            .returning({ id: sources.id });
    if (!rows.length) throw new AppError("not_found");
    await audit({ action: "reference.confirm", entity: "reference", id: `${kind}:${id}`, after: { status: "confirmed" } });
    return { id };
  },
});

const union = (a: string[], b: (string | null | undefined)[]) => [...new Set([...a, ...b.filter((x): x is string => !!x && x.trim() !== "")])];

// Merging `from` into `into`: every reference to `from` now points at `into`, `from`'s names
// become `into`'s aliases, and `from` is deleted.
async function mergeRows(db: Db, kind: Kind, fromId: string, intoId: string) {
  if (kind === "places") {
    const [from] = await db.select().from(places).where(eq(places.id, fromId)).for("update");
    const [into] = await db.select().from(places).where(eq(places.id, intoId)).for("update");
    if (!from || !into) throw new AppError("not_found");
    const moved = rowsOf<{ n: number }>(
      await db.execute(sql`with a as (update reports set place_id = ${intoId} where place_id = ${fromId} returning 1),
      b as (update incidents set place_id = ${intoId} where place_id = ${fromId} returning 1) select ((select count(*) from a) + (select count(*) from b))::int as n`),
    )[0]!.n;
    await db
      .update(places)
      .set({
        aliasesAr: union(into.aliasesAr, [from.nameAr, ...from.aliasesAr]),
        aliasesEn: union(into.aliasesEn, [from.nameEn, ...from.aliasesEn]),
        updatedAt: sql`now()`,
      })
      .where(eq(places.id, intoId));
    await db.delete(places).where(eq(places.id, fromId));
    return { before: from, moved: Number(moved) };
  }
  if (kind === "actors") {
    const [from] = await db
      .select()
      .from(actors)
      .where(eq(actors.id, intId(fromId)))
      .for("update");
    const [into] = await db
      .select()
      .from(actors)
      .where(eq(actors.id, intId(intoId)))
      .for("update");
    if (!from || !into) throw new AppError("not_found");
    // As claimant/attacker and as target (target_actor_id, migration 0010).
    const moved = rowsOf<{ n: number }>(
      await db.execute(sql`with a as (update reports set actor_id = ${into.id} where actor_id = ${from.id} returning 1),
      b as (update incidents set actor_id = ${into.id} where actor_id = ${from.id} returning 1),
      c as (update reports set target_actor_id = ${into.id} where target_actor_id = ${from.id} returning 1),
      d as (update incidents set target_actor_id = ${into.id} where target_actor_id = ${from.id} returning 1)
      select ((select count(*) from a) + (select count(*) from b) + (select count(*) from c) + (select count(*) from d))::int as n`),
    )[0]!.n;
    await db
      .update(actors)
      .set({ aliases: union(into.aliases, [from.nameAr, from.nameEn, ...from.aliases]), updatedAt: sql`now()` })
      .where(eq(actors.id, into.id));
    await db.delete(actors).where(eq(actors.id, from.id));
    return { before: from, moved: Number(moved) };
  }
  const [from] = await db
    .select()
    .from(sources)
    .where(eq(sources.id, intId(fromId)))
    .for("update");
  const [into] = await db
    .select()
    .from(sources)
    .where(eq(sources.id, intId(intoId)))
    .for("update");
  if (!from || !into) throw new AppError("not_found");
  // A report that cites both keeps one link (the survivor's): first drop the doubles, then move.
  const dropped = await db.execute(sql`delete from report_sources rs where rs.source_id = ${from.id}
    and exists (select 1 from report_sources k where k.report_id = rs.report_id and k.source_id = ${into.id}) returning 1`);
  const linked = await db.execute(sql`update report_sources set source_id = ${into.id} where source_id = ${from.id} returning 1`);
  const outlets = await db.execute(sql`update articles set outlet_source_id = ${into.id} where outlet_source_id = ${from.id} returning 1`);
  const moved = rowsOf(dropped).length + rowsOf(linked).length + rowsOf(outlets).length;
  await db
    .update(sources)
    .set({ aliases: union(into.aliases, [from.name, from.nameEn, ...from.aliases]), updatedAt: sql`now()` })
    .where(eq(sources.id, into.id));
  await db.delete(sources).where(and(eq(sources.id, from.id)));
  return { before: from, moved: Number(moved) };
}

export const mergeReference = defineVerb({
  name: "mergeReference",
  access: "admin",
  mode: "write",
  input: mergeInput,
  async run({ db, audit }, { kind, fromId, intoId }) {
    const { before, moved } = await mergeRows(db, kind, fromId, intoId);
    await audit({ action: "reference.merge", entity: "reference", id: `${kind}:${fromId}`, before, after: { into: intoId, referencesMoved: moved } });
    // Incidents may now name another place or actor: the public pages' caches start again.
    if (moved > 0) await publicChanged(db);
    return { intoId, moved };
  },
});
