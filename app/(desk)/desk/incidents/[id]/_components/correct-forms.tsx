"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form";
import { Options } from "@/components/options";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState } from "@/lib/action-state";
import { CLAIM_STATUSES, DATE_PRECISIONS, INCIDENT_TYPES } from "@/lib/domain";
import type { CorrectTexts } from "./texts";
import { correctIncidentAction, retractIncidentAction } from "../../../actions";

type M = CorrectTexts;
export type CurrentValues = Record<string, string>;

// A correction: every public value, prefilled; what the reviewer changes is pinned, with the
// public note (required).
export function CorrectForm({
  m,
  incidentId,
  current,
  places,
  actors,
}: {
  m: M;
  incidentId: number;
  current: CurrentValues;
  places: Array<readonly [string | number, string]>;
  actors: Array<readonly [string | number, string]>;
}) {
  const [state, action] = useActionState(correctIncidentAction, initialActionState);
  const v = { ...current, ...(state.values ?? {}) };
  const r = m.reviewDesk;
  const text = (name: string, label: string, type = "text") => (
    <Field m={m} state={state} name={name} label={label}>
      {(p) => <input {...p} type={type} dir={type === "text" ? "auto" : undefined} defaultValue={v[name] ?? ""} />}
    </Field>
  );
  return (
    <form key={formKey(state)} action={action} className="space-y-3" noValidate>
      <h2 className="text-lg font-semibold">{r.correctTitle}</h2>
      <p className="text-sm text-stone-600">{r.correctHelp}</p>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="incidentId" value={incidentId} />
      <div className="grid gap-3 sm:grid-cols-2">
        {text("date", m.fields.date, "date")}
        <Field m={m} state={state} name="datePrecision" label={m.fields.datePrecision}>
          {(p) => (
            <select {...p} defaultValue={v.datePrecision}>
              <Options choices={DATE_PRECISIONS.map((d) => [d, m.precisions[d]] as const)} />
            </select>
          )}
        </Field>
        <Field m={m} state={state} name="type" label={m.fields.type}>
          {(p) => (
            <select {...p} defaultValue={v.type}>
              <Options choices={INCIDENT_TYPES.map((t) => [t, m.types[t]] as const)} />
            </select>
          )}
        </Field>
        <Field m={m} state={state} name="placeId" label={m.fields.place}>
          {(p) => (
            <select {...p} defaultValue={v.placeId}>
              <Options none={m.desk.none} choices={places} />
            </select>
          )}
        </Field>
        <Field m={m} state={state} name="actorId" label={m.fields.actor}>
          {(p) => (
            <select {...p} defaultValue={v.actorId}>
              <Options none={m.desk.none} choices={actors} />
            </select>
          )}
        </Field>
        <Field m={m} state={state} name="claimStatus" label={r.claimStatus}>
          {(p) => (
            <select {...p} defaultValue={v.claimStatus}>
              <Options none={m.desk.none} choices={CLAIM_STATUSES.map((c) => [c, c] as const)} />
            </select>
          )}
        </Field>
        <Field m={m} state={state} name="targetActorId" label={m.fields.targetActor}>
          {(p) => (
            <select {...p} defaultValue={v.targetActorId}>
              <Options none={m.desk.none} choices={actors} />
            </select>
          )}
        </Field>
        {text("target", m.fields.target)}
        {text("weapon", m.fields.weapon)}
        {text("munitions", m.fields.munitions, "number")}
        {text("killed", m.fields.killed, "number")}
        {text("killedHigh", r.killedHigh, "number")}
        {text("injured", m.fields.injured, "number")}
        {text("injuredHigh", r.injuredHigh, "number")}
      </div>
      {text("summaryAr", `${m.fields.summary} (ar)`)}
      {text("summaryEn", `${m.fields.summary} (en)`)}
      <Field m={m} state={state} name="note" label={r.correctionNote}>
        {(p) => <textarea {...p} rows={2} dir="auto" defaultValue={state.values?.note ?? ""} />}
      </Field>
      <SubmitButton>{r.correctAction}</SubmitButton>
    </form>
  );
}

export function RetractForm({ m, incidentId }: { m: M; incidentId: number }) {
  const [state, action] = useActionState(retractIncidentAction, initialActionState);
  const r = m.reviewDesk;
  return (
    <form key={formKey(state)} action={action} className="space-y-3" noValidate>
      <h2 className="text-lg font-semibold">{r.retractTitle}</h2>
      <p className="text-sm text-stone-600">{r.retractHelp}</p>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="incidentId" value={incidentId} />
      <Field m={m} state={state} name="notice" label={r.retractionNote}>
        {(p) => <textarea {...p} rows={2} dir="auto" defaultValue={state.values?.notice ?? ""} />}
      </Field>
      <SubmitButton>{r.retractAction}</SubmitButton>
    </form>
  );
}
