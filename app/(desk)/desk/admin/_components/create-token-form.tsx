"use client";
import { useActionState } from "react";
import { FormMessage, inputClass } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState } from "@/lib/action-state";
import { errorText, type Messages } from "@/lib/i18n";
import { createTokenAction } from "../actions";

export function CreateTokenForm({ m, users }: { m: Pick<Messages, "admin" | "errors">; users: { id: number; email: string }[] }) {
  const [state, action] = useActionState(createTokenAction, initialActionState);
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form key={formKey(state)} action={action} className="space-y-3" noValidate aria-label={m.admin.createToken}>
      <FormMessage m={m} state={state} />
      {state.ok && state.values?.secret && (
        <p role="status" className="break-all rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {m.admin.tokenShown}{" "}
          <code dir="ltr" data-secret>
            {state.values.secret}
          </code>
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {/* Own ids: the team form on the same page has its own "name" field. */}
        <div>
          <label htmlFor="token-name" className="mb-1 block text-sm font-medium text-stone-700">
            {m.admin.tokenName}
          </label>
          <input
            id="token-name"
            name="name"
            dir="auto"
            defaultValue={v.name}
            className={inputClass}
            aria-invalid={!!state.fieldErrors?.name}
            aria-describedby="token-name-error"
          />
          <p id="token-name-error" aria-live="polite" className="mt-1 text-sm text-red-700">
            {state.fieldErrors?.name ? errorText(m, state.fieldErrors.name) : null}
          </p>
        </div>
        <div>
          <label htmlFor="token-user" className="mb-1 block text-sm font-medium text-stone-700">
            {m.admin.tokenUser}
          </label>
          <select id="token-user" name="userId" defaultValue={v.userId} className={inputClass}>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.email}
              </option>
            ))}
          </select>
        </div>
        {/* What the token may do, whatever its user's role allows (one scope so far). */}
        <div>
          <label htmlFor="token-scope" className="mb-1 block text-sm font-medium text-stone-700">
            {m.admin.tokenScope}
          </label>
          <select id="token-scope" name="scope" defaultValue={v.scope ?? "ingest"} className={inputClass}>
            <option value="ingest">{m.admin.tokenScopeIngest}</option>
          </select>
        </div>
      </div>
      <SubmitButton>{m.admin.createToken}</SubmitButton>
    </form>
  );
}
