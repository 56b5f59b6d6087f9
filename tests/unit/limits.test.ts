// The server-action body limit (next.config.js) must let a paste over the app's own text limit
// through to the schema, whose message states the limit, instead of failing in Next first.
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config.js";
import { ARTICLE_TEXT_MAX } from "@/lib/text/limits";

function bytes(size: string | number): number {
  if (typeof size === "number") return size;
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(size.trim())!;
  return Number(m[1]) * 1024 ** ["b", "kb", "mb", "gb"].indexOf((m[2] ?? "b").toLowerCase());
}

describe("request size limits", () => {
  it("let an over-limit paste reach the app's own check, in any script", () => {
    const limit = bytes(nextConfig.experimental!.serverActions!.bodySizeLimit!);
    const worstInLimitPaste = ARTICLE_TEXT_MAX * 4 + 64 * 1024; // 4-byte characters, other fields, multipart
    expect(limit).toBeGreaterThan(worstInLimitPaste);
    expect(limit).toBeGreaterThanOrEqual((ARTICLE_TEXT_MAX + 1) * 4 * 2); // a paste twice the limit
  });
});
