import "server-only";
import type { z } from "zod";
import type { Role } from "@/lib/domain";
import { requireRole, type Ctx } from "../context";
import { refused, type ActionState } from "@/lib/action-state";
import { AppError, parseInput } from "../errors";
import { requestCtx } from "./session";


function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}

// The one wrapper for desk server actions: session and role checked on the server, input
// parsed with the form's zod schema, expected failures returned, then `after` (revalidate,
// redirect) runs outside the try so Next's redirect is never swallowed.
export function authedAction<S extends z.ZodType, R>(
  role: Role,
  schema: S,
  fn: (args: { ctx: Ctx; input: z.infer<S> }) => Promise<R>,
  after?: (result: R, input: z.infer<S>) => void | Promise<void>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const values = formValues(formData);
    let result: R;
    let input: z.infer<S>;
    try {
      const ctx = await requestCtx();
      requireRole(ctx, role);
      input = parseInput(schema, values);
      result = await fn({ ctx, input });
    } catch (e) {
      if (e instanceof AppError) return refused({ messageKey: e.messageKey, fieldErrors: e.fieldErrors, values });
      throw e;
    }
    if (after) await after(result, input);
    return { ok: true, values: {} };
  };
}
