"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState } from "@/lib/action-state";
import type { MergeTexts, MergeThisTexts } from "./texts";
import { mergeIncidentsAction, unmergeIncidentAction } from "./merge-actions";

type M = MergeTexts;

export function MergeFormClient({ m, incidentId }: { m: M; incidentId: number }) {
  const [state, action] = useActionState(mergeIncidentsAction, initialActionState);
  const v = state.values ?? {};
  return (
    <form key={formKey(state)} action={action} className="space-y-3" noValidate>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="targetId" value={incidentId} />
      <Field m={m} state={state} name="sourceId" label={m.dedup.mergeLabel}>
        {(p) => <input {...p} type="text" inputMode="numeric" defaultValue={v.sourceId ?? ""} dir="ltr" />}
      </Field>
      <Field m={m} state={state} name="note" label={m.dedup.mergeNote} scope="merge">
        {(p) => <input {...p} type="text" maxLength={500} defaultValue={v.note ?? ""} dir="auto" />}
      </Field>
      <SubmitButton>{m.dedup.mergeButton}</SubmitButton>
    </form>
  );
}

export function UnmergeFormClient({ m, incidentId, label }: { m: M; incidentId: number; label: string }) {
  const [state, action] = useActionState(unmergeIncidentAction, initialActionState);
  return (
    <form key={formKey(state)} action={action} className="space-y-2" noValidate>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="incidentId" value={incidentId} />
      <Field m={m} state={state} name="note" label={m.dedup.unmergeNote} scope="unmerge">
        {(p) => <input {...p} type="text" maxLength={500} required defaultValue={state.values?.note ?? ""} dir="auto" />}
      </Field>
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}

// One click from a listed strong duplicate: merges that incident into this one, with the
// reason the merge requires (a clear error in the user's language when it is missing).
export function MergeThisClient({ m, targetId, sourceId, label }: { m: MergeThisTexts; targetId: number; sourceId: number; label: string }) {
  const [state, action] = useActionState(mergeIncidentsAction, initialActionState);
  return (
    <form key={formKey(state)} action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <Field m={m} state={state} name="note" label={m.dedupTools.mergeReason} scope={`merge-${sourceId}`}>
        {(p) => <input {...p} type="text" maxLength={500} required defaultValue={state.values?.note ?? ""} dir="auto" />}
      </Field>
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
