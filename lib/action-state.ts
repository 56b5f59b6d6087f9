// What a form's server action returns: expected failures as values, shown next to the fields,
// with everything the user typed so React's form reset loses nothing.
export type ActionState = {
  ok: boolean;
  messageKey?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export const initialActionState: ActionState = { ok: false };
