"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState, type ActionState } from "@/lib/action-state";
import { SOURCE_KINDS } from "@/lib/domain";
import type { Messages } from "@/lib/i18n";
import { PLACE_KINDS, PLACE_PRECISIONS, type ReferenceKind } from "@/lib/schemas/references";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

// What the form starts from when editing (strings, as the fields hold them).
export type RecordValues = Partial<
  Record<"id" | "nameAr" | "nameEn" | "kind" | "governorate" | "country" | "lat" | "lon" | "precision" | "coordinateSource", string>
>;

// Adding or editing one place, actor or source. A new record takes its aliases here; an
// existing one's aliases are added and removed one by one beside this form (the edit page).
export function RecordForm({
  kind,
  action,
  record,
  governorates = [],
  m,
}: {
  kind: ReferenceKind;
  action: Action;
  record?: RecordValues;
  governorates?: string[];
  m: Pick<Messages, "refs" | "errors" | "intake">;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const v: RecordValues & { slug?: string; aliases?: string } = state.ok ? (record ?? {}) : { ...record, ...state.values };
  const L = m.intake;
  const r = m.refs;
  const editing = !!record?.id;
  const title = editing ? r.edit : kind === "places" ? r.addPlace : kind === "actors" ? r.addActor : r.addSource;
  const f = { m, state, idPrefix: `${kind}-${record?.id ?? "new"}` };
  return (
    <form key={formKey(state)} action={formAction} className="space-y-3" noValidate aria-label={title}>
      {editing && <input type="hidden" name="id" value={record.id} />}
      <FormMessage m={m} state={state} />
      {state.ok && editing && (
        <p role="status" className="rounded border border-teal-300 bg-teal-50 px-3 py-2 text-sm text-teal-900">
          {r.saved}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {kind === "places" && !editing && (
          <Field {...f} name="slug" label={r.slug} hint={r.slugHint}>
            {(p) => <input {...p} dir="ltr" defaultValue={v.slug} />}
          </Field>
        )}
        <Field {...f} name="nameAr" label={L.pick_nameAr}>
          {(p) => <input {...p} dir="rtl" defaultValue={v.nameAr} />}
        </Field>
        <Field {...f} name="nameEn" label={L.pick_nameEn}>
          {(p) => <input {...p} dir="ltr" defaultValue={v.nameEn} />}
        </Field>
        {kind === "places" && (
          <Field {...f} name="kind" label={L.pick_kind}>
            {(p) => (
              <select {...p} defaultValue={v.kind ?? "village"}>
                {PLACE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {L[`pk_${k}`]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {kind === "sources" && (
          <Field {...f} name="kind" label={L.pick_sourceKind}>
            {(p) => (
              <select {...p} defaultValue={v.kind ?? "outlet"}>
                {SOURCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {L[`kind_${k}`]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {!editing && (
          <Field {...f} name="aliases" label={r.aliasesHint}>
            {(p) => <input {...p} dir="auto" defaultValue={v.aliases} />}
          </Field>
        )}
        {kind === "places" && (
          <>
            <Field {...f} name="governorate" label={L.pick_governorate}>
              {(p) => <input {...p} dir="auto" list={`${f.idPrefix}-governorates`} defaultValue={v.governorate} />}
            </Field>
            <datalist id={`${f.idPrefix}-governorates`}>
              {governorates.map((g) => (
                <option key={g} value={g} />
              ))}
            </datalist>
            <Field {...f} name="country" label={r.country}>
              {(p) => <input {...p} dir="ltr" maxLength={2} defaultValue={v.country} />}
            </Field>
            <Field {...f} name="lat" label={L.pick_lat}>
              {(p) => <input {...p} dir="ltr" inputMode="decimal" defaultValue={v.lat} />}
            </Field>
            <Field {...f} name="lon" label={L.pick_lon}>
              {(p) => <input {...p} dir="ltr" inputMode="decimal" defaultValue={v.lon} />}
            </Field>
            <Field {...f} name="precision" label={r.precision}>
              {(p) => (
                <select {...p} defaultValue={v.precision ?? ""}>
                  <option value="" />
                  {PLACE_PRECISIONS.map((k) => (
                    <option key={k} value={k}>
                      {r[`precision_${k}`]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field {...f} name="coordinateSource" label={r.coordinateSource}>
              {(p) => <input {...p} dir="auto" defaultValue={v.coordinateSource} />}
            </Field>
          </>
        )}
      </div>
      <SubmitButton>{editing ? r.save : title}</SubmitButton>
    </form>
  );
}
