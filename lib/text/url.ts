// A source URL as people read it: Arabic slugs decoded ("%D9%82%D8%B5%D9%81" → "قصف"), no
// protocol or "www.", long paths shortened in the middle. For display only: links keep the
// stored URL as their href.

// Decoded, these would reorder or hide the text around them (bidi overrides, zero-width and
// control characters): they stay percent-encoded.
const KEEP_ENCODED = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

// UTF-8 length of a sequence from its lead byte; 0 for a byte that cannot lead one.
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// Percent-decodes what is valid UTF-8 and leaves every malformed sequence as written; never
// throws (decodeURIComponent throws a URIError on "%E2%82" or "%ZZ").
export function safeDecode(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = run.match(/%[0-9A-Fa-f]{2}/g)!.map((h) => parseInt(h.slice(1), 16));
    let out = "";
    for (let i = 0; i < bytes.length;) {
      const n = sequenceLength(bytes[i]!);
      const seq = run.slice(i * 3, (i + Math.max(n, 1)) * 3);
      let decoded: string | null = null;
      if (n > 0 && i + n <= bytes.length) {
        try {
          decoded = decodeURIComponent(seq);
        } catch {
          decoded = null;
        }
      }
      if (decoded !== null && !KEEP_ENCODED.test(decoded) && !/^[%/?#&=+]$/.test(decoded)) {
        out += decoded;
        i += n;
      } else {
        out += run.slice(i * 3, i * 3 + 3);
        i += 1;
      }
    }
    return out;
  });
}

// Shortens to at most `max` code points by cutting the middle, keeping the host's side longer.
function middleCut(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const room = max - 1;
  const head = Math.ceil(room * 0.55);
  return `${chars.slice(0, head).join("")}…${chars.slice(chars.length - (room - head)).join("")}`;
}

export function displayUrl(url: string, max = 48): { short: string; full: string } {
  const trimmed = url.trim();
  const full = safeDecode(trimmed);
  const m = /^(?:[a-z][a-z0-9+.-]*:)?(?:\/\/)?([^/?#]*)([^?#]*)/i.exec(trimmed)!;
  const host = m[1]!.replace(/^www\./i, "").toLowerCase();
  const path = safeDecode(m[2]!).replace(/\/+$/, "");
  return { short: middleCut(`${host}${path}`, max), full };
}
