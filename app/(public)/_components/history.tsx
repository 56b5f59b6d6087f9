import type { Messages } from "@/lib/i18n";
import { fill, formatDay, formatNumber } from "@/lib/public/format";
import type { PublicHistoryEntry } from "@/server/public/dto";
import { pick } from "../../_lib/format";
import { claimLabel, fieldLabel, gradeLabel } from "./labels";
import { asText } from "@/lib/text/as-text";

type Named = { nameAr: string; nameEn: string };

// One public value as readers see it elsewhere on the page.
function valueText(m: Messages, locale: "ar" | "en", field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field === "place" || field === "actor") return pick(locale, (value as Named).nameAr, (value as Named).nameEn);
  if (field === "date") return formatDay(locale, asText(value));
  if (field === "datePrecision") return m.precisions[value as keyof Messages["precisions"]] ?? asText(value);
  if (field === "type") return m.types[value as keyof Messages["types"]] ?? asText(value);
  if (field === "claimStatus") return claimLabel(m, asText(value));
  if (field === "grade") return gradeLabel(m, asText(value));
  if (typeof value === "number") return formatNumber(locale, value);
  return asText(value);
}

// The incident's public history: the first publication, then each correction, update and the
// retraction, with its date, its public note and every public value it changed (before → after).
export function PublicHistory({
  m,
  locale,
  verifiedAt,
  history,
}: {
  m: Messages;
  locale: "ar" | "en";
  verifiedAt: string | null;
  history: PublicHistoryEntry[];
}) {
  const p = m.publicLog;
  const kind = { correction: p.historyCorrection, update: p.historyUpdate, retraction: p.historyRetraction };
  return (
    <section aria-labelledby="history-title" className="mt-6">
      <h2 id="history-title" className="text-xl font-semibold">
        {p.correctionHistory}
      </h2>
      <ol className="mt-2 space-y-2" data-testid="public-history">
        <li className="rounded border border-stone-200 bg-white p-3 text-sm" data-version={1}>
          <span className="font-medium">{fill(p.historyVersion, { n: formatNumber(locale, 1) })}</span> · {p.historyFirst}
          {verifiedAt && (
            <>
              {" · "}
              <time dateTime={verifiedAt}>{formatDay(locale, verifiedAt)}</time>
            </>
          )}
          {history.length === 0 && <p className="mt-1 text-stone-600">{p.historyNoChanges}</p>}
        </li>
        {history.map((h) => (
          <li
            key={h.version}
            className={`rounded border bg-white p-3 text-sm ${h.kind === "retraction" ? "border-red-300" : "border-amber-300"}`}
            data-version={h.version}
            data-kind={h.kind}
          >
            <div>
              <span className="font-medium">{fill(p.historyVersion, { n: formatNumber(locale, h.version) })}</span> · {kind[h.kind]} ·{" "}
              <time dateTime={h.at}>{formatDay(locale, h.at)}</time>
            </div>
            {h.note && (
              <p className="mt-1" dir="auto">
                {h.note}
              </p>
            )}
            {h.changes.length > 0 && (
              <ul className="mt-1 list-disc ps-6 text-stone-700" aria-label={p.historyChanged}>
                {h.changes.map((c) => (
                  <li key={c.field} className="break-words" data-field={c.field}>
                    {fieldLabel(m, c.field)}: <bdi className="line-through decoration-stone-400">{valueText(m, locale, c.field, c.before)}</bdi>{" "}
                    <span aria-hidden="true">{locale === "ar" ? "←" : "→"}</span> <bdi className="font-medium">{valueText(m, locale, c.field, c.after)}</bdi>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
