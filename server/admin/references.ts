import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { actors, places, sources } from "@/db/schema";
import { msg } from "@/lib/i18n/keys";
import { optionalText } from "@/lib/schemas/fields";
import { AppError } from "../errors";
import { defineVerb } from "../verb";

// Reference lists (gazetteer, actors, sources): search, confirm what editors proposed, and merge
// duplicates with every reference following the survivor, in one transaction, audited.

const KINDS = ["places", "actors", "sources"] as const;
type Kind = (typeof KINDS)[number];
const kind = z.enum(KINDS, msg("required"));
const refId = z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string(msg("invalid_id")).min(1, msg("invalid_id")).max(100, msg("invalid_id")));

const listInput = z.object({ kind, q: optionalText(200), proposed: z.preprocess((v) => v === "1" || v === true || v === "true", z.boolean()).optional() });
const confirmInput = z.object({ kind: z.enum(["places", "sources"], msg("required")), id: refId });
const mergeInput = z
  .object({ kind, fromId: refId, intoId: refId })
  .refine((v) => v.fromId !== v.intoId, { ...msg("merge_same"), path: ["intoId"] });

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

export type ReferenceRow = { id: string; name: string; nameEn: string | null; aliases: string[]; status: string; uses: number };

export const listReferences = defineVerb({
  name: "listReferences",
  access: "admin",
  mode: "read",
  input: listInput,
  async run({ db }, { kind, q, proposed }): Promise<ReferenceRow[]> {
    const like = q ? sql`'%' || sijill_fold(${likeEscape(q)}) || '%'` : null;
    const query =
      kind === "places"
        ? sql`select p.id::text as id, p.name_ar as name, p.name_en as "nameEn", p.aliases_ar || p.aliases_en as aliases, p.status::text as status,
            ((select count(*) from reports r where r.place_id = p.id) + (select count(*) from incidents i where i.place_id = p.id))::int as uses
          from places p
          where (${like}::text is null or sijill_fold(concat_ws(' ', p.id, p.name_ar, p.name_en, array_to_string(p.aliases_ar, ' '), array_to_string(p.aliases_en, ' '))) like ${like})
            and (${proposed ?? false} = false or p.status = 'proposed')
          order by (p.status = 'proposed') desc, p.name_ar limit 300`
        : kind === "actors"
          ? sql`select a.id::text as id, a.name_ar as name, a.name_en as "nameEn", a.aliases as aliases, 'confirmed' as status,
              ((select count(*) from reports r where a.id in (r.actor_id, r.target_actor_id)) + (select count(*) from incidents i where a.id in (i.actor_id, i.target_actor_id)))::int as uses
            from actors a
            where (${like}::text is null or sijill_fold(concat_ws(' ', a.name_ar, a.name_en, array_to_string(a.aliases, ' '))) like ${like})
              and ${proposed ?? false} = false
            order by a.name_ar limit 300`
          : sql`select s.id::text as id, s.name as name, s.name_en as "nameEn", s.aliases as aliases, s.status::text as status,
              ((select count(*) from report_sources rs where rs.source_id = s.id) + (select count(*) from articles ar where ar.outlet_source_id = s.id))::int as uses
            from sources s
            where (${like}::text is null or sijill_fold(concat_ws(' ', s.name, s.name_en, array_to_string(s.aliases, ' '))) like ${like})
              and (${proposed ?? false} = false or s.status = 'proposed')
            order by (s.status = 'proposed') desc, s.name limit 300`;
    return rowsOf<ReferenceRow>(await db.execute(query)).map((r) => ({ ...r, uses: Number(r.uses), aliases: r.aliases ?? [] }));
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
        ? await db.update(places).set({ status: "confirmed", updatedAt: sql`now()` }).where(eq(places.id, id)).returning({ id: places.id })
        : await db.update(sources).set({ status: "confirmed", updatedAt: sql`now()` }).where(eq(sources.id, intId(id))).returning({ id: sources.id });
    if (!rows.length) throw new AppError("not_found");
    await audit({ action: "reference.confirm", entity: "reference", id: `${kind}:${id}`, after: { status: "confirmed" } });
    return { id };
  },
});

