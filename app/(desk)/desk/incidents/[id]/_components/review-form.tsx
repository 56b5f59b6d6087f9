"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState } from "@/lib/action-state";
import { REVIEW_DECISIONS } from "@/lib/domain";
import { errorText } from "@/lib/i18n";
import type { ReviewTexts } from "./texts";
import { reviewIncidentAction } from "../../../actions";

// No decision is preselected: the reviewer must choose one (the verb refuses none).
export function ReviewForm({ m, incidentId, notes }: { m: ReviewTexts; incidentId: number; notes: string[] }) {
  const [state, action] = useActionState(reviewIncidentAction, initialActionState);
  const v = state.values ?? {};
  return (
    <form key={formKey(state)} action={action} className="space-y-3" noValidate>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="incidentId" value={incidentId} />
      {notes.map((n) => (
        <p key={n} className="text-sm text-stone-600">
          {n}
        </p>
      ))}
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-stone-700">{m.fields.decision}</legend>
        <div className="flex flex-wrap gap-4">
          {REVIEW_DECISIONS.map((d) => (
            <label key={d} className="flex items-center gap-2">
              <input type="radio" name="decision" value={d} defaultChecked={v.decision === d} />
              {m.decisions[d]}
            </label>
          ))}
        </div>
        <p aria-live="polite" className="text-sm text-red-700">
          {state.fieldErrors?.decision ? errorText(m, state.fieldErrors.decision) : null}
        </p>
      </fieldset>
      <Field m={m} state={state} name="comment" label={m.fields.comment}>
        {(p) => <textarea {...p} rows={3} dir="auto" defaultValue={v.comment} />}
      </Field>
      <SubmitButton>{m.desk.reviewAction}</SubmitButton>
    </form>
  );
}
