// Reasons are stored and passed as codes with parameters (lib/dedup/score.ts); this renders
// them in the reader's language. Place names come in both languages (a/aEn, inner/innerEn…);
// event types are translated with the "types" section.
import type { Messages } from "../i18n";
import { countText } from "../i18n/plural";
import type { Reason } from "./score";

type Texts = Pick<Messages, "dedup" | "types">;

export function reasonText(m: Texts, reason: Reason, locale: "ar" | "en"): string {
  const template = (m.dedup as Record<string, string>)[`reason_${reason.code}`] ?? reason.code;
  const params = reason.params ?? {};
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = locale === "en" && params[`${key}En`] !== undefined ? params[`${key}En`] : params[key];
    if (value === undefined) return "";
    if (key === "type" || ((key === "a" || key === "b") && reason.code.endsWith("_type")))
      return (m.types as Record<string, string>)[String(value)] ?? String(value);
    // A number of days, with its noun in the language's plural form («يومان», «3 أيام»).
    if (key === "days" && typeof value === "number") return countText(locale, value, m.dedup, "days");
    if (key === "precision") return (m.dedup as Record<string, string>)[`precision_${value}`] ?? String(value);
    return String(value);
  });
}

export function reasonsText(m: Texts, reasons: Reason[], locale: "ar" | "en"): string {
  return reasons.map((r) => reasonText(m, r, locale)).join(locale === "ar" ? "؛ " : "; ");
}
