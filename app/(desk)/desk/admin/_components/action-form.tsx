"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/submit-button";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { errorText, type Messages } from "@/lib/i18n";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

// One admin action on one record: hidden fields name the record, the button sends it; a refusal
// is said next to it, and a secret (a generated password or token) is shown once.
export function ActionForm({
  action,
  hidden,
  submit,
  m,
  secretLabel,
  label,
  children,
}: {
  action: Action;
  hidden: Record<string, string | number>;
  submit: string;
  // The button's accessible name when its text is only a sign (e.g. "×").
  label?: string;
  m: Pick<Messages, "errors" | "admin">;
  secretLabel?: string;
  children?: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const problems = state.ok ? [] : [...new Set([...(state.messageKey ? [state.messageKey] : []), ...Object.values(state.fieldErrors ?? {})])];
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={String(v)} />
      ))}
      {children}
      <SubmitButton label={label}>{submit}</SubmitButton>
      {problems.length > 0 && (
        <p role="alert" className="w-full text-sm text-red-700">
          {problems.map((k) => errorText(m, k)).join(" ")}
        </p>
      )}
      {state.ok && state.values?.secret && (
        <p role="status" className="w-full break-all rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm">
          {secretLabel}{" "}
          <code dir="ltr" data-secret>
            {state.values.secret}
          </code>
        </p>
      )}
    </form>
  );
}
