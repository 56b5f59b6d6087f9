"use client";
import { useActionState } from "react";
import { FormMessage, inputClass } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState } from "@/lib/action-state";
import { errorText, type Messages } from "@/lib/i18n";
import { addFeedAction } from "../actions";

// Own ids (feed-…): the team form on the same page uses the shared Field ids.
export function AddFeedForm({ m }: { m: Pick<Messages, "admin" | "errors"> }) {
  const [state, action] = useActionState(addFeedAction, initialActionState);
  const v = state.ok ? {} : (state.values ?? {});
  const field = (name: "url" | "outlet" | "intervalMinutes", label: string, props: React.InputHTMLAttributes<HTMLInputElement>) => (
    <div>
      <label htmlFor={`feed-${name}`} className="mb-1 block text-sm font-medium text-stone-700">
        {label}
      </label>
      <input
        id={`feed-${name}`}
        name={name}
        defaultValue={v[name]}
        className={inputClass}
        aria-invalid={!!state.fieldErrors?.[name]}
        aria-describedby={`feed-${name}-error`}
        {...props}
      />
      <p id={`feed-${name}-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
        {state.fieldErrors?.[name] ? errorText(m, state.fieldErrors[name]) : null}
      </p>
    </div>
  );
  return (
    <form key={formKey(state)} action={action} className="space-y-3" noValidate aria-label={m.admin.addFeed}>
      <FormMessage m={m} state={state} />
      <div className="grid gap-3 sm:grid-cols-3">
        {field("url", m.admin.feedUrl, { type: "url", dir: "ltr" })}
        {field("outlet", m.admin.feedOutlet, { dir: "auto" })}
        {field("intervalMinutes", m.admin.feedInterval, { type: "number", min: 5, dir: "ltr", defaultValue: v.intervalMinutes ?? "30" })}
      </div>
      <SubmitButton>{m.admin.addFeed}</SubmitButton>
    </form>
  );
}
