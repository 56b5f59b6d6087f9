// Deduplication after the fact, on a desk incident page: move a report out into a new incident
// (reviewers), move a report to another incident (a reviewer, or the report's editor), undo a
// split, and pin a public value with a note. Self-contained like MergeForm: it asks the session
// itself and shows each form only to whom its verb would allow it (the verbs check again).
import { CLAIM_STATUSES, DATE_PRECISIONS, INCIDENT_TYPES, PINNABLE_FIELDS, roleAtLeast, type PinnableField } from "@/lib/domain";
import { pickMessages, type Messages } from "@/lib/i18n";
import { currentUser } from "@/server/auth/session";
import { attachReport } from "@/server/incidents/attach";
import { pinIncidentValue } from "@/server/incidents/pin";
import { splitReport } from "@/server/incidents/split";
import { mayCall } from "@/server/request";
import { deskChoiceLists } from "./choice-lists";
import { AttachFormClient, PinFormClient, SplitFormClient, UnpinFormClient, type PinChoice } from "./dedup-tools-client";

// A correction's pins carry no date (server/incidents/refresh.ts Pinned); a pin's do.
type Pin = { value: unknown; note: string; by: number; at?: string };
type AuditRow = { action: string; entityId: string; before: unknown; after: unknown };

export async function DedupTools({
  m,
  locale,
  incident,
  reports,
  audit,
}: {
  m: Messages;
  locale: "ar" | "en";
  incident: { id: number; status: string; mergedInto?: number | null; pinned: unknown };
  reports: Array<{ id: number; status: string; createdBy: number }>;
  audit: AuditRow[];
}) {
  const user = await currentUser();
  if (!user || !mayCall(attachReport, user)) return null;
  if (incident.mergedInto || incident.status === "rejected" || incident.status === "retracted") return null;
  const t = m.dedupTools;
  const dm = pickMessages(m, "dedupTools", "errors");
  const reviewer = roleAtLeast(user.role, "reviewer");
  const live = reports.filter((r) => r.status === "submitted" || r.status === "approved");
  const mayMove = (r: { status: string; createdBy: number }) => (r.status === "draft" || r.status === "submitted") && (reviewer || r.createdBy === user.id);
  const maySplit = (r: { status: string }) => mayCall(splitReport, user) && (r.status === "submitted" || r.status === "approved");
  // Splits that created this incident, whose report is still here: each can be put back.
  const undo = audit
    .filter((a) => a.action === "report.split")
    .map((a) => ({
      reportId: Number(a.entityId),
      from: (a.before as { incidentId?: number } | null)?.incidentId,
      to: (a.after as { incidentId?: number } | null)?.incidentId,
    }))
    .filter((u) => u.to === incident.id && u.from && reports.some((r) => r.id === u.reportId && mayMove(r)));
  const movable = reports.filter((r) => maySplit(r) || mayMove(r));

  const mayPin = mayCall(pinIncidentValue, user) && (reviewer || reports.some((r) => r.createdBy === user.id));
  const pins = Object.entries((incident.pinned ?? {}) as Record<string, Pin | undefined>).filter(
    (e): e is [PinnableField, Pin] => !!e[1] && (PINNABLE_FIELDS as readonly string[]).includes(e[0]),
  );
  const { places, actors } = mayPin ? await deskChoiceLists(locale) : { places: [], actors: [] };
  const label: Record<PinnableField, string> = {
    date: m.fields.date,
    datePrecision: m.fields.datePrecision,
    type: m.fields.type,
    placeId: m.fields.place,
    actorId: m.fields.actor,
    target: m.fields.target,
    targetActorId: m.fields.targetActor,
    weapon: m.fields.weapon,
    munitions: m.fields.munitions,
    killed: m.fields.killed,
    killedHigh: m.reviewDesk.killedHigh,
    injured: m.fields.injured,
    injuredHigh: m.reviewDesk.injuredHigh,
    claimStatus: m.reviewDesk.claimStatus,
    summaryAr: `${m.fields.summary} (ar)`,
    summaryEn: `${m.fields.summary} (en)`,
  };
  const choices: Partial<Record<PinnableField, Array<readonly [string | number, string]>>> = {
    datePrecision: DATE_PRECISIONS.map((d) => [d, m.precisions[d]] as const),
    type: INCIDENT_TYPES.map((x) => [x, m.types[x]] as const),
    placeId: places,
    actorId: actors,
    targetActorId: actors,
    claimStatus: CLAIM_STATUSES.map((c) => [c, m.workbench[`claim_${c}`]] as const),
  };
  const input = (f: PinnableField): PinChoice["input"] => (f === "date" ? "date" : /^(munitions|killed|injured)/.test(f) ? "number" : "text");
  const fields: PinChoice[] = PINNABLE_FIELDS.map((f) => ({ field: f, label: label[f], input: input(f), choices: choices[f] }));
  const shown = (f: PinnableField, v: unknown) => {
    const c = choices[f]?.find(([value]) => String(value) === String(v));
    return c ? c[1] : String(v);
  };

  return (
    <>
      {(movable.length > 0 || undo.length > 0) && (
        <section className="rounded border border-stone-200 bg-white p-4" data-testid="report-moves">
          <h2 className="text-lg font-semibold">{t.movesTitle}</h2>
          <p className="mb-3 text-sm text-stone-600">{t.movesHelp}</p>
          {undo.map((u) => (
            <div key={`undo-${u.reportId}`} className="mb-3">
              <AttachFormClient
                m={dm}
                reportId={u.reportId}
                incidentId={u.from}
                label={t.undoSplit.replace("{report}", String(u.reportId)).replace("{incident}", String(u.from))}
              />
            </div>
          ))}
          <ul className="space-y-4">
            {movable.map((r) => (
              <li key={r.id} className="space-y-2 border-t border-stone-100 pt-3" data-move-report={r.id}>
                <div className="text-sm font-medium">
                  {m.desk.reportTitle} #{r.id}
                </div>
                {maySplit(r) && (live.length > 1 ? <SplitFormClient m={dm} reportId={r.id} /> : <p className="text-sm text-stone-500">{t.onlyReport}</p>)}
                {mayMove(r) && <AttachFormClient m={dm} reportId={r.id} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {mayPin && (
        <section className="rounded border border-stone-200 bg-white p-4" data-testid="pins">
          <h2 className="text-lg font-semibold">{t.pinsTitle}</h2>
          <p className="mb-3 text-sm text-stone-600">{t.pinsHelp}</p>
          {pins.length === 0 ? (
            <p className="mb-3 text-sm text-stone-500">{t.noPins}</p>
          ) : (
            <ul className="mb-3 space-y-2 text-sm">
              {pins.map(([f, p]) => (
                <li key={f} className="flex flex-wrap items-center gap-2" data-pinned={f}>
                  <strong>{label[f]}</strong>: <span dir="auto">{shown(f, p.value)}</span>
                  <span className="text-stone-500" dir="auto">
                    — {p.note}
                    {p.at ? ` (${t.pinnedOn} ${p.at.slice(0, 10)})` : ""}
                  </span>
                  <UnpinFormClient m={dm} incidentId={incident.id} field={f} />
                </li>
              ))}
            </ul>
          )}
          <PinFormClient m={dm} incidentId={incident.id} fields={fields} none={m.desk.none} />
        </section>
      )}
    </>
  );
}
