import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actors, incidentCorrections, incidents, places } from "@/db/schema";
import { byId } from "@/lib/schemas/fields";
import type { PublicHistoryEntry } from "../public/dto";
import { defineVerb } from "../verb";
import { PINNABLE } from "./refresh";
import { asText } from "@/lib/text/as-text";

// The public versions of an incident (incident_corrections), oldest first: each correction,
// update and retraction with its version, date, public note and the public values before and
// after (server/incidents/correct.ts publicValues). Never who on the desk made the change.
async function versionsOf(db: Db, incidentId: number) {
  return db
    .select({
      version: incidentCorrections.version,
      kind: incidentCorrections.kind,
      note: incidentCorrections.note,
      at: incidentCorrections.createdAt,
      before: incidentCorrections.before,
      after: incidentCorrections.after,
    })
    .from(incidentCorrections)
    .where(eq(incidentCorrections.incidentId, incidentId))
    .orderBy(asc(incidentCorrections.version));
}

// The public values one version changed (none for a retraction: its after is null), in the
// order of the incident's fields (jsonb keeps its own key order).
const FIELD_ORDER: readonly string[] = [...PINNABLE, "grade", "independentSources"];
export function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after) return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const rank = (k: string) => (FIELD_ORDER.includes(k) ? FIELD_ORDER.indexOf(k) : FIELD_ORDER.length);
  return Object.keys(a)
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
}

// The history readers see on the incident's public page and in GET /api/v1/incidents/{id}:
// per version its kind, date, note and each public value changed, before → after, under the
// public document's field names (a place or an actor as { id, nameAr, nameEn }).
export async function publicHistory(db: Db, incidentId: number): Promise<PublicHistoryEntry[]> {
  const versions = await versionsOf(db, incidentId);
  const changed = versions.map((v) => ({ ...v, fields: changedFields(v.before, v.after) }));
  const valueOf = (v: unknown, f: string) => (v as Record<string, unknown> | null)?.[f] ?? null;
  const placeIds = new Set<string>();
  const actorIds = new Set<number>();
  for (const v of changed) {
    for (const side of [v.before, v.after]) {
      if (v.fields.includes("placeId") && valueOf(side, "placeId") !== null) placeIds.add(asText(valueOf(side, "placeId")));
      if (v.fields.includes("actorId") && valueOf(side, "actorId") !== null) actorIds.add(Number(valueOf(side, "actorId")));
    }
  }
  const placeNames = placeIds.size
    ? await db
        .select({ id: places.id, nameAr: places.nameAr, nameEn: places.nameEn })
        .from(places)
        .where(inArray(places.id, [...placeIds]))
    : [];
  const actorNames = actorIds.size
    ? await db
        .select({ id: actors.id, nameAr: actors.nameAr, nameEn: actors.nameEn })
        .from(actors)
        .where(inArray(actors.id, [...actorIds]))
    : [];
  const named = (field: string, value: unknown) => {
    if (value === null || value === undefined) return null;
    const text = asText(value);
    if (field === "placeId") return placeNames.find((p) => p.id === text) ?? { id: text, nameAr: text, nameEn: text };
    if (field === "actorId") return actorNames.find((a) => a.id === Number(value)) ?? { id: Number(value), nameAr: text, nameEn: text };
    return value;
  };
  const publicName = (field: string) => (field === "placeId" ? "place" : field === "actorId" ? "actor" : field);
  return changed.map((v) => ({
    version: v.version,
    kind: v.kind,
    at: v.at.toISOString(),
    note: v.note,
    changes: v.fields.map((f) => ({ field: publicName(f), before: named(f, valueOf(v.before, f)), after: named(f, valueOf(v.after, f)) })),
  }));
}

// The public history of an incident with its current notes: verified or retracted incidents
// only (null otherwise: the page's 404).
export const getIncidentHistory = defineVerb({
  name: "getIncidentHistory",
  access: "public",
  mode: "read",
  input: byId,
  async run({ db }, { id }) {
    const [incident] = await db
      .select({
        id: incidents.id,
        status: incidents.status,
        verifiedAt: incidents.verifiedAt,
        correctionNote: incidents.correctionNote,
        retractedAt: incidents.retractedAt,
        retractionNote: incidents.retractionNote,
        grade: incidents.grade,
      })
      .from(incidents)
      .where(eq(incidents.id, id));
    if (!incident || (incident.status !== "verified" && incident.status !== "retracted")) return null;
    const entries = await versionsOf(db, id);
    return {
      ...incident,
      retracted: incident.status === "retracted",
      // The values each public version showed that the next one changed.
      entries: entries.map((e) => ({ ...e, changed: changedFields(e.before, e.after) })),
    };
  },
});
