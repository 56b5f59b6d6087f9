// Deduplication (dedup): on a desk incident page, a reviewer merges a duplicate into this
// incident, or — on an incident that was merged away — undoes the merge. Self-contained: it
// asks the session itself, so the page renders it with one line.
import Link from "next/link";
import type { Messages } from "@/lib/i18n";
import { currentUser } from "@/server/auth/session";
import { mergeIncidents } from "@/server/incidents/merge";
import { mayCall } from "@/server/request";
import { MergeFormClient, UnmergeFormClient } from "./merge-form-client";
import { mergeTexts } from "./texts";

export async function MergeForm({ m, incident }: { m: Messages; incident: { id: number; status: string; mergedInto?: number | null } }) {
  if (!mayCall(mergeIncidents, await currentUser())) return null;
  const dm = mergeTexts(m);
  if (incident.mergedInto) {
    return (
      <section className="rounded border border-amber-200 bg-amber-50 p-4" data-testid="merged">
        <p>
          {m.dedup.merged} → <Link href={`/desk/incidents/${incident.mergedInto}`}>#{incident.mergedInto}</Link>
        </p>
        <UnmergeFormClient m={dm} incidentId={incident.id} label={m.audit["incident.unmerge"]} />
      </section>
    );
  }
  if (incident.status === "rejected" || incident.status === "retracted") return null;
  return (
    <section className="rounded border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{m.dedup.mergeTitle}</h2>
      <p className="mb-2 text-sm text-stone-600">{m.dedup.mergeHelp}</p>
      <MergeFormClient m={dm} incidentId={incident.id} />
    </section>
  );
}
