import { eq, sql } from "drizzle-orm";
import { incidentTypes } from "@/db/schema";
import { INCIDENT_TYPES, type IncidentType } from "@/lib/domain";
import { noInput } from "@/lib/schemas/fields";
import { typeLabelInput } from "@/lib/schemas/references";
import { AppError } from "../errors";
import { publicChanged } from "../public/changes";
import { defineVerb } from "../verb";

// The incident-type taxonomy: fixed codes (the incident_type enum, which the API, the exports
// and every stored row use) with labels in both languages that admins edit (migration 0012).
// Every screen takes its labels from here (app/_lib/i18n.ts puts them in the dictionary), the
// public DTO carries them, and the CSV export writes code and label side by side.

export type TypeLabel = { code: IncidentType; labelAr: string; labelEn: string };

// In the taxonomy's order (lib/domain INCIDENT_TYPES), whatever the table's.
export const listIncidentTypes = defineVerb({
  name: "listIncidentTypes",
  access: "public",
  mode: "read",
  input: noInput,
  async run({ db }): Promise<TypeLabel[]> {
    const rows = await db.select({ code: incidentTypes.code, labelAr: incidentTypes.labelAr, labelEn: incidentTypes.labelEn }).from(incidentTypes);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return INCIDENT_TYPES.map((code) => byCode.get(code) ?? { code, labelAr: code, labelEn: code });
  },
});

export const setIncidentTypeLabel = defineVerb({
  name: "setIncidentTypeLabel",
  access: "admin",
  mode: "write",
  input: typeLabelInput,
  async run({ db, user, audit }, { code, labelAr, labelEn }) {
    const [before] = await db.select().from(incidentTypes).where(eq(incidentTypes.code, code)).for("update");
    if (!before) throw new AppError("not_found");
    await db
      .update(incidentTypes)
      .set({ labelAr, labelEn, updatedBy: user.id, updatedAt: sql`now()` })
      .where(eq(incidentTypes.code, code));
    await audit({
      action: "incident_type.label",
      entity: "incident_type",
      id: code,
      before: { labelAr: before.labelAr, labelEn: before.labelEn },
      after: { labelAr, labelEn },
    });
    // Pages, the API and the feed show the new label at once in this process (other instances
    // within the public cache's TTL).
    await publicChanged(db);
    return { code };
  },
});
