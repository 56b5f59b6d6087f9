import "server-only";
import { asc, eq } from "drizzle-orm";
import { incidentCorrections, incidents } from "@/db/schema";
import { byId } from "@/lib/schemas/fields";
import { defineVerb } from "../verb";

// The public history of an incident, for its public page (rendered by the public log): the
// first publication, each correction (version, date, public note, the public values before and
// after) and the retraction notice. Public: only verified or retracted incidents, only public
// values, never who on the desk made the change. Null otherwise (the page's 404).
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
    const entries = await db
      .select({
        version: incidentCorrections.version,
        kind: incidentCorrections.kind,
        note: incidentCorrections.note,
        at: incidentCorrections.createdAt,
        before: incidentCorrections.before,
        after: incidentCorrections.after,
      })
      .from(incidentCorrections)
      .where(eq(incidentCorrections.incidentId, id))
      .orderBy(asc(incidentCorrections.version));
    return {
      ...incident,
      retracted: incident.status === "retracted",
      // The values each public version showed that the next one changed.
      entries: entries.map((e) => ({ ...e, changed: changedFields(e.before, e.after) })),
    };
  },
});

function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after) return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}
