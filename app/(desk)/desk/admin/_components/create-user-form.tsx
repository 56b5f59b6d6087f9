"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState } from "@/lib/action-state";
import { ROLES } from "@/lib/domain";
import type { Messages } from "@/lib/i18n";
import { createUserAction } from "../actions";

export function CreateUserForm({ m }: { m: Pick<Messages, "admin" | "errors" | "fields"> }) {
  const [state, action] = useActionState(createUserAction, initialActionState);
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form key={formKey(state)} action={action} className="space-y-3" noValidate aria-label={m.admin.createUser}>
      <FormMessage m={m} state={state} />
      {state.ok && (
        <p role="status" className="break-all rounded border border-teal-300 bg-teal-50 px-3 py-2 text-sm text-teal-900">
          {m.admin.created}{" "}
          {state.values?.secret && (
            <>
              {m.admin.oneTimePassword}{" "}
              <code dir="ltr" data-secret>
                {state.values.secret}
              </code>
            </>
          )}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field m={m} state={state} name="email" label={m.fields.email}>
          {(p) => <input {...p} type="email" dir="ltr" defaultValue={v.email} />}
        </Field>
        <Field m={m} state={state} name="name" label={m.admin.name}>
          {(p) => <input {...p} dir="auto" defaultValue={v.name} />}
        </Field>
        <Field m={m} state={state} name="role" label={m.admin.role}>
          {(p) => (
            <select {...p} defaultValue={v.role ?? "editor"}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field m={m} state={state} name="password" label={m.admin.initialPassword} hint={m.admin.initialPasswordHint}>
          {(p) => <input {...p} type="password" autoComplete="new-password" dir="ltr" />}
        </Field>
      </div>
      <SubmitButton>{m.admin.createUser}</SubmitButton>
    </form>
  );
}
