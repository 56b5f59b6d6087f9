import Link from "next/link";

// "Page 2 of 7" with previous and next links, under a long desk list (server/list.ts). The
// caller says how a page's address is written, so the other query parameters are kept.
export function Pager({
  page,
  pages,
  href,
  labels,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  labels: { previous: string; next: string; pageOf: string };
}) {
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav
      aria-label={labels.pageOf.replace("{page}", String(page)).replace("{pages}", String(pages))}
      className="mt-3 flex flex-wrap items-center gap-4 text-sm"
    >
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span className="text-stone-400">{labels.previous}</span>
      )}
      <span>{labels.pageOf.replace("{page}", String(page)).replace("{pages}", String(pages))}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span className="text-stone-400">{labels.next}</span>
      )}
    </nav>
  );
}
