"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n";
import { changePassword } from "../../actions";

export function PasswordForm({ m }: { m: Pick<Messages, "admin" | "errors" | "fields"> }) {
  const [state, action] = useActionState(changePassword, initialActionState);
  return (
    <form key={formKey(state)} action={action} className="space-y-4" noValidate>
      <FormMessage m={m} state={state} />
      <Field m={m} state={state} name="current" label={m.admin.currentPassword}>
        {(p) => <input {...p} type="password" autoComplete="current-password" dir="ltr" />}
      </Field>
      <Field m={m} state={state} name="password" label={m.admin.newPassword} hint={m.admin.passwordHint}>
        {(p) => <input {...p} type="password" autoComplete="new-password" dir="ltr" />}
      </Field>
      <Field m={m} state={state} name="confirm" label={m.admin.confirmPassword}>
        {(p) => <input {...p} type="password" autoComplete="new-password" dir="ltr" />}
      </Field>
      <SubmitButton>{m.admin.changePassword}</SubmitButton>
    </form>
  );
}
