// A possible duplicate's merge offer on a desk incident page: one click (with a reason) only for
// a strong candidate (lib/dedup/merge-offer.ts), with the values the merge would change shown
// beside it; for a weaker one, a word on how to merge it by number after comparing.
import type { Messages } from "@/lib/i18n";
import type { MergeChange, PreviewValue } from "@/server/incidents/merge-preview";
import { previewMerge } from "@/server/incidents/merge-preview";
import { load } from "@/server/request";
import { offersOneClickMerge } from "@/lib/dedup/merge-offer";
import { dedupThresholds } from "@/lib/dedup/settings";
import { pick } from "../../../../../_lib/format";
import { fieldLabelOf } from "./incident-labels";
import { MergeThisClient } from "./merge-form-client";
import { asText } from "@/lib/text/as-text";
import { mergeThisTexts } from "./texts";

function valueText(m: Messages, locale: "ar" | "en", field: string, v: PreviewValue): string {
  if (v.value === null || v.value === undefined || v.value === "") return "—";
  if (v.nameAr || v.nameEn) return pick(locale, v.nameAr ?? null, v.nameEn ?? null);
  const text = asText(v.value);
  if (field === "type") return m.types[text as keyof Messages["types"]] ?? text;
  if (field === "datePrecision") return m.precisions[text as keyof Messages["precisions"]] ?? text;
  if (field === "claimStatus") return (m.workbench as Record<string, string>)[`claim_${text}`] ?? text;
  return text;
}

function MergeChanges({ m, locale, changes }: { m: Messages; locale: "ar" | "en"; changes: MergeChange[] }) {
  const t = m.dedupTools;
  if (changes.length === 0)
    return (
      <p className="text-stone-600" data-testid="merge-changes">
        {t.mergeNoChanges}
      </p>
    );
  const label = fieldLabelOf(m);
  return (
    <div data-testid="merge-changes">
      <p className="text-stone-600">{t.mergeChanges}</p>
      <ul className="list-inside list-disc">
        {changes.map((c) => (
          <li key={c.field} data-field={c.field} dir="auto">
            {label(c.field)}: {valueText(m, locale, c.field, c.now)} → <strong>{valueText(m, locale, c.field, c.after)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

export async function MergeOffer({
  m,
  locale,
  targetId,
  candidate,
}: {
  m: Messages;
  locale: "ar" | "en";
  targetId: number;
  candidate: { id: number; score: number; preselected: boolean };
}) {
  const t = m.dedupTools;
  if (!offersOneClickMerge(candidate)) {
    return (
      <p className="text-stone-600" data-testid="merge-weak">
        {t.mergeWeak.replace("{auto}", String(Math.round(dedupThresholds().auto * 100)))}
      </p>
    );
  }
  const { changes } = await load(previewMerge, { targetId, sourceId: candidate.id });
  return (
    <div className="space-y-2">
      <MergeChanges m={m} locale={locale} changes={changes} />
      <MergeThisClient m={mergeThisTexts(m)} targetId={targetId} sourceId={candidate.id} label={t.mergeHere.replace("{id}", String(candidate.id))} />
    </div>
  );
}
