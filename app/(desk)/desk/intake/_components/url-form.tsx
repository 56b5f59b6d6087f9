"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n";
import { fetchUrlAction } from "../actions";

export function UrlForm({ m }: { m: Pick<Messages, "admin" | "errors"> }) {
  const [state, action] = useActionState(fetchUrlAction, initialActionState);
  return (
    <form key={formKey(state)} action={action} className="space-y-3" noValidate aria-label={m.admin.fetch}>
      <FormMessage m={m} state={state} />
      <Field m={m} state={state} name="url" label={m.admin.urlLabel} hint={m.admin.urlHint}>
        {(p) => <input {...p} type="url" dir="ltr" defaultValue={state.values?.url} />}
      </Field>
      <SubmitButton>{m.admin.fetch}</SubmitButton>
    </form>
  );
}
