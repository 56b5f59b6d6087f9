"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { StatusBadge } from "@/components/status-badge";
import { formKey, initialActionState } from "@/lib/action-state";
import type { IncidentStatus } from "@/lib/domain";
import { errorText, type Messages } from "@/lib/i18n";
import { submitReportAction } from "../../../actions";
import { initialChoice, previousAsCandidate, type Previous } from "./choice";

// score and reasons come from duplicate detection (lib/dedup), rendered by the page in the
// reader's language; suggested: shown at entry (≥ the suggest threshold); preselected: ≥ auto.
export type Candidate = { id: number; label: string; status: IncidentStatus; score: number | null; reasons: string; suggested: boolean; preselected: boolean };

export function SubmitReportForm({
  m,
  reportId,
  candidates,
  previous = null,
}: {
  m: Pick<Messages, "desk" | "errors" | "statuses" | "dedup">;
  reportId: number;
  candidates: Candidate[];
  // The incident the report was sent back from (server/reports/returned.ts).
  previous?: Previous;
}) {
  const [state, action] = useActionState(submitReportAction, initialActionState);
  const chosen = state.values?.incident ?? initialChoice(candidates, previous);
  const newLabel = previous?.onlyThis ? m.desk.sameIncidentAgain.replace("{id}", String(previous.id)) : m.desk.newIncident;
  const error = state.fieldErrors?.incident;
  const strong = candidates.some((c) => c.suggested);
  return (
    <form key={formKey(state)} action={action} className="mt-2 space-y-3" noValidate>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <fieldset aria-describedby="incident-error">
        <legend className="text-sm text-stone-600">{candidates.length ? m.dedup.candidatesHelp : m.dedup.noCandidates}</legend>
        <div className="mt-2 space-y-2">
          {candidates.map((c) => (
            <label key={c.id} data-testid="candidate" className="flex items-start gap-2 rounded border border-stone-200 p-2">
              <input type="radio" name="incident" value={c.id} defaultChecked={chosen === String(c.id)} className="mt-1" />
              <span className="min-w-0 break-words">
                {m.desk.joinIncident} <StatusBadge m={m} status={c.status} /> <span dir="auto">{c.label}</span>
                {c.score !== null && (
                  <span className="mt-1 block text-sm text-stone-600">
                    <span className="font-semibold tabular-nums">
                      {m.dedup.score} {Math.round(c.score * 100)}%
                    </span>
                    {c.preselected && <span className="ms-2 rounded bg-teal-50 px-1 text-teal-800">{m.dedup.preselected}</span>}
                    {c.reasons && (
                      <span className="block" data-testid="candidate-reasons">
                        {c.reasons}
                      </span>
                    )}
                  </span>
                )}
              </span>
            </label>
          ))}
          {previous && previousAsCandidate(previous, candidates) && (
            <label className="flex items-center gap-2 rounded border border-stone-200 p-2" data-testid="previous-incident">
              <input type="radio" name="incident" value={previous.id} defaultChecked={chosen === String(previous.id)} />
              <span>{m.desk.backToIncident.replace("{id}", String(previous.id))}</span>
            </label>
          )}
          <label className="flex items-center gap-2 rounded border border-stone-200 p-2">
            <input type="radio" name="incident" value="new" defaultChecked={chosen === "new"} />
            <span>{newLabel}</span>
          </label>
          {previous?.closed && <p className="text-sm text-stone-600">{m.desk.previousClosed.replace("{id}", String(previous.id))}</p>}
        </div>
        <p id="incident-error" aria-live="polite" className="mt-1 text-sm text-red-700">
          {error ? errorText(m, error) : null}
        </p>
      </fieldset>
      {(strong || state.fieldErrors?.newIncidentReason) && (
        <Field m={m} state={state} name="newIncidentReason" label={m.dedup.reasonLabel} hint={m.dedup.reasonHelp}>
          {(p) => <input {...p} type="text" maxLength={300} defaultValue={state.values?.newIncidentReason ?? ""} dir="auto" />}
        </Field>
      )}
      <SubmitButton>{m.desk.submitForReview}</SubmitButton>
    </form>
  );
}
