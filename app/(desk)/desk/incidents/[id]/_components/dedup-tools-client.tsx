"use client";
import { useActionState, useState } from "react";
import { Field, FormMessage } from "@/components/form";
import { Options } from "@/components/options";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n";
import type { PinnableField } from "@/lib/domain";
import { attachReportAction, pinIncidentValueAction, splitReportAction } from "./dedup-actions";

type M = Pick<Messages, "dedupTools" | "errors">;

// A reviewer moves one report out into a new incident, saying why.
export function SplitFormClient({ m, reportId }: { m: M; reportId: number }) {
  const [state, action] = useActionState(splitReportAction, initialActionState);
  return (
    <form key={formKey(state)} action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <Field m={m} state={state} name="note" label={m.dedupTools.splitNote} scope={`split-${reportId}`}>
        {(p) => <input {...p} type="text" maxLength={500} dir="auto" defaultValue={state.values?.note ?? ""} />}
      </Field>
      <SubmitButton>{m.dedupTools.splitButton}</SubmitButton>
    </form>
  );
}

// Moves one report to an existing incident: typed by number, or fixed (the undo of a split).
export function AttachFormClient({ m, reportId, incidentId, label }: { m: M; reportId: number; incidentId?: number; label?: string }) {
  const [state, action] = useActionState(attachReportAction, initialActionState);
  return (
    <form key={formKey(state)} action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      {incidentId ? (
        <input type="hidden" name="incidentId" value={incidentId} />
      ) : (
        <Field m={m} state={state} name="incidentId" label={m.dedupTools.attachLabel} scope={`attach-${reportId}`}>
          {(p) => <input {...p} type="text" inputMode="numeric" dir="ltr" className="w-28" defaultValue={state.values?.incidentId ?? ""} />}
        </Field>
      )}
      <SubmitButton>{label ?? m.dedupTools.attachButton}</SubmitButton>
    </form>
  );
}

export type PinChoice = { field: PinnableField; label: string; input: "text" | "date" | "number"; choices?: Array<readonly [string | number, string]> };

// Pins one public value over the resolved one, with a note; the value's input follows the field.
export function PinFormClient({ m, incidentId, fields, none }: { m: M; incidentId: number; fields: PinChoice[]; none: string }) {
  const [state, action] = useActionState(pinIncidentValueAction, initialActionState);
  const [field, setField] = useState<string>(state.values?.field ?? fields[0]!.field);
  const chosen = fields.find((f) => f.field === field) ?? fields[0]!;
  return (
    <form key={formKey(state)} action={action} className="grid gap-3 sm:grid-cols-3" noValidate>
      <div className="sm:col-span-3">
        <FormMessage m={m} state={state} />
      </div>
      <input type="hidden" name="incidentId" value={incidentId} />
      <Field m={m} state={state} name="field" label={m.dedupTools.pinField} scope="pin">
        {(p) => (
          <select {...p} value={field} onChange={(e) => setField(e.target.value)}>
            <Options choices={fields.map((f) => [f.field, f.label] as const)} />
          </select>
        )}
      </Field>
      <Field m={m} state={state} name="value" label={m.dedupTools.pinValue} scope="pin">
        {(p) =>
          chosen.choices ? (
            <select {...p} key={chosen.field} defaultValue={state.values?.value ?? ""}>
              <Options none={none} choices={chosen.choices} />
            </select>
          ) : (
            <input {...p} key={chosen.field} type={chosen.input} dir={chosen.input === "text" ? "auto" : "ltr"} defaultValue={state.values?.value ?? ""} />
          )
        }
      </Field>
      <Field m={m} state={state} name="note" label={m.dedupTools.pinNote} scope="pin">
        {(p) => <input {...p} type="text" maxLength={500} dir="auto" defaultValue={state.values?.note ?? ""} />}
      </Field>
      <div className="sm:col-span-3">
        <SubmitButton>{m.dedupTools.pinButton}</SubmitButton>
      </div>
    </form>
  );
}

// Removes a pin: the value goes back to the one resolved from the reports.
export function UnpinFormClient({ m, incidentId, field }: { m: M; incidentId: number; field: PinnableField }) {
  const [state, action] = useActionState(pinIncidentValueAction, initialActionState);
  return (
    <form key={formKey(state)} action={action} className="inline" noValidate>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="field" value={field} />
      <SubmitButton>{m.dedupTools.unpinButton}</SubmitButton>
    </form>
  );
}
