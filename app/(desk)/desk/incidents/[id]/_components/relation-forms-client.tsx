"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form";
import { Options } from "@/components/options";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState } from "@/lib/action-state";
import { INCIDENT_RELATION_KINDS } from "@/lib/domain";
import type { Messages } from "@/lib/i18n";
import { relateIncidentsAction, unrelateIncidentsAction } from "./relation-actions";

type M = Pick<Messages, "codebook" | "errors">;

// Relates this incident to another by its number: a response to it, a follow-on of it, or part
// of a wave with it.
export function RelateFormClient({ m, incidentId }: { m: M; incidentId: number }) {
  const [state, action] = useActionState(relateIncidentsAction, initialActionState);
  const v = state.values ?? {};
  const c = m.codebook;
  return (
    <form key={formKey(state)} action={action} className="space-y-3" noValidate data-testid="relate-form">
      <FormMessage m={m} state={state} />
      {state.ok && <p role="status">{c.related}</p>}
      <input type="hidden" name="incidentId" value={incidentId} />
      <Field m={m} state={state} name="kind" label={c.relateKind}>
        {(p) => (
          <select {...p} defaultValue={v.kind ?? "response_to"}>
            <Options choices={INCIDENT_RELATION_KINDS.map((k) => [k, c[`relation_${k}`]] as const)} />
          </select>
        )}
      </Field>
      <Field m={m} state={state} name="relatedId" label={c.relateTarget}>
        {(p) => <input {...p} type="text" inputMode="numeric" defaultValue={v.relatedId ?? ""} dir="ltr" />}
      </Field>
      <Field m={m} state={state} name="note" label={c.relateNote} scope="relate">
        {(p) => <input {...p} type="text" maxLength={500} defaultValue={v.note ?? ""} dir="auto" />}
      </Field>
      <SubmitButton>{c.relateButton}</SubmitButton>
    </form>
  );
}

export function UnrelateFormClient({ m, relationId }: { m: M; relationId: number }) {
  const [state, action] = useActionState(unrelateIncidentsAction, initialActionState);
  return (
    <form key={formKey(state)} action={action} className="inline" noValidate>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="relationId" value={relationId} />
      <SubmitButton>{m.codebook.unrelate}</SubmitButton>
    </form>
  );
}
