import "server-only";
import { headers } from "next/headers";
import { forbidden, notFound, redirect, unstable_rethrow } from "next/navigation";
import { NextResponse } from "next/server";
import { refused, type ActionState } from "@/lib/action-state";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { publicReadCtx, requestCtx } from "./auth/session";
import { AppError } from "./errors";
import { logUnexpected } from "./log";
import { authorize, runVerb, type Access, type AnyVerb, type SessionUser, type VerbInput, type VerbResult } from "./verb";

// How the app calls verbs: with the session of the current request. Pages, server actions and
// route handlers each get one adapter that turns the runner's typed failures into what that
// kind of caller shows — so no page, action or handler checks a role or parses input itself.

// A bug or an outage, not a refusal: logged as a JSON line with the verb and the request's id
// (proxy.ts), then thrown on to error.tsx or a 500 — the user sees nothing new. Next's own
// control flow (redirect, notFound, dynamic rendering) passes through unlogged.
async function unexpected(e: unknown, verb: string): Promise<never> {
  unstable_rethrow(e);
  let requestId: string | undefined;
  try {
    requestId = (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    // Outside a request (a script): no id.
  }
  logUnexpected(e, { verb, requestId });
  throw e;
}

// Whether this user may call verbs of this access (for showing a link or a form; the verb
// checks again on the server).
export function mayCall(verbOrAccess: Access | { access: Access; name: string }, user: SessionUser | null): boolean {
  const [access, name] = typeof verbOrAccess === "string" ? [verbOrAccess, undefined] : [verbOrAccess.access, verbOrAccess.name];
  try {
    authorize(access, user, name);
    return true;
  } catch {
    return false;
  }
}

// Public reads (the public log, the public API) go to the read replica when there is one
// (DATABASE_READ_URL); everything else to the main database.
export async function call<V extends AnyVerb>(verb: V, input: VerbInput<V>): Promise<VerbResult<V>> {
  const ctx = verb.access === "public" && verb.mode === "read" ? await publicReadCtx() : await requestCtx();
  return runVerb(verb, ctx, input) as never;
}

// For pages: a logged-out visitor goes to the login page, a missing record or a malformed id
// is the not-found page, a `null` result too, a refused role the 403 page; bugs go to error.tsx.
export async function load<V extends AnyVerb>(verb: V, input: VerbInput<V>): Promise<NonNullable<VerbResult<V>>> {
  try {
    const result = await call(verb, input);
    if (result === null || result === undefined) notFound();
    return result;
  } catch (e) {
    if (e instanceof AppError && e.code === "unauthorized") redirect("/login");
    // A password an admin set is replaced by the user's own before any desk page (issue 17).
    if (e instanceof AppError && e.messageKey === "password_change_required") redirect("/password");
    if (e instanceof AppError && (e.code === "not_found" || e.code === "invalid")) notFound();
    // A role that does not allow the page: HTTP 403 with app/forbidden.tsx.
    if (e instanceof AppError && e.code === "forbidden") forbidden();
    return unexpected(e, verb.name);
  }
}

function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}

// A server action for a form: the form's fields are the verb's input; expected failures come
// back as values with everything typed, and `after` (revalidate, redirect) runs outside the
// try so Next's redirect is never swallowed.
export function formAction<V extends AnyVerb>(verb: V, after?: (result: VerbResult<V>, values: Record<string, string>) => void | Promise<void>) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const values = formValues(formData);
    let result: unknown;
    try {
      result = await runVerb(verb, await requestCtx(), values);
    } catch (e) {
      if (e instanceof AppError) return refused({ messageKey: e.messageKey, fieldErrors: e.fieldErrors, values });
      return unexpected(e, verb.name);
    }
    if (after) await after(result as never, values);
    return { ok: true, values: {} };
  };
}

// The public API's error shape: HTTP 400 naming each bad parameter; never a 500 for bad input.
export function badRequest(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>) {
  const parameters = [...new Set(issues.map((i) => String(i.path[0] ?? "query")))];
  return NextResponse.json(
    {
      error: "invalid_parameter",
      parameters,
      message: issues.map((i) => `${String(i.path[0] ?? "query")}: ${i.message}`).join("; "),
    },
    { status: 400 },
  );
}

// For route handlers: `answer` builds the response (calling verbs); the runner's typed failures
// become the API's errors — a bad parameter the 400 above, a refused caller 401/403, a missing
// record 404 — and anything else is logged and thrown on (a 500). `what` names the call in the log.
export async function respond(what: string, answer: () => Promise<Response>): Promise<Response> {
  try {
    return await answer();
  } catch (e) {
    if (!(e instanceof AppError)) return unexpected(e, what);
    if (e.code === "invalid") return badRequest(e.issues);
    return NextResponse.json({ error: e.code, message: e.messageKey }, { status: e.status });
  }
}