function intId(id: string): number {
  const n = Number(id);
  if (!Number.isInteger(n) || n <= 0) throw new AppError("invalid", "invalid_input", { id: "invalid_id" });
  return n;
}

const union = (a: string[], b: (string | null | undefined)[]) => [...new Set([...a, ...b.filter((x): x is string => !!x && x.trim() !== "")])];

// Merging `from` into `into`: every reference to `from` now points at `into`, `from`'s names
// become `into`'s aliases, and `from` is deleted.
async function mergeRows(db: Db, kind: Kind, fromId: string, intoId: string) {
  if (kind === "places") {
    const [from] = await db.select().from(places).where(eq(places.id, fromId)).for("update");
    const [into] = await db.select().from(places).where(eq(places.id, intoId)).for("update");
    if (!from || !into) throw new AppError("not_found");
    const moved = rowsOf<{ n: number }>(await db.execute(sql`with a as (update reports set place_id = ${intoId} where place_id = ${fromId} returning 1),
      b as (update incidents set place_id = ${intoId} where place_id = ${fromId} returning 1) select ((select count(*) from a) + (select count(*) from b))::int as n`))[0]!.n;
    await db
      .update(places)
      .set({ aliasesAr: union(into.aliasesAr, [from.nameAr, ...from.aliasesAr]), aliasesEn: union(into.aliasesEn, [from.nameEn, ...from.aliasesEn]), updatedAt: sql`now()` })
      .where(eq(places.id, intoId));
    await db.delete(places).where(eq(places.id, fromId));
    return { before: from, moved: Number(moved) };
  }
  if (kind === "actors") {
    const [from] = await db.select().from(actors).where(eq(actors.id, intId(fromId))).for("update");
    const [into] = await db.select().from(actors).where(eq(actors.id, intId(intoId))).for("update");
    if (!from || !into) throw new AppError("not_found");
    // As claimant/attacker and as target (target_actor_id, migration 0010).
    const moved = rowsOf<{ n: number }>(await db.execute(sql`with a as (update reports set actor_id = ${into.id} where actor_id = ${from.id} returning 1),
      b as (update incidents set actor_id = ${into.id} where actor_id = ${from.id} returning 1),
      c as (update reports set target_actor_id = ${into.id} where target_actor_id = ${from.id} returning 1),
      d as (update incidents set target_actor_id = ${into.id} where target_actor_id = ${from.id} returning 1)
      select ((select count(*) from a) + (select count(*) from b) + (select count(*) from c) + (select count(*) from d))::int as n`))[0]!.n;
    await db.update(actors).set({ aliases: union(into.aliases, [from.nameAr, from.nameEn, ...from.aliases]), updatedAt: sql`now()` }).where(eq(actors.id, into.id));
    await db.delete(actors).where(eq(actors.id, from.id));
    return { before: from, moved: Number(moved) };
  }
  const [from] = await db.select().from(sources).where(eq(sources.id, intId(fromId))).for("update");
  const [into] = await db.select().from(sources).where(eq(sources.id, intId(intoId))).for("update");
  if (!from || !into) throw new AppError("not_found");
  // A report that cites both keeps one link (the survivor's): first drop the doubles, then move.
  const dropped = await db.execute(sql`delete from report_sources rs where rs.source_id = ${from.id}
    and exists (select 1 from report_sources k where k.report_id = rs.report_id and k.source_id = ${into.id}) returning 1`);
  const linked = await db.execute(sql`update report_sources set source_id = ${into.id} where source_id = ${from.id} returning 1`);
  const outlets = await db.execute(sql`update articles set outlet_source_id = ${into.id} where outlet_source_id = ${from.id} returning 1`);
  const moved = rowsOf(dropped).length + rowsOf(linked).length + rowsOf(outlets).length;
  await db.update(sources).set({ aliases: union(into.aliases, [from.name, from.nameEn, ...from.aliases]), updatedAt: sql`now()` }).where(eq(sources.id, into.id));
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
    return { intoId, moved };
  },
});
