import type { Messages } from "@/lib/i18n";

// What a missing page says, under either router: app/not-found.tsx (the App Router's pages) and the
// Pages Router's incident page for an id the public may not see (pages/incidents/[id].tsx).
export function NotFoundMessage({ m, home = "/" }: { m: Messages; home?: string }) {
  return (
    <div className="py-10">
      <h1 className="text-2xl font-bold">{m.public.notFoundTitle}</h1>
      <p className="mt-2 text-stone-600">{m.public.notFoundBody}</p>
      <a href={home} className="mt-4 inline-block">
        {m.public.back}
      </a>
    </div>
  );
}
