"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { errorText, type Messages } from "@/lib/i18n";
import { formKey, initialActionState } from "@/lib/action-state";
import { login } from "../../actions";

export function LoginForm({ m, callbackUrl }: { m: Pick<Messages, "fields" | "login" | "errors">; callbackUrl: string }) {
  const [state, action] = useActionState(login, initialActionState);
  const v = state.values ?? {};
  return (
    <form key={formKey(state)} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={v.callbackUrl || callbackUrl} />
      <FormMessage
        m={m}
        state={state}
        override={state.messageKey === "throttled" ? errorText(m, "throttled").replace("{seconds}", v.waitSeconds ?? "") : undefined}
      />
      <Field m={m} state={state} name="email" label={m.fields.email}>
        {(p) => <input {...p} type="email" autoComplete="username" defaultValue={v.email} dir="ltr" />}
      </Field>
      <Field m={m} state={state} name="password" label={m.fields.password}>
        {(p) => <input {...p} type="password" autoComplete="current-password" />}
      </Field>
      <SubmitButton>{m.login.submit}</SubmitButton>
    </form>
  );
}
