import "server-only";
import { publicChanged } from "../public/changes";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidentCorrections, incidents, type Incident } from "@/db/schema";
import { correctInput, retractInput } from "@/lib/schemas/review";
import { AppError } from "../errors";
import { defineVerb } from "../verb";
import { PINNABLE, refreshIncidentValues, type Pinned } from "./refresh";
import { assertReferencesExist } from "../references/exist";

// The values readers see, as the public history records them before and after a change.
export function publicValues(i: Incident) {
  const out: Record<string, unknown> = {};
  for (const f of PINNABLE) out[f] = i[f];
  out.grade = i.grade;
  out.independentSources = i.independentSources;
  return out;
}

// After anything but a correction changed a verified incident's values (a newly approved report,
// a merge, an unmerge, a split, a pinned value): when what readers see changed, a new public
// version of kind "update", with the note given (the reviewer's comment, the merge's note…).
// Readers see every change to public values in the incident's history.
export async function recordPublicUpdate(tx: Db, before: Incident, by: number, note: string | null | undefined): Promise<number | null> {
  if (before.status !== "verified") return null;
  const [now] = await tx.select().from(incidents).where(eq(incidents.id, before.id));
  if (!now || now.status !== "verified") return null;
  const was = publicValues(before);
  const is = publicValues(now);
  if (JSON.stringify(was) === JSON.stringify(is)) return null;
  const version = await nextVersion(tx, before.id);
  await tx.insert(incidentCorrections).values({ incidentId: before.id, kind: "update", version, note: note ?? "", before: was, after: is, createdBy: by });
  return version;
}

async function lockVerified(tx: Db, incidentId: number): Promise<Incident> {
  const [incident] = await tx.select().from(incidents).where(eq(incidents.id, incidentId)).for("update");
  if (!incident) throw new AppError("not_found");
  if (incident.status !== "verified") throw new AppError("conflict", "not_verified");
  return incident;
}

// The next public version: the first publication is version 1, each correction or retraction
// adds one.
export async function nextVersion(tx: Db, incidentId: number): Promise<number> {
  const [last] = await tx
    .select({ version: incidentCorrections.version })
    .from(incidentCorrections)
    .where(eq(incidentCorrections.incidentId, incidentId))
    .orderBy(desc(incidentCorrections.version))
    .limit(1);
  return (last?.version ?? 1) + 1;
}

// A reviewer corrects a verified incident: a new public version with a public note and its date.
// Each value the reviewer changes is pinned over the values resolved from the reports (so a
// later approval of a new report does not undo the correction).
export const correctIncident = defineVerb({
  name: "correctIncident",
  access: "reviewer",
  mode: "write",
  input: correctInput,
  async run({ db: tx, user, audit }, data): Promise<{ version: number; changed: string[] }> {
    const incident = await lockVerified(tx, data.incidentId);
    await assertReferencesExist(tx, data);
    const pinned: Pinned = { ...((incident.pinned ?? {}) as Pinned) };
    const changed: string[] = [];
    for (const field of PINNABLE) {
      const value = data[field];
      if (value === undefined) continue;
      if (JSON.stringify(value) === JSON.stringify(incident[field])) continue;
      pinned[field] = { value, note: data.note, by: user.id };
      changed.push(field);
    }
    const before = publicValues(incident);
    await tx.update(incidents).set({ pinned, correctionNote: data.note, updatedAt: new Date() }).where(eq(incidents.id, incident.id));
    await refreshIncidentValues(tx, incident.id, ["approved"]);
    const [after] = await tx.select().from(incidents).where(eq(incidents.id, incident.id));
    const version = await nextVersion(tx, incident.id);
    await tx.insert(incidentCorrections).values({
      incidentId: incident.id,
      kind: "correction",
      version,
      note: data.note,
      before,
      after: publicValues(after!),
      createdBy: user.id,
    });
    await audit({
      action: "incident.correct",
      entity: "incident",
      id: incident.id,
      before,
      after: { ...publicValues(after!), note: data.note, version, changed },
    });
    // Readers' caches drop their copies (every instance, when this commits).
    await publicChanged(tx);
    return { version, changed };
  },
});

// A reviewer retracts a verified incident: it leaves the public list, the API and the feed
// (they show only verified incidents), its URL answers with the retraction notice.
export const retractIncident = defineVerb({
  name: "retractIncident",
  access: "reviewer",
  mode: "write",
  input: retractInput,
  async run({ db: tx, user, audit }, data): Promise<{ status: "retracted"; version: number }> {
    const incident = await lockVerified(tx, data.incidentId);
    const now = new Date();
    await tx.update(incidents).set({ status: "retracted", retractedAt: now, retractionNote: data.notice, updatedAt: now }).where(eq(incidents.id, incident.id));
    const version = await nextVersion(tx, incident.id);
    const before = publicValues(incident);
    await tx
      .insert(incidentCorrections)
      .values({ incidentId: incident.id, kind: "retraction", version, note: data.notice, before, after: null, createdBy: user.id });
    await audit({
      action: "incident.retract",
      entity: "incident",
      id: incident.id,
      before: { status: incident.status, ...before },
      after: { status: "retracted", retractionNote: data.notice, retractedAt: now.toISOString(), version },
    });
    // Readers' caches drop their copies (every instance, when this commits).
    await publicChanged(tx);
    return { status: "retracted", version };
  },
});
