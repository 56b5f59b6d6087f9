import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bodyKind, gunzipLimited } from "./content";

const b = (s: string) => Buffer.from(s);

describe("bodyKind", () => {
  it("believes specific types, and sniffs vague ones", () => {
    expect(bodyKind("text/html; charset=utf-8", b("whatever"))).toBe("html");
    expect(bodyKind("application/json", b("<html>"))).toBe("json");
    expect(bodyKind("application/ld+json", b("{}"))).toBe("json");
    expect(bodyKind("application/rss+xml", b("<rss/>"))).toBe("xml");
    expect(bodyKind("image/png", b("\u0089PNG"))).toBe("other");
    expect(bodyKind("application/pdf", b("%PDF-1.7"))).toBe("other");
    expect(bodyKind("", b("\ufeff  <!doctype html><html>"))).toBe("html");
    expect(bodyKind("text/plain", b('  {"a": 1}'))).toBe("json");
    expect(bodyKind("application/octet-stream", b('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'))).toBe("xml");
    expect(bodyKind("", b('<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'))).toBe("html");
    expect(bodyKind("text/plain", b("just words"))).toBe("other");
  });

  it("knows gzip bytes whatever the type says", () => {
    const gz = gzipSync(b("<html></html>"));
    for (const type of ["application/gzip", "text/html", "", "application/x-gzip"]) expect(bodyKind(type, gz)).toBe("gzip");
  });
});

describe("gunzipLimited", () => {
  it("unpacks within the limit and refuses a bomb or garbage", async () => {
    expect((await gunzipLimited(gzipSync(b("<p>نص</p>")), 1000)).toString()).toBe("<p>نص</p>");
    await expect(gunzipLimited(gzipSync(Buffer.alloc(1_000_000)), 10_000)).rejects.toMatchObject({ reason: "too_large" });
    await expect(gunzipLimited(Buffer.from([0x1f, 0x8b, 1, 2, 3]), 10_000)).rejects.toMatchObject({ reason: "corrupt" });
  });
});
