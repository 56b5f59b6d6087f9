// The links of incidents (incident_relations, server/incidents/relations.ts), read for the desk
// and the public pages. No "server-only" marker: the public reads (server/public/incidents.ts)
// are also reached from route handlers and instrumentation.
import { and, eq, sql } from "drizzle-orm";
import { intArray } from "@/db/sql";
import { alias, unionAll } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { incidentRelations, incidents } from "@/db/schema";
import type { IncidentRelationKind, IncidentType } from "@/lib/domain";

// One link as a page or the API shows it from one incident's side: `direction` "outgoing" when
// this incident is the response / follow-on / member, "incoming" when the other one is.
export type IncidentLink = {
  relationId: number;
  incidentId: number;
  kind: IncidentRelationKind;
  direction: "outgoing" | "incoming";
  note: string | null;
  other: { id: number; date: string; type: IncidentType; status: string; summaryAr: string | null; summaryEn: string | null };
};

const other = alias(incidents, "other_incident");

// The links of some incidents, both directions, by incident id. publicOnly: only links whose
// other incident is verified (readers never learn of an unpublished incident).
export async function linksOf(db: Db, ids: number[], opts: { publicOnly: boolean }): Promise<Map<number, IncidentLink[]>> {
  const out = new Map<number, IncidentLink[]>();
  if (!ids.length) return out;
  const cols = {
    relationId: incidentRelations.id,
    kind: incidentRelations.kind,
    note: incidentRelations.note,
    from: incidentRelations.incidentId,
    to: incidentRelations.relatedId,
  };
  const otherCols = { id: other.id, date: other.date, type: other.type, status: other.status, summaryAr: other.summaryAr, summaryEn: other.summaryEn };
  const visible = opts.publicOnly ? eq(other.status, "verified") : undefined;
  // Both directions in one read (one round trip, one statement to plan): the links this incident
  // makes, then those made to it.
  const rows = await unionAll(
    db
      .select({ ...cols, outgoing: sql<boolean>`true`.as("outgoing"), other: otherCols })
      .from(incidentRelations)
      .innerJoin(other, eq(other.id, incidentRelations.relatedId))
      .where(and(sql`${incidentRelations.incidentId} = any(${intArray(ids)})`, visible)),
    db
      .select({ ...cols, outgoing: sql<boolean>`false`.as("outgoing"), other: otherCols })
      .from(incidentRelations)
      .innerJoin(other, eq(other.id, incidentRelations.incidentId))
      .where(and(sql`${incidentRelations.relatedId} = any(${intArray(ids)})`, visible)),
  );
  const push = (at: number, link: IncidentLink) => out.set(at, [...(out.get(at) ?? []), link]);
  for (const r of rows) {
    const at = r.outgoing ? r.from : r.to;
    push(at, { relationId: r.relationId, incidentId: at, kind: r.kind, direction: r.outgoing ? "outgoing" : "incoming", note: r.note, other: r.other });
  }
  for (const list of out.values()) list.sort((a, b) => a.other.date.localeCompare(b.other.date) || a.other.id - b.other.id);
  return out;
}
