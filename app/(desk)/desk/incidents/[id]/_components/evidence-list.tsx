// Each report's evidence: the quoted spans with their context, and a link that opens the
// article at the span.
import { directionOf } from "@/lib/text/direction";
import { fieldLabelOf } from "./incident-labels";
import type { PanelProps } from "./incident-types";

// A link to the article with the quoted span highlighted and scrolled to (a URL text fragment,
// which the browser highlights itself).
export function spanLink(articleId: number, exact: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, "%2D");
  const words = exact.trim().split(/\s+/);
  const fragment = words.length > 12 ? `${enc(words.slice(0, 4).join(" "))},${enc(words.slice(-4).join(" "))}` : enc(exact.trim());
  return `/desk/articles/${articleId}#:~:text=${fragment}`;
}

export function EvidenceList({ m, found }: Omit<PanelProps, "locale">) {
  const r = m.reviewDesk;
  const fieldLabel = fieldLabelOf(m);
  return (
    <section>
      <h2 className="text-lg font-semibold">{r.evidenceTitle}</h2>
      <ul className="mt-2 space-y-3">
        {found.reports.map((x) => (
          <li key={x.id} className="rounded border border-stone-200 bg-white p-3" data-report-id={x.id}>
            <div className="text-sm text-stone-500">
              #{x.id} · {x.articleOutlet ?? x.articleTitle ?? `#${x.articleId}`}
            </div>
            {x.evidence.length === 0 && x.quote && (
              <blockquote className="mt-2 border-s-4 border-teal-700 ps-3 text-stone-700" dir={directionOf(x.articleLanguage)}>
                {x.quote}
              </blockquote>
            )}
            {x.evidence.map((e) => (
              <div key={e.id} className="mt-2">
                <div className="text-xs text-stone-500">
                  {r.field}: {fieldLabel(e.field)} ·{" "}
                  <a href={spanLink(x.articleId, e.exact)} data-evidence-id={e.id}>
                    {r.showInArticle}
                  </a>
                </div>
                <blockquote className="border-s-4 border-teal-700 ps-3 text-stone-700" dir={directionOf(x.articleLanguage)}>
                  <span className="text-stone-400">…{e.prefix}</span>
                  <mark className="bg-amber-100">{e.exact}</mark>
                  <span className="text-stone-400">{e.suffix}…</span>
                </blockquote>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
