"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { loginInput } from "@/lib/schemas/desk";
import { auth, signIn, signOut } from "@/server/auth";
import { loginWait } from "@/server/auth/login";
import { refused, type ActionState } from "@/lib/action-state";
import { fieldErrorsOf } from "@/server/errors";

// Only same-site paths: a login link must not send people elsewhere.
function safeCallback(value: unknown): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/desk";
}

// publicRoute: logging in is what an anonymous visitor does; Auth.js checks the credentials.
export async function login(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = { email: String(formData.get("email") ?? ""), callbackUrl: String(formData.get("callbackUrl") ?? "") };
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
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallback(values.callbackUrl) });
  } catch (e) {
    // The same answer for an unknown email and a wrong password.
    if (e instanceof AuthError) return (await throttled()) ?? refused({ messageKey: "credentials", values });
    throw e;
  }
  return { ok: true };
}

export async function logout(): Promise<void> {
  const session = await auth();
  // signOut's event revokes the server-side session (server/auth/index.ts).
  if (session) await signOut({ redirectTo: "/" });
  redirect("/");
}
