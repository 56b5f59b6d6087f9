import "server-only";
import { z } from "zod";
import { and, asc, inArray } from "drizzle-orm";
import { actors, incidents, places, reports, type Incident } from "@/db/schema";
import { PINNABLE_FIELDS, type PinnableField, type ReportStatus } from "@/lib/domain";
import { resolveIncident } from "@/lib/incidents/resolve";
import { id } from "@/lib/schemas/fields";
import { AppError, invalidField } from "../errors";
import { defineVerb } from "../verb";
import { keptValues } from "./moves";
import { placeTreeOf, summariesOf, type PinnedValues } from "./refresh";

// A value as the desk shows it: the value, and for a place or an actor its names.
export type PreviewValue = { value: unknown; nameAr?: string; nameEn?: string };
export type MergeChange = { field: PinnableField; now: PreviewValue; after: PreviewValue };

// What merging `sourceId` into `targetId` would change in the target's public values, computed as
// mergeIncidents would (server/incidents/merge.ts: the reports of both, resolved as refresh
// does, pins over them, a verified target keeping what the move would blank) without writing.
// The one-click merge on a desk incident page shows it beside the reason it asks for.
export const previewMerge = defineVerb({
  name: "previewMerge",
  access: "reviewer",
  mode: "read",
  input: z.object({ targetId: id, sourceId: id }),
  async run({ db }, data): Promise<{ changes: MergeChange[] }> {
    if (data.targetId === data.sourceId) throw invalidField("sourceId", "merge_same_incident");
    const pair = await db
      .select()
      .from(incidents)
      .where(inArray(incidents.id, [data.targetId, data.sourceId]));
    const target = pair.find((i) => i.id === data.targetId);
    if (!target || !pair.some((i) => i.id === data.sourceId)) throw new AppError("not_found");
    const statuses: ReportStatus[] = target.status === "verified" ? ["approved"] : ["submitted", "approved"];
    const rows = await db
      .select()
      .from(reports)
      .where(and(inArray(reports.incidentId, [data.targetId, data.sourceId]), inArray(reports.status, statuses)))
      .orderBy(asc(reports.createdAt), asc(reports.id));
    if (rows.length === 0) return { changes: [] };
    const { disagreements: _, ...values } = resolveIncident(
      rows,
      await placeTreeOf(
        db,
        rows.map((r) => r.placeId),
      ),
    );
    const after: Record<string, unknown> = { ...values, ...summariesOf(rows) };
    for (const [field, pin] of Object.entries((target.pinned ?? {}) as PinnedValues))
      if (pin && (PINNABLE_FIELDS as readonly string[]).includes(field)) after[field] = pin.value;
    const resolved = after as Pick<Incident, PinnableField>;
    if (target.status === "verified") Object.assign(after, keptValues(target, resolved));
    const norm = (v: unknown) => JSON.stringify(v === undefined || v === "" ? null : v);
    const fields = PINNABLE_FIELDS.filter((f) => norm(target[f]) !== norm(after[f]));
    return {
      changes: await named(
        db,
        fields.map((field) => ({ field, now: { value: target[field] ?? null }, after: { value: after[field] ?? null } })),
      ),
    };
  },
});

// Places and actors by name, not by id.
async function named(db: Parameters<typeof placeTreeOf>[0], changes: MergeChange[]): Promise<MergeChange[]> {
  const values = (fields: string[]) =>
    changes
      .filter((c) => fields.includes(c.field))
      .flatMap((c) => [c.now.value, c.after.value])
      .filter((v) => v !== null);
  const placeIds = values(["placeId"]).map(String);
  const actorIds = values(["actorId", "targetActorId"]).map(Number);
  const placeRows = placeIds.length
    ? await db.select({ id: places.id, nameAr: places.nameAr, nameEn: places.nameEn }).from(places).where(inArray(places.id, placeIds))
    : [];
  const actorRows = actorIds.length
    ? await db.select({ id: actors.id, nameAr: actors.nameAr, nameEn: actors.nameEn }).from(actors).where(inArray(actors.id, actorIds))
    : [];
  const name = (field: string, v: PreviewValue): PreviewValue => {
    const row =
      field === "placeId"
        ? placeRows.find((p) => p.id === v.value)
        : field === "actorId" || field === "targetActorId"
          ? actorRows.find((a) => a.id === v.value)
          : undefined;
    return row ? { ...v, nameAr: row.nameAr, nameEn: row.nameEn } : v;
  };
  return changes.map((c) => ({ ...c, now: name(c.field, c.now), after: name(c.field, c.after) }));
}
