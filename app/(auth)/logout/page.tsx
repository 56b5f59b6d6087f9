import Link from "next/link";
import { currentUser } from "@/server/auth/session";
import { getMessages } from "../../_lib/i18n";
import { LogoutForm } from "../../_components/site-chrome";

export const metadata = { title: "Log out" };

export default async function LogoutPage() {
  const { m } = await getMessages();
  const user = await currentUser();
  return (
    <div className="mx-auto max-w-sm rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      {user ? (
        <div className="space-y-4">
          <LogoutForm label={m.nav.logout} who={`${m.desk.signedInAs}: ${user.name}`} />
          <Link href="/password">{m.admin.navPassword}</Link>
        </div>
      ) : (
        <Link href="/login">{m.nav.login}</Link>
      )}
    </div>
  );
}
