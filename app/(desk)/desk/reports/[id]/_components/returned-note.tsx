// A draft's page says why it is a draft again — the reviewer's decision and comment — and
// links to where it is fixed: the workbench, with this report open in the form.
import Link from "next/link";
import type { Locale, Messages } from "@/lib/i18n";
import type { ReviewDecision } from "@/lib/domain";

type Review = { decision: string; comment: string | null; reviewerName: string; createdAt: Date } | null;

export function ReturnedNote({ m, review, editHref }: { m: Pick<Messages, "desk" | "decisions">; review: Review; locale: Locale; editHref: string }) {
  return (
    <section className={review ? "rounded border border-amber-300 bg-amber-50 p-3" : ""} data-testid="returned-note">
      {review && (
        <>
          <p className="text-sm font-semibold">
            {m.decisions[review.decision as ReviewDecision]} · {m.desk.sentBackBy} {review.reviewerName} · {review.createdAt.toISOString().slice(0, 10)}
          </p>
          {review.comment && (
            <blockquote className="mt-1 border-s-4 border-amber-500 ps-2" dir="auto" data-testid="review-comment">
              {review.comment}
            </blockquote>
          )}
        </>
      )}
      <Link
        href={editHref}
        className="mt-2 inline-block rounded bg-teal-800 px-3 py-1.5 text-sm text-white no-underline hover:bg-teal-900"
        data-testid="edit-report"
      >
        {m.desk.editReport}
      </Link>
    </section>
  );
}
