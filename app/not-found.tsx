import Link from "next/link";
import { getMessages } from "./_lib/i18n";

export default async function NotFound() {
  const { m } = await getMessages();
  return (
    <div className="py-10">
      <h1 className="text-2xl font-bold">{m.public.notFoundTitle}</h1>
      <p className="mt-2 text-stone-600">{m.public.notFoundBody}</p>
      <Link href="/" className="mt-4 inline-block">
        {m.public.back}
      </Link>
    </div>
  );
}
