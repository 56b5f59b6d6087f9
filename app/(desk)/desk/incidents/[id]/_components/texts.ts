import type { Messages } from "@/lib/i18n";

// The words each client form of the incident page needs, and no more: what a client component
// gets as props is written into the page's HTML (React's payload), so a form that shows three
// words of a section must not carry the whole section (issue: the desk incident page under
// 150 KB). The compiler checks that each form only names the keys it is given.
export function only<S extends object, K extends keyof S>(section: S, keys: readonly K[]): Pick<S, K> {
  const out = {} as Pick<S, K>;
  for (const k of keys) out[k] = section[k];
  return out;
}

export const CORRECT_KEYS = [
  "claimStatus",
  "correctAction",
  "correctHelp",
  "correctTitle",
  "correctionNote",
  "injuredHigh",
  "killedHigh",
  "retractAction",
  "retractHelp",
  "retractTitle",
  "retractionNote",
] as const;
export type CorrectTexts = Pick<Messages, "fields" | "errors" | "types" | "precisions"> & {
  reviewDesk: Pick<Messages["reviewDesk"], (typeof CORRECT_KEYS)[number]>;
  desk: Pick<Messages["desk"], "none">;
};
export const correctTexts = (m: Messages): CorrectTexts => ({
  fields: m.fields,
  errors: m.errors,
  types: m.types,
  precisions: m.precisions,
  reviewDesk: only(m.reviewDesk, CORRECT_KEYS),
  desk: only(m.desk, ["none"]),
});

export type ReviewTexts = Pick<Messages, "fields" | "errors" | "decisions"> & { desk: Pick<Messages["desk"], "reviewAction"> };
export const reviewTexts = (m: Messages): ReviewTexts => ({ fields: m.fields, errors: m.errors, decisions: m.decisions, desk: only(m.desk, ["reviewAction"]) });

export type MergeTexts = Pick<Messages, "errors"> & { dedup: Pick<Messages["dedup"], "mergeLabel" | "mergeNote" | "mergeButton" | "unmergeNote"> };
export const mergeTexts = (m: Messages): MergeTexts => ({ errors: m.errors, dedup: only(m.dedup, ["mergeLabel", "mergeNote", "mergeButton", "unmergeNote"]) });

export type MergeThisTexts = Pick<Messages, "errors"> & { dedupTools: Pick<Messages["dedupTools"], "mergeReason"> };
export const mergeThisTexts = (m: Messages): MergeThisTexts => ({ errors: m.errors, dedupTools: only(m.dedupTools, ["mergeReason"]) });
