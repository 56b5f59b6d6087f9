import "server-only";
import { refused, type ActionState } from "@/lib/action-state";
import { requestCtx } from "../auth/session";
import { AppError } from "../errors";
import { runVerb, type AnyVerb, type VerbResult } from "../verb";

// Like formAction (server/request.ts), but what the verb returns that the user must see once
// (a generated password, a new API token) comes back in the state's values; nothing else does.
export function resultAction<V extends AnyVerb>(
  verb: V,
  shown: (result: VerbResult<V>) => Record<string, string> = () => ({}),
  after?: () => void | Promise<void>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const values: Record<string, string> = {};
    for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) values[k] = v;
    let result: unknown;
    try {
      result = await runVerb(verb, await requestCtx(), values);
    } catch (e) {
      if (e instanceof AppError) {
        // Passwords typed are never sent back.
        for (const k of ["password", "current", "confirm"]) delete values[k];
        return refused({ messageKey: e.messageKey, fieldErrors: e.fieldErrors, values });
      }
      throw e;
    }
    if (after) await after();
    return { ok: true, values: shown(result as VerbResult<V>) };
  };
}
