"use server";
// Session and role: checked on the server by each verb these actions call (formAction / call /
// runVerb → server/verb.ts authorize(), first, before the input is parsed). requireRole-style checks
// are not repeated here on purpose; tests/integration/authorization.test.ts proves each verb's access.
// Admin server actions: each is one verb (server/admin, server/tokens) bound to a form; the verb
// checks the admin role on the server. Generated passwords and tokens come back once, in the
// action's state, and are never stored in clear.
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { createUser, disableUser, enableUser, resetUserPassword, revokeSessionsOf, setUserRole, unlockLogin } from "@/server/admin/users";
import { resultAction } from "@/server/admin/result-action";
import { createApiToken, revokeApiToken } from "@/server/tokens/tokens";
import { addFeed, pollFeedNow, setFeedActive } from "@/server/intake/verbs";
import { pollDueFeeds } from "@/server/intake/poller";
import { requestCtx } from "@/server/auth/session";

const refresh = () => revalidatePath("/desk/admin");
const done = () => ({ done: "1" });

export const createUserAction = resultAction(createUser, (r): Record<string, string> => (r.password ? { secret: r.password } : { done: "1" }), refresh);
export const setUserRoleAction = resultAction(setUserRole, done, refresh);
export const disableUserAction = resultAction(disableUser, done, refresh);
export const enableUserAction = resultAction(enableUser, done, refresh);
export const resetPasswordAction = resultAction(resetUserPassword, (r) => ({ secret: r.password }), refresh);
export const revokeSessionsAction = resultAction(revokeSessionsOf, done, refresh);
export const unlockLoginAction = resultAction(unlockLogin, done, refresh);
export const createTokenAction = resultAction(createApiToken, (r) => ({ secret: r.token }), refresh);
export const revokeTokenAction = resultAction(revokeApiToken, done, refresh);
export const addFeedAction = resultAction(addFeed, done, refresh);
export const setFeedActiveAction = resultAction(setFeedActive, done, refresh);
// "Poll now": the verb (admin only) makes the feed due; only then is it polled, in this request.
const makeDue = resultAction(pollFeedNow, done);
export async function pollFeedNowAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await makeDue(prev, formData);
  if (!state.ok) return state;
  const { db } = await requestCtx();
  await pollDueFeeds(db, Number(formData.get("feedId")));
  refresh();
  return state;
}
