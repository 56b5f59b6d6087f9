"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { StatusBadge } from "@/components/status-badge";
import { formKey, initialActionState } from "@/lib/action-state";
import type { IncidentStatus } from "@/lib/domain";
import { errorText, type Messages } from "@/lib/i18n";
import { submitReportAction } from "../../../actions";

type Candidate = { id: number; label: string; status: IncidentStatus };

export function SubmitReportForm({ m, reportId, candidates, defaultIncident }: { m: Pick<Messages, "desk" | "errors" | "statuses">; reportId: number; candidates: Candidate[]; defaultIncident: number | null }) {
  const [state, action] = useActionState(submitReportAction, initialActionState);
  const chosen = state.values?.incident ?? (defaultIncident ? String(defaultIncident) : "new");
  const error = state.fieldErrors?.incident;
  return (
    <form key={formKey(state)} action={action} className="mt-2 space-y-3" noValidate>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <fieldset aria-describedby="incident-error">
        <legend className="text-sm text-stone-600">{candidates.length ? m.desk.linkHelp : m.desk.noCandidates}</legend>
        <div className="mt-2 space-y-2">
          {candidates.map((c) => (
            <label key={c.id} className="flex items-start gap-2 rounded border border-stone-200 p-2">
              <input type="radio" name="incident" value={c.id} defaultChecked={chosen === String(c.id)} className="mt-1" />
              <span>
                {m.desk.joinIncident} <StatusBadge m={m} status={c.status} /> <span dir="auto">{c.label}</span>
              </span>
            </label>
          ))}
          <label className="flex items-center gap-2 rounded border border-stone-200 p-2">
            <input type="radio" name="incident" value="new" defaultChecked={chosen === "new"} />
            <span>{m.desk.newIncident}</span>
          </label>
        </div>
        <p id="incident-error" aria-live="polite" className="mt-1 text-sm text-red-700">
          {error ? errorText(m, error) : null}
        </p>
      </fieldset>
      <SubmitButton>{m.desk.submitForReview}</SubmitButton>
    </form>
  );
}
