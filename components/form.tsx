// Form pieces shared by the desk forms. No "use client" here: they hold no state, so they cost
// nothing on pages that do not render them; the client forms that do import them bring them along.
import type { ActionState } from "@/lib/action-state";
import { errorText, type Messages } from "@/lib/i18n";

type ErrorTexts = Pick<Messages, "errors">;

export const inputClass =
  "block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base focus:border-teal-700 focus:outline-none focus:ring-2 focus:ring-teal-700/20 aria-[invalid=true]:border-red-600";

type ControlProps = { id: string; name: string; className: string; "aria-invalid": boolean; "aria-describedby"?: string };

// A labelled control with its error announced next to it (aria-live), in the user's language.
export function Field({
  m,
  state,
  name,
  label,
  hint,
  scope,
  idPrefix = "field",
  children,
}: {
  m: ErrorTexts;
  state: ActionState;
  name: string;
  label: string;
  hint?: string;
  // Several forms on one page give their fields distinct ids: a prefix for the form, or a scope
  // for one of several controls that share a field name.
  idPrefix?: string;
  scope?: string;
  children: (props: ControlProps) => React.ReactNode;
}) {
  const error = state.fieldErrors?.[name];
  const id = scope ? `${idPrefix}-${scope}-${name}` : `${idPrefix}-${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-stone-700">
        {label}
      </label>
      {children({ id, name, className: inputClass, "aria-invalid": !!error, "aria-describedby": described })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
        {error ? errorText(m, error) : null}
      </p>
    </div>
  );
}

export function FormMessage({ m, state, override }: { m: ErrorTexts; state: ActionState; override?: string }) {
  const text = state.ok ? "" : (override ?? errorText(m, state.messageKey));
  return (
    <div role="alert" aria-live="assertive" className={text ? "rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" : ""}>
      {text}
    </div>
  );
}
