"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState, type ActionState } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

// One incident type: its fixed code and its two labels.
export function TypeLabelForm({
  code,
  labelAr,
  labelEn,
  action,
  m,
}: {
  code: string;
  labelAr: string;
  labelEn: string;
  action: Action;
  m: Pick<Messages, "refs" | "errors">;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const v = state.ok ? {} : (state.values ?? {});
  const f = { m, state, idPrefix: `type-${code}` };
  return (
    <form key={formKey(state)} action={formAction} noValidate aria-label={code} className="grid items-start gap-3 sm:grid-cols-[10rem_1fr_1fr_auto]">
      <input type="hidden" name="code" value={code} />
      <p dir="ltr" className="pt-7 font-mono text-sm">
        {code}
      </p>
      <Field {...f} name="labelAr" label={m.refs.labelAr}>
        {(p) => <input {...p} dir="rtl" defaultValue={v.labelAr ?? labelAr} />}
      </Field>
      <Field {...f} name="labelEn" label={m.refs.labelEn}>
        {(p) => <input {...p} dir="ltr" defaultValue={v.labelEn ?? labelEn} />}
      </Field>
      <div className="pt-6">
        <SubmitButton>{m.refs.save}</SubmitButton>
      </div>
      <div className="sm:col-span-4">
        <FormMessage m={m} state={state} />
        {state.ok && (
          <p role="status" className="text-sm text-teal-900">
            {m.refs.saved}
          </p>
        )}
      </div>
    </form>
  );
}
