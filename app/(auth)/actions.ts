"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { loginInput } from "@/lib/schemas/desk";
import { auth, signIn, signOut } from "@/server/auth";
import { refused, type ActionState } from "@/lib/action-state";
import { fieldErrorsOf } from "@/server/errors";
import { safeRedirectPath } from "@/lib/url/safe-redirect";


// publicRoute: logging in is what an anonymous visitor does; Auth.js checks the credentials.
export async function login(_prev: ActionState, formData: FormData): Promise<ActionState> {
  // Only same-site paths: a login link must not send people elsewhere, nor smuggle CR/LF into
  // the Location header.
  const callbackUrl = safeRedirectPath(formData.get("callbackUrl"), "/desk");
  const values = { email: String(formData.get("email") ?? ""), callbackUrl };
  const parsed = loginInput.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return refused({ messageKey: "invalid_input", fieldErrors: fieldErrorsOf(parsed.error), values });
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: callbackUrl });
  } catch (e) {
    // The same answer for an unknown email and a wrong password.
    if (e instanceof AuthError) return refused({ messageKey: "credentials", values });
    throw e;
  }
  return { ok: true };
}

export async function logout(): Promise<void> {
  const session = await auth();
  if (session) await signOut({ redirectTo: "/" });
  redirect("/");
}
