import { redirect } from "next/navigation";
import { pickMessages } from "@/lib/i18n";
import { currentUser } from "@/server/auth/session";
import { mustChangePassword } from "@/server/auth/login";
import { getMessages } from "../../_lib/i18n";
import { logoutEverywhereAction } from "../actions";
import { PasswordForm } from "./_components/password-form";

export const metadata = { title: "Password" };

// The user's own account: change the password (rules in lib/auth/password-rules.ts) and end
// every session.
export default async function PasswordPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const { m } = await getMessages();
  const user = await currentUser();
  if (!user) redirect("/login?callbackUrl=%2Fpassword");
  const must = await mustChangePassword(user.email);
  const { changed } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <section className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <h1 className="mb-2 text-xl font-bold">{m.admin.passwordTitle}</h1>
        {changed && !must && (
          <p role="status" className="mb-3 rounded border border-teal-300 bg-teal-50 px-3 py-2 text-sm text-teal-900">
            {m.admin.passwordChanged}
          </p>
        )}
        {must && (
          <p role="status" className="mb-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {m.admin.mustChangeNotice}
          </p>
        )}
        <PasswordForm m={pickMessages(m, "admin", "errors", "fields")} />
      </section>
      <section className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <h2 className="mb-2 font-bold">{m.admin.logoutEverywhere}</h2>
        <p className="mb-3 text-sm text-stone-600">{m.admin.logoutEverywhereHelp}</p>
        <form action={logoutEverywhereAction}>
          <button type="submit" className="rounded border border-red-300 px-3 py-2 text-red-800 hover:bg-red-50">
            {m.admin.logoutEverywhere}
          </button>
        </form>
      </section>
    </div>
  );
}
