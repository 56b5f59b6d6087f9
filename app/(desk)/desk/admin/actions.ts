"use server";
// Admin server actions: each is one verb (server/admin, server/tokens) bound to a form; the verb
// checks the admin role on the server. Generated passwords and tokens come back once, in the
// action's state, and are never stored in clear.
import { revalidatePath } from "next/cache";
import { createUser, disableUser, enableUser, resetUserPassword, revokeSessionsOf, setUserRole, unlockLogin } from "@/server/admin/users";
import { resultAction } from "@/server/admin/result-action";
import { createApiToken, revokeApiToken } from "@/server/tokens/tokens";

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
