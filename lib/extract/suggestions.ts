// Building suggestions: folded spans mapped to evidence in the body, de-duplicated values.
import { originalSpan, type FoldedText } from "../arabic/normalize";
import type { Found } from "./fields";
import type { Evidence, Suggestion } from "./types";

export function evidence(body: string, folded: FoldedText, s: number, e: number): Evidence {
  const { start, end } = originalSpan(folded, s, e);
  return { exact: body.slice(start, end), start, end };
}

export function suggestion<T>(f: Found<T>, ev: (s: number, e: number) => Evidence): Suggestion<T> {
  return { value: f.value, confidence: f.confidence, evidence: ev(f.start, f.end) };
}

export function dedupe<T>(list: Array<Suggestion<T>>, key: (v: T) => string): Array<Suggestion<T>> {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = key(s.value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
