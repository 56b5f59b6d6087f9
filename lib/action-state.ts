// What a form's server action returns: expected failures as values, shown next to the fields,
// with everything the user typed so React's form reset loses nothing.
import type { ErrorKey } from "./i18n/keys";

export type ActionState = {
  ok: boolean;
  messageKey?: ErrorKey;
  fieldErrors?: Record<string, ErrorKey>;
  values?: Record<string, string>;
  // Changes with every refused submission: forms use it as their key, so they mount afresh
  // with the returned values (React's reset after an action puts selects and radios back to
  // their first option otherwise).
  submission?: string;
};

export function formKey(state: ActionState): string {
  return state.submission ?? "initial";
}

export function refused(state: Omit<ActionState, "ok" | "submission">): ActionState {
  return { ...state, ok: false, submission: `${Date.now()}-${Math.random().toString(36).slice(2)}` };
}

export const initialActionState: ActionState = { ok: false };
