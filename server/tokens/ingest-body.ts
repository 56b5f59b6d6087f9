import "server-only";
import { ARTICLE_TEXT_MAX } from "@/lib/text/limits";

// The ingest API's body. The documented limit is ARTICLE_TEXT_MAX characters of article text,
// checked on the decoded text by createArticle's schema (400 article_too_long, like the paste
// form). The raw JSON only has a ceiling against floods: a character can take 6 bytes (\uXXXX
// escapes, Python's json.dumps default: a 144,000-character Arabic article was refused 413 when
// the ceiling assumed 4), plus room for the other fields and white space.
export const MAX_BODY_BYTES = ARTICLE_TEXT_MAX * 6 + 64 * 1024;

export type IngestBody = { ok: true; body: Record<string, unknown> } | { ok: false; status: 400 | 413 | 415; error: string; message: string };

const tooLarge = (): IngestBody => ({
  ok: false,
  status: 413,
  error: "too_large",
  message: `The article text may have ${ARTICLE_TEXT_MAX} characters; the JSON body at most ${MAX_BODY_BYTES} bytes.`,
});

// Stops reading (and cancels the upload) as soon as the ceiling is passed.
async function readLimited(stream: ReadableStream<Uint8Array> | null, max: number): Promise<string | null> {
  if (!stream) return "";
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function readIngestBody(req: Request): Promise<IngestBody> {
  if (Number(req.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) return tooLarge();
  if (!(req.headers.get("content-type") ?? "").toLowerCase().includes("application/json")) {
    return { ok: false, status: 415, error: "unsupported_media_type", message: "Send the article as application/json." };
  }
  const raw = await readLimited(req.body, MAX_BODY_BYTES);
  if (raw === null) return tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return { ok: false, status: 400, error: "invalid_json", message: "The body is not valid JSON." };
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return { ok: false, status: 400, error: "invalid_json", message: "Send a JSON object." };
  return { ok: true, body: body as Record<string, unknown> };
}
