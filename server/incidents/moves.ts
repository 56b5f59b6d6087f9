import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidents, reports, type Incident } from "@/db/schema";
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

export function notMovable(): AppError {
  return new AppError("conflict", "report_not_movable");
}
