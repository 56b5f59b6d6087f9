// Words for the desk incident page: a field's label (evidence fields too, never the code), a
// grade's label, and a disagreement's value (a type's label, a precision, a place's or an
// actor's name — claimant or targeted party — not its id).
import { asText } from "@/lib/text/as-text";
import type { Messages } from "@/lib/i18n";
import { pick } from "../../../../../_lib/format";
import { fieldLabels as evidenceLabels } from "../../../articles/[id]/_components/form-api";
import type { DeskReport } from "./incident-types";

export function fieldLabelOf(m: Messages): (f: string) => string {
  const r = m.reviewDesk as Record<string, string>;
  const fields = m.fields as Record<string, string>;
  const evidence = evidenceLabels(m) as Record<string, string>;
  return (f) =>
    f === "targetActorId" ? m.fields.targetActor : (fields[f === "placeId" ? "place" : f === "actorId" ? "actor" : f] ?? r[f] ?? evidence[f] ?? f);
}

export function gradeLabelOf(m: Messages): (g: string | null | undefined) => string {
  return (g) => (g ? ((m.reviewDesk as Record<string, string>)[`grade_${g}`] ?? g) : "—");
}

export function disagreementValueOf(m: Messages, locale: "ar" | "en", reports: DeskReport[]): (field: string, value: unknown) => string {
  const actorNames = new Map<number, string>();
  const placeNames = new Map<string, string>();
  for (const x of reports) {
    if (x.actorId) actorNames.set(x.actorId, pick(locale, x.actorNameAr, x.actorNameEn));
    if (x.targetActorId) actorNames.set(x.targetActorId, pick(locale, x.targetActorNameAr, x.targetActorNameEn));
    if (x.placeId) placeNames.set(x.placeId, pick(locale, x.placeNameAr, x.placeNameEn));
  }
  return (field, value) => {
    if (value === null || value === undefined || value === "") return "—";
    const text = asText(value);
    if (field === "type") return m.types[text as keyof Messages["types"]] ?? text;
    if (field === "datePrecision") return m.precisions[text as keyof Messages["precisions"]] ?? text;
    if (field === "claimStatus") return (m.workbench as Record<string, string>)[`claim_${text}`] ?? text;
    if (field === "actorId" || field === "targetActorId") return actorNames.get(Number(value)) || text;
    if (field === "placeId") return placeNames.get(text) || text;
    return text;
  };
}
