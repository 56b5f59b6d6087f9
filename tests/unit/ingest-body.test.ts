// The ingest API's limit is in characters of article text, whatever the JSON's escaping (issue
// 17 item 5): Python's json.dumps writes every Arabic letter as a 6-byte \uXXXX escape, and a
// 144,000-character article was refused 413 by a byte cap that assumed 4.
import { describe, expect, it } from "vitest";
import { articleInput } from "@/lib/schemas/desk";
import { ARTICLE_TEXT_MAX } from "@/lib/text/limits";
import { MAX_BODY_BYTES, readIngestBody } from "@/server/tokens/ingest-body";

// JSON as Python's json.dumps writes it by default (ensure_ascii=True).
const pythonJson = (value: unknown) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
const arabic = (n: number) => "قصف صاروخي على القاعدة ".repeat(Math.ceil(n / 23)).slice(0, n);

function post(body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}): Request {
  const length = typeof body === "string" ? { "Content-Length": String(Buffer.byteLength(body)) } : {};
  return new Request("http://x/api/v1/articles", {
    method: "POST",
    body,
    headers: { "Content-Type": "application/json", ...length, ...headers },
    duplex: "half",
  } as RequestInit);
}

describe("the ingest body", () => {
  it("takes an escaped Arabic article up to the documented limit in characters", async () => {
    for (const n of [170_000, ARTICLE_TEXT_MAX]) {
      const json = pythonJson({ text: arabic(n), title: "عنوان", outlet: "وكالة", url: "https://example.org/a" });
      // Over the old ceiling, which assumed 4 bytes a character.
      expect(json.length).toBeGreaterThan(ARTICLE_TEXT_MAX * 4 + 64 * 1024);
      const read = await readIngestBody(post(json));
      expect(read.ok, `${n} characters`).toBe(true);
      if (read.ok) expect(articleInput.safeParse(read.body).success, `${n} characters`).toBe(true);
    }
  });

  it("lets the schema refuse text over the limit by its characters (400 article_too_long), not by bytes", async () => {
    const read = await readIngestBody(post(pythonJson({ text: arabic(ARTICLE_TEXT_MAX + 1) })));
    expect(read.ok).toBe(true);
    if (read.ok) expect(articleInput.safeParse(read.body).error?.issues[0]).toMatchObject({ path: ["text"], message: "article_too_long" });
  });

  it("keeps a byte ceiling against floods, declared or streamed", async () => {
    const flood = JSON.stringify({ text: "ا".repeat(1_000_000) });
    expect(await readIngestBody(post(flood))).toMatchObject({ ok: false, status: 413, error: "too_large" });
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += chunk.length;
        if (sent > MAX_BODY_BYTES * 3) c.close();
        else c.enqueue(chunk);
      },
    });
    expect(await readIngestBody(post(stream))).toMatchObject({ ok: false, status: 413 });
    // It stopped reading soon after the ceiling.
    expect(sent).toBeLessThan(MAX_BODY_BYTES + 4 * chunk.length);
  });

  it("says what is wrong with a body that is not a JSON object", async () => {
    expect(await readIngestBody(post("{", {}))).toMatchObject({ status: 400, error: "invalid_json" });
    expect(await readIngestBody(post("[1]", {}))).toMatchObject({ status: 400, error: "invalid_json" });
    expect(await readIngestBody(post("{}", { "Content-Type": "text/plain" }))).toMatchObject({ status: 415 });
  });
});
