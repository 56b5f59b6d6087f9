import Link from "next/link";
import { currentUser } from "@/server/auth/session";
import { getMessages } from "../../_lib/i18n";
import { logout } from "../actions";

export const metadata = { title: "Log out" };

export default async function LogoutPage() {
  const { m } = await getMessages();
  const user = await currentUser();
  return (
    <div className="mx-auto max-w-sm rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      {user ? (
        <form action={logout} className="space-y-4">
          <p>
            {m.desk.signedInAs}: {user.name}
          </p>
          <button type="submit" className="rounded bg-teal-800 px-4 py-2 font-medium text-white">
            {m.nav.logout}
          </button>
        </form>
      ) : (
        <Link href="/login">{m.nav.login}</Link>
      )}
    </div>
  );
}
