// What a fetched body is, from its declared type and, where that says little, its first bytes:
// only HTML goes to the article extractor and only XML to the feed reader. A JSON answer, an
// image or a PDF gets a clear refusal instead of a parser error; a gzip file (a body served as
// application/gzip, or gzip bytes under any type) is unpacked first, within the size limit.
import { gunzip } from "node:zlib";

export type BodyKind = "html" | "xml" | "json" | "gzip" | "other";

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const XML_TYPES = new Set(["application/xml", "text/xml", "application/rss+xml", "application/atom+xml", "application/rdf+xml"]);
// Types that say nothing about the content: the bytes decide.
const VAGUE_TYPES = new Set(["", "text/plain", "application/octet-stream", "binary/octet-stream", "application/unknown"]);

function isGzip(body: Uint8Array): boolean {
  return body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b;
}

// The first characters after a byte-order mark and white space.
function start(body: Uint8Array): string {
  let i = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  while (i < body.length && (body[i] === 0x20 || body[i] === 0x09 || body[i] === 0x0a || body[i] === 0x0d)) i++;
  return Buffer.from(body.subarray(i, i + 512))
    .toString("latin1")
    .toLowerCase();
}

function sniff(body: Uint8Array): BodyKind {
  const head = start(body);
  if (head.startsWith("<?xml")) return /<(rss|feed|rdf:rdf)\b/.test(head) || !/<html\b/.test(head) ? "xml" : "html";
  if (/^<(rss|feed|rdf:rdf)\b/.test(head)) return "xml";
  if (head.startsWith("<")) return "html";
  if (head.startsWith("{") || head.startsWith("[")) return "json";
  return "other";
}

export function bodyKind(contentType: string, body: Uint8Array): BodyKind {
  if (isGzip(body)) return "gzip";
  const mime = contentType.split(";")[0]!.trim().toLowerCase();
  if (HTML_TYPES.has(mime)) return "html";
  if (XML_TYPES.has(mime) || mime.endsWith("+xml")) return "xml";
  if (mime === "application/json" || mime.endsWith("+json")) return "json";
  if (VAGUE_TYPES.has(mime) || mime === "application/gzip" || mime === "application/x-gzip") return sniff(body);
  return "other";
}

export class UnpackRefused extends Error {
  constructor(readonly reason: "too_large" | "corrupt") {
    super(`gzip body refused: ${reason}`);
  }
}

/** A gzip body unpacked, refusing more than maxBytes of output (a small file can unpack to gigabytes). */
export function gunzipLimited(body: Uint8Array, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    gunzip(body, { maxOutputLength: maxBytes }, (err, out) => {
      if (!err) return resolve(out);
      reject(new UnpackRefused((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? "too_large" : "corrupt"));
    });
  });
}
