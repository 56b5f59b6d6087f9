import { redirect } from "next/navigation";
import { currentUser } from "@/server/auth/session";
import { getMessages } from "../../_lib/i18n";
import { pickMessages } from "@/lib/i18n";
import { LoginForm } from "./_components/login-form";
import { safeRedirectPath } from "@/lib/url/safe-redirect";

export const metadata = { title: "Log in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { m } = await getMessages();
  const { callbackUrl } = await searchParams;
  if (await currentUser()) redirect("/desk");
  return (
    <div className="mx-auto max-w-sm rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-xl font-bold">{m.login.title}</h1>
      <LoginForm m={pickMessages(m, "fields", "login", "errors")} callbackUrl={safeRedirectPath(callbackUrl, "/desk")} />
    </div>
  );
}
