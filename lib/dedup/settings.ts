// The two thresholds of duplicate detection, chosen from `npm run eval:dedup` (docs/dedup.md,
// "Thresholds"): at or above `suggest` a candidate is shown, and choosing "new
// incident" beside it needs a one-line reason; at or above `auto` it is pre-selected (the editor
// still confirms, and a reviewer sees every join before it is public).
export const DEFAULT_SUGGEST = 0.35;
export const DEFAULT_AUTO = 0.8;

export type DedupThresholds = { suggest: number; auto: number };

function read(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : fallback;
}

export function dedupThresholds(env: Record<string, string | undefined> = process.env): DedupThresholds {
  const suggest = read(env.SIJILL_DEDUP_SUGGEST, DEFAULT_SUGGEST);
  const auto = Math.max(suggest, read(env.SIJILL_DEDUP_AUTO, DEFAULT_AUTO));
  return { suggest, auto };
}
