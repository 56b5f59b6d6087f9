import "server-only";
import { z } from "zod";
import { and, eq, inArray, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidentRelations, incidents } from "@/db/schema";
import { INCIDENT_RELATION_KINDS, roleAtLeast } from "@/lib/domain";
import { msg } from "@/lib/i18n/keys";
import { id, optionalText } from "@/lib/schemas/fields";
import { AppError, invalidField } from "../errors";
import { defineVerb, type SessionUser } from "../verb";
import { publicChanged } from "../public/changes";

// Incidents that relate (issue 19 item 14): the coalition's strikes answering an attack (a
// response to it), an evacuation after one (a follow-on of it), attacks claimed together (part
// of a wave). Set on the desk by an editor while neither incident is published; once one is
// verified, readers see the link, so only a reviewer may add or remove it (as for pinned values,
// server/incidents/pin.ts). Every change is audited; the public caches are told.

export const relateInput = z.object({
  incidentId: id,
  relatedId: id,
  kind: z.enum(INCIDENT_RELATION_KINDS, msg("required")),
  note: optionalText(500),
});

const CLOSED = new Set(["rejected", "retracted"]);

async function lockPair(tx: Db, user: SessionUser, a: number, b: number) {
  if (a === b) throw invalidField("relatedId", "relation_self");
  const rows = await tx
    .select({ id: incidents.id, status: incidents.status, mergedInto: incidents.mergedInto })
    .from(incidents)
    .where(inArray(incidents.id, [a, b]))
    .for("update");
  const first = rows.find((r) => r.id === a);
  const second = rows.find((r) => r.id === b);
  if (!first) throw new AppError("not_found");
  if (!second) throw invalidField("relatedId", "unknown_incident");
  if (CLOSED.has(second.status) || second.mergedInto !== null) throw invalidField("relatedId", "incident_closed");
  if (CLOSED.has(first.status) || first.mergedInto !== null) throw new AppError("conflict", "incident_closed");
  if ((first.status === "verified" || second.status === "verified") && !roleAtLeast(user.role, "reviewer"))
    throw new AppError("forbidden", "published_by_reviewer");
  return { published: first.status === "verified" || second.status === "verified" };
}

export const relateIncidents = defineVerb({
  name: "relateIncidents",
  access: "editor",
  mode: "write",
  input: relateInput,
  async run({ db: tx, user, audit }, data): Promise<{ id: number }> {
    const { published } = await lockPair(tx, user, data.incidentId, data.relatedId);
    // One link per pair, whichever way it was set: change its kind by removing it first.
    const [existing] = await tx
      .select({ id: incidentRelations.id })
      .from(incidentRelations)
      .where(
        or(
          and(eq(incidentRelations.incidentId, data.incidentId), eq(incidentRelations.relatedId, data.relatedId)),
          and(eq(incidentRelations.incidentId, data.relatedId), eq(incidentRelations.relatedId, data.incidentId)),
        ),
      );
    if (existing) throw new AppError("conflict", "relation_exists", { relatedId: "relation_exists" });
    const [row] = await tx
      .insert(incidentRelations)
      .values({ incidentId: data.incidentId, relatedId: data.relatedId, kind: data.kind, note: data.note ?? null, createdBy: user.id })
      .returning();
    await audit({ action: "incident.relate", entity: "incident", id: data.incidentId, after: row });
    if (published) await publicChanged(tx);
    return { id: row!.id };
  },
});

export const unrelateIncidents = defineVerb({
  name: "unrelateIncidents",
  access: "editor",
  mode: "write",
  input: z.object({ relationId: id }),
  async run({ db: tx, user, audit }, data): Promise<{ removed: true }> {
    const [row] = await tx.select().from(incidentRelations).where(eq(incidentRelations.id, data.relationId));
    if (!row) throw new AppError("not_found");
    const { published } = await lockPair(tx, user, row.incidentId, row.relatedId);
    await tx.delete(incidentRelations).where(eq(incidentRelations.id, row.id));
    await audit({ action: "incident.unrelate", entity: "incident", id: row.incidentId, before: row });
    if (published) await publicChanged(tx);
    return { removed: true };
  },
});
