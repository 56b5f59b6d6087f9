// Finding an article that is already stored: by its URL (normalised so tracking parameters,
// fragments, "www.", http/https, a trailing slash and percent-encoding do not hide a match) or by
// its text (a MinHash of word 5-shingles of the folded cleaned body, so a re-paste with other
// chrome lines, other spacing, hamza forms or diacritics still matches).
//
// The fingerprint is 64 signed 32-bit integers (fits PostgreSQL integer[]); `similarity(a, b)`
// estimates the Jaccard similarity of the two texts' shingle sets. `fingerprintBands` cuts a
// fingerprint into 16 band keys of 4 values (LSH): texts with similarity ≥ 0.8 share at least
// one band with probability > 0.9999 (≥ 0.6: 0.9), so the database finds candidates with an indexed array
// overlap (`bands && $1`) and only those are compared.
import { foldForMatch } from "../arabic/normalize";
import { safeDecode } from "../text/url";

export const FINGERPRINT_SIZE = 64;
const BAND_ROWS = 4;
const SHINGLE = 5;
// Similarity of the word 5-shingle sets from which two texts are "the same article": a re-paste
// with other chrome, spacing or spelling of hamza gives 1, one sentence added to a short
// article about 0.9; two articles from one template differing in a name and a few words ≈ 0.7.
export const NEAR_IDENTICAL = 0.85;
// The fingerprint's estimate has a standard error of up to 0.06 (64 slots): candidates from
// this estimate up are checked exactly (exactSimilarity) before being called duplicates.
export const CANDIDATE_SIMILARITY = 0.6;

// MurmurHash3's finaliser: a good 32-bit mix.
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

// FNV-1a over UTF-16 code units.
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

const SEEDS = Array.from({ length: FINGERPRINT_SIZE }, (_, i) => fmix32(Math.imul(i + 1, 0x9e3779b9)));

/** Words of a text for fingerprinting: folded (lib/arabic), punctuation dropped, digits kept. */
export function fingerprintWords(body: string): string[] {
  return foldForMatch(body)
    .split(" ")
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Hashes of the word 5-shingles of a text (a text under five words is one shingle). */
export function shingleSet(body: string): Set<number> {
  const words = fingerprintWords(body);
  const shingles = new Set<number>();
  if (words.length > 0 && words.length < SHINGLE) shingles.add(hashString(words.join(" ")));
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(hashString(words.slice(i, i + SHINGLE).join(" ")));
  return shingles;
}

/** Jaccard similarity (0…1) of the two texts' shingle sets, computed exactly. */
export function exactSimilarity(a: string, b: string): number {
  const sa = shingleSet(a);
  const sb = shingleSet(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let both = 0;
  for (const h of sa) if (sb.has(h)) both++;
  return both / (sa.size + sb.size - both);
}

/** MinHash signature of the word 5-shingles of `body` (64 integers). Empty text → all zeros. */
export function articleFingerprint(body: string): number[] {
  const shingles = shingleSet(body);
  if (shingles.size === 0) return new Array<number>(FINGERPRINT_SIZE).fill(0);
  const min = new Array<number>(FINGERPRINT_SIZE).fill(Infinity);
  for (const h of shingles) {
    for (let k = 0; k < FINGERPRINT_SIZE; k++) {
      const v = fmix32(h ^ SEEDS[k]!);
      if (v < min[k]!) min[k] = v;
    }
  }
  return min;
}

/** Estimated Jaccard similarity (0…1) of two fingerprints: the share of equal slots. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** LSH band keys of a fingerprint (16 integers); equal keys at the same band = candidate. */
export function fingerprintBands(fp: readonly number[]): number[] {
  const bands: number[] = [];
  for (let b = 0; b * BAND_ROWS < fp.length; b++) {
    let h = fmix32(b + 1);
    for (let r = 0; r < BAND_ROWS; r++) h = fmix32(h ^ Math.imul(fp[b * BAND_ROWS + r] ?? 0, 0x27d4eb2d) ^ r);
    bands.push(h);
  }
  return bands;
}

const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|yclid|_ga|ref|ref_src|amp)$/i;

/**
 * The identity of an article URL: host without "www." (lower case), decoded path without a
 * trailing slash or "/amp" suffix, query without tracking parameters (sorted), no protocol, no
 * fragment. `https://www.x.org/a/%D9%82/?utm_source=t#top` and `http://x.org/a/ق` give the same
 * key. Not a URL to open: only for comparing.
 */
export function normalizeArticleUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    return trimmed.toLowerCase();
  }
  const host = parsed.hostname
    .toLowerCase()
    .replace(/^www\./, "")
    .replace(/^m\./, "");
  const path = safeDecode(parsed.pathname)
    .replace(/\/amp\/?$/i, "")
    .replace(/\/+$/, "");
  const params = [...parsed.searchParams.entries()]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`);
  return `${host}${path}${params.length ? `?${params.join("&")}` : ""}`;
}
