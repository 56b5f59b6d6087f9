import { describe, expect, it } from "vitest";
import { hasAstral, sliceCodePoints, toCodePointOffset, toCodePointOffsets, toUtf16Index } from "./offsets";

// "🚀" and "𝟑" are astral: two UTF-16 units, one code point each.
const TEXT = "أ🚀ب 𝟑 ج";

describe("code-point offsets", () => {
  it("are UTF-16 indices when the text has no astral character", () => {
    const text = "قصفٌ على القاعدة 12";
    expect(hasAstral(text)).toBe(false);
    for (let i = 0; i <= text.length; i++) {
      expect(toCodePointOffset(text, i)).toBe(i);
      expect(toUtf16Index(text, i)).toBe(i);
    }
  });

  it("count a surrogate pair as one", () => {
    expect(hasAstral(TEXT)).toBe(true);
    expect(TEXT.length).toBe(9);
    expect([...TEXT].length).toBe(7);
    expect(toCodePointOffset(TEXT, 3)).toBe(2); // after "أ🚀"
    expect(toUtf16Index(TEXT, 2)).toBe(3);
    expect(toCodePointOffset(TEXT, TEXT.length)).toBe(7);
    expect(toUtf16Index(TEXT, 7)).toBe(TEXT.length);
  });

  it("round-trip at every code-point boundary", () => {
    for (let cp = 0; cp <= [...TEXT].length; cp++) expect(toCodePointOffset(TEXT, toUtf16Index(TEXT, cp))).toBe(cp);
  });

  it("clamp out-of-range values to the text", () => {
    expect(toUtf16Index(TEXT, 99)).toBe(TEXT.length);
    expect(toCodePointOffset(TEXT, 99)).toBe(7);
    expect(toCodePointOffset(TEXT, -4)).toBe(0);
  });

  it("slice by code points", () => {
    expect(sliceCodePoints(TEXT, 2, 3)).toBe("ب");
    expect(sliceCodePoints(TEXT, 4, 5)).toBe("𝟑");
    expect(sliceCodePoints(TEXT, 5)).toBe(" ج");
  });

  it("convert many ascending indices in one pass, the same as one by one", () => {
    const idx = [0, 1, 3, 4, 5, 7, 9];
    expect(toCodePointOffsets(TEXT, idx)).toEqual(idx.map((i) => toCodePointOffset(TEXT, i)));
  });
});
