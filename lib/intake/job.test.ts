// The work a page may cause is measured before any DOM is built, and whatever is inside, an
// extraction job answers (too_complex, no_article_found, not_a_feed) instead of throwing.
import { describe, expect, it } from "vitest";
import { measureMarkup, PAGE_LIMITS } from "./complexity";
import { runJob } from "./job";

const ARTICLE = `<!doctype html><html><head><title>خبر</title></head><body><article><h1>خبر</h1>
<p>${"أفادت مصادر محلية أن قذائف سقطت على أطراف البلدة صباح اليوم دون إصابات. ".repeat(4)}</p>
<p>${"وقال شهود إن الدخان شوهد من مسافة بعيدة بعد سقوط القذائف على الأطراف. ".repeat(4)}</p></article></body></html>`;

describe("measureMarkup", () => {
  it("counts elements and nesting as the parser builds them (implied end tags, void elements, script text)", () => {
    // div > p > br: the second p closes the first, br and img close themselves.
    expect(measureMarkup("<div><p>a<p>b<br><img src=x></div>")).toEqual({ elements: 5, depth: 3, over: null });
    expect(measureMarkup("<div><br><br><br><br></div>").depth).toBe(2);
    expect(measureMarkup(`<ul>${"<li>x".repeat(500)}</ul>`).depth).toBe(2);
    expect(measureMarkup(`<script>${"'<div>'".repeat(1000)}</script>`)).toEqual({ elements: 1, depth: 1, over: null });
  });

  it("stops at the first limit crossed, in linear time", () => {
    const started = performance.now();
    expect(measureMarkup("<div>".repeat(200_000)).over).toBe("depth");
    expect(measureMarkup("<i></i>".repeat(40_000)).over).toBe("elements");
    expect(measureMarkup("x".repeat(PAGE_LIMITS.maxChars + 1)).over).toBe("size");
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("runJob", () => {
  it("extracts an article within the limits", () => {
    const r = runJob({ kind: "article", html: ARTICLE, url: "https://example.org/a" });
    expect(r.ok && "article" in r && r.article.text).toContain("قذائف سقطت");
  });

  it("refuses nested markup before parsing it (400 nested divs took Readability ~5 s, 200,000 for ever)", () => {
    for (const n of [400, 1_600, 200_000]) {
      const started = performance.now();
      expect(runJob({ kind: "article", html: `<html><body>${"<div>".repeat(n)}x</body></html>`, url: "https://example.org/" })).toEqual({
        ok: false,
        problem: "too_complex",
      });
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });

  it("answers no_article_found for text that is no markup, instead of throwing", () => {
    for (const html of ['{"title": "x", "body": "y"}', "plain words only", "\u001f\u008b\u0008binary"]) {
      expect(runJob({ kind: "article", html, url: "https://example.org/" }), html).toEqual({ ok: false, problem: "no_article_found" });
    }
  });

  it("reads feeds, says an HTML page is not one, and refuses deeply nested XML", () => {
    const rss = `<rss version="2.0"><channel><title>t</title><item><title>a</title><link>https://example.org/1</link></item></channel></rss>`;
    expect(runJob({ kind: "feed", xml: rss })).toMatchObject({ ok: true, entries: [{ url: "https://example.org/1" }] });
    expect(runJob({ kind: "feed", xml: ARTICLE })).toEqual({ ok: false, problem: "not_a_feed" });
    expect(runJob({ kind: "feed", xml: `<rss><channel>${"<x>".repeat(5_000)}</channel></rss>` })).toEqual({ ok: false, problem: "too_complex" });
  });
});
