import Link from "next/link";
import { getMessages } from "./_lib/i18n";

// What forbidden() answers (with HTTP 403): a logged-in user whose role does not allow the page.
export default async function Forbidden() {
  const { m } = await getMessages();
  return (
    <div className="py-10">
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
        {m.errors.forbidden}
      </p>
      <Link href="/desk" className="mt-4 inline-block">
        {m.nav.desk}
      </Link>
    </div>
  );
}
