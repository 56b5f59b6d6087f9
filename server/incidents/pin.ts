import "server-only";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { actors, incidents, places, reports } from "@/db/schema";
import { CLAIM_STATUSES, DATE_PRECISIONS, INCIDENT_TYPES, PINNABLE_FIELDS, roleAtLeast, type PinnableField } from "@/lib/domain";
import { id, isoDate, optionalText } from "@/lib/schemas/fields";
import { msg } from "@/lib/i18n/keys";
import { AppError, invalidField } from "../errors";
import { defineVerb } from "../verb";
import type { PinnedValues } from "./refresh";
import { recordPublicUpdate } from "./correct";
import { refresh } from "./moves";

const count = z.coerce.number(msg("invalid_number")).int(msg("invalid_number")).min(0, msg("invalid_number")).max(100000, msg("invalid_number"));
const PARSE: Record<PinnableField, z.ZodType> = {
  date: isoDate,
  datePrecision: z.enum(DATE_PRECISIONS, msg("required")),
  type: z.enum(INCIDENT_TYPES, msg("required")),
  placeId: z.string().min(1).max(100),
  actorId: id,
  targetActorId: id,
  target: z.string().min(1).max(500),
  weapon: z.string().min(1).max(500),
  munitions: count,
  killed: count,
  killedHigh: count,
  injured: count,
  injuredHigh: count,
  claimStatus: z.enum(CLAIM_STATUSES, msg("required")),
  summaryAr: z.string().min(1).max(2000),
  summaryEn: z.string().min(1).max(2000),
};

// Pins one value of an incident over the resolved one, with a note saying why (a reviewer, or an
// editor who wrote one of its reports while it is not yet published). An empty value removes the
// pin. On a published (verified) incident only a reviewer may, since it changes what readers see
// without another review, and the change is a new public version (kind "update", the pin's note).
export const pinIncidentValue = defineVerb({
  name: "pinIncidentValue",
  access: "editor",
  mode: "write",
  input: z.object({ incidentId: id, field: z.enum(PINNABLE_FIELDS, msg("required")), value: optionalText(2000), note: optionalText(500) }),
  async run({ db: tx, user, audit }, data): Promise<{ pinned: PinnedValues }> {
    const [incident] = await tx.select().from(incidents).where(eq(incidents.id, data.incidentId)).for("update");
    if (!incident) throw new AppError("not_found");
    if (!roleAtLeast(user.role, "reviewer")) {
      if (incident.status === "verified") throw new AppError("forbidden", "published_by_reviewer");
      const [mine] = await tx
        .select({ id: reports.id })
        .from(reports)
        .where(and(eq(reports.incidentId, incident.id), eq(reports.createdBy, user.id)))
        .limit(1);
      if (!mine) throw new AppError("forbidden", "not_your_report");
    }
    const pinned: PinnedValues = { ...((incident.pinned ?? {}) as PinnedValues) };
    if (data.value === undefined) delete pinned[data.field];
    else {
      if (!data.note) throw invalidField("note", "required");
      const parsed = PARSE[data.field].safeParse(data.value);
      if (!parsed.success) throw invalidField("value", "invalid_input");
      if (
        data.field === "placeId" &&
        !(
          await tx
            .select({ id: places.id })
            .from(places)
            .where(eq(places.id, String(parsed.data)))
        ).length
      )
        throw invalidField("value", "unknown_place");
      if (
        (data.field === "actorId" || data.field === "targetActorId") &&
        !(
          await tx
            .select({ id: actors.id })
            .from(actors)
            .where(eq(actors.id, Number(parsed.data)))
        ).length
      )
        throw invalidField("value", "unknown_actor");
      pinned[data.field] = { value: parsed.data, note: data.note, by: user.id, at: new Date().toISOString() };
    }
    await tx
      .update(incidents)
      .set({ pinned: Object.keys(pinned).length ? pinned : null })
      .where(eq(incidents.id, incident.id));
    await refresh(tx, incident);
    await recordPublicUpdate(tx, incident, user.id, data.note);
    await audit({
      action: "incident.pin",
      entity: "incident",
      id: incident.id,
      before: { pinned: incident.pinned, [data.field]: incident[data.field] },
      after: { pinned },
    });
    return { pinned };
  },
});
