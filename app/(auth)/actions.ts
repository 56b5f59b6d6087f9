"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { loginInput } from "@/lib/schemas/desk";
import { signIn, signOut } from "@/server/auth";
import { loginWait, mustChangePassword, rememberDevice } from "@/server/auth/login";
import { changeOwnPassword, logoutEverywhere } from "@/server/admin/account";
import { call } from "@/server/request";
import { resultAction } from "@/server/admin/result-action";
import { refused, type ActionState } from "@/lib/action-state";
import { fieldErrorsOf } from "@/server/errors";
import { safeRedirectPath } from "@/lib/url/safe-redirect";
import { formText } from "@/lib/text/as-text";

// publicRoute: logging in is what an anonymous visitor does; Auth.js checks the credentials.
export async function login(_prev: ActionState, formData: FormData): Promise<ActionState> {
  // Only same-site paths: a login link must not send people elsewhere, nor smuggle CR/LF into
  // the Location header.
  const callbackUrl = safeRedirectPath(formData.get("callbackUrl"), "/desk");
  const values = { email: formText(formData, "email"), callbackUrl };
  const parsed = loginInput.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return refused({ messageKey: "invalid_input", fieldErrors: fieldErrorsOf(parsed.error), values });
  // Throttled (too many failures on this account or from this address): say how long to wait.
  const throttled = async () => {
    const wait = await loginWait(parsed.data.email, await headers());
    return wait > 0 ? refused({ messageKey: "throttled", values: { ...values, waitSeconds: String(wait) } }) : null;
  };
  const before = await throttled();
  if (before) return before;
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (e) {
    // The same answer for an unknown email and a wrong password.
    if (e instanceof AuthError) return (await throttled()) ?? refused({ messageKey: "credentials", values });
    throw e;
  }
  // This browser now knows the account: attackers guessing it cannot slow its owner down here.
  await rememberDevice(parsed.data.email);
  // A password an admin set (first or reset) is replaced by the user's own before anything else.
  redirect((await mustChangePassword(parsed.data.email)) ? "/password" : callbackUrl);
}

// The user's own password: the verb ends every session of the account (this one too), so the
// user is logged straight back in with the new password, in a new session.
export async function changePassword(prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await changePasswordForm(prev, formData);
  if (!state.ok) return state;
  const email = state.values?.email ?? "";
  try {
    await signIn("credentials", { email, password: formText(formData, "password"), redirect: false });
  } catch (e) {
    if (e instanceof AuthError) redirect("/login");
    throw e;
  }
  await rememberDevice(email);
  // A fresh request, so the page reads the new session's cookie.
  redirect("/password?changed=1");
}
const changePasswordForm = resultAction(changeOwnPassword, (r) => ({ email: r.email }));

export async function logoutEverywhereAction(): Promise<void> {
  await call(logoutEverywhere, {});
  await signOut({ redirect: false });
  redirect("/login");
}
