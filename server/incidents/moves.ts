import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidents, reports, type Incident } from "@/db/schema";
import { PINNABLE_FIELDS, type PinnableField } from "@/lib/domain";
import { requiredTextSaying } from "@/lib/schemas/fields";
import { AppError, invalidField } from "../errors";
import { refreshIncidentValues } from "./refresh";

// Shared by attach, split and merge: locking, the statuses an incident's values are resolved
// from, and what happens to an incident a move leaves without reports.
export const CLOSED = new Set(["rejected", "retracted"]);

export async function lockIncident(tx: Db, id: number, field = "incidentId"): Promise<Incident> {
  const [row] = await tx.select().from(incidents).where(eq(incidents.id, id)).for("update");
  if (!row) throw invalidField(field, "unknown_incident");
  return row;
}

// A verified incident keeps showing its approved reports only; others show what is submitted too.
export async function refresh(tx: Db, incident: Pick<Incident, "id" | "status">): Promise<void> {
  await refreshIncidentValues(tx, incident.id, incident.status === "verified" ? ["approved"] : ["submitted", "approved"]);
}

export async function liveReports(tx: Db, incidentId: number, except?: number): Promise<number> {
  const rows = await tx
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.incidentId, incidentId), ne(reports.status, "rejected"), except ? ne(reports.id, except) : undefined));
  return rows.length;
}

export function snapshotOf(i: Incident) {
  return { status: i.status, mergedInto: i.mergedInto, date: i.date, type: i.type, placeId: i.placeId };
}

export function assertOpen(i: Incident, field: string) {
  if (CLOSED.has(i.status) || i.mergedInto) throw invalidField(field, "incident_closed");
}

// A merge's or a split's note: why. Required — a published incident's history shows it.
export const moveNote = requiredTextSaying("move_note_required", 500);

// A merge or a split moves reports; it never blanks what readers see. A verified incident keeps
// every public value (its Arabic and English summaries too) that the reports it now has no longer
// give: the value it had before the move stays until a reviewer changes it (a correction). Values
// the reports now give differently are resolved as always, and the public history records them
// with the move's note. An upper bound (killedHigh…) stays only above the new headline figure.
export async function keepPublicValues(tx: Db, before: Incident): Promise<void> {
  if (before.status !== "verified") return;
  const [now] = await tx.select().from(incidents).where(eq(incidents.id, before.id));
  if (!now) return;
  const kept = keptValues(before, now);
  if (Object.keys(kept).length)
    await tx
      .update(incidents)
      .set(kept as Partial<Incident>)
      .where(eq(incidents.id, before.id));
}

// The public values a move would blank, with the value each had before (see keepPublicValues).
export function keptValues(before: Pick<Incident, PinnableField>, now: Pick<Incident, PinnableField>): Partial<Record<PinnableField, unknown>> {
  const blank = (v: unknown) => v === null || v === undefined || v === "";
  const kept: Partial<Record<PinnableField, unknown>> = {};
  for (const f of PINNABLE_FIELDS) if (blank(now[f]) && !blank(before[f])) kept[f] = before[f];
  for (const [high, low] of [
    ["killedHigh", "killed"],
    ["injuredHigh", "injured"],
  ] as const) {
    if (high in kept && !((kept[high] as number) > ((kept[low] ?? now[low] ?? -1) as number))) delete kept[high];
  }
  return kept;
}

export function notMovable(): AppError {
  return new AppError("conflict", "report_not_movable");
}
