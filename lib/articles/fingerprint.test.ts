import { describe, expect, it } from "vitest";
import { articleFingerprint, exactSimilarity, fingerprintBands, NEAR_IDENTICAL, normalizeArticleUrl, similarity } from "./fingerprint";

const ARTICLE = [
  "تعرضت قاعدة الشدادي التابعة للتحالف الدولي في ريف الحسكة الجنوبي فجر اليوم لهجوم بخمسة صواريخ.",
  "وقال المرصد السوري لحقوق الإنسان إن دوي انفجارات سُمع في المنطقة، وإن طائرات التحالف حلّقت فوق القاعدة بعد الهجوم.",
  "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، فيما قالت مصادر محلية إن القوات الأمريكية استنفرت عناصرها في المنطقة.",
  "وتتعرض القاعدة لهجمات متكررة منذ أشهر، تبنت بعضها فصائل مسلحة تقول إنها تستهدف الوجود الأجنبي في البلاد.",
].join("\n");

describe("articleFingerprint and similarity", () => {
  it("finds the same text with other spacing, hamza forms, diacritics and punctuation near-identical", () => {
    const variant = ARTICLE.replace(/أ/g, "ا").replace(/ُ/g, "").replace(/،/g, " ,").replace(/\n/g, "\n\n  ");
    const s = similarity(articleFingerprint(ARTICLE), articleFingerprint(variant));
    expect(s).toBe(1);
  });

  it("stays near-identical when a sentence is added at the end", () => {
    const longer = `${ARTICLE}\nوأضافت المصادر أن الهجوم لم يسفر عن إصابات.`;
    expect(exactSimilarity(ARTICLE, longer)).toBeGreaterThanOrEqual(NEAR_IDENTICAL);
    expect(similarity(articleFingerprint(ARTICLE), articleFingerprint(longer))).toBeGreaterThanOrEqual(0.6);
  });

  it("keeps two articles from one template apart (a different name and a few words)", () => {
    const other = ARTICLE.replace("الشدادي", "العمر").replace("فجر اليوم", "مساء أمس").replace("بخمسة صواريخ", "بطائرة مسيرة");
    expect(exactSimilarity(ARTICLE, other)).toBeLessThan(NEAR_IDENTICAL);
  });

  it("tells a different article apart", () => {
    const other =
      "أعلنت وزارة الصحة في بغداد أن عدد الإصابات بالحمى النزفية ارتفع إلى عشرين حالة في محافظات الجنوب خلال الأسبوع الماضي، وأن فرقها تعمل على مكافحة الحشرات الناقلة.";
    expect(similarity(articleFingerprint(ARTICLE), articleFingerprint(other))).toBeLessThan(0.2);
  });

  it("is 64 int32 values, deterministic; empty text gives zeros and matches nothing", () => {
    const fp = articleFingerprint(ARTICLE);
    expect(fp).toHaveLength(64);
    expect(fp.every((v) => Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31)).toBe(true);
    expect(articleFingerprint(ARTICLE)).toEqual(fp);
    expect(articleFingerprint("")).toEqual(new Array(64).fill(0));
    expect(similarity([], [])).toBe(0);
  });

  it("puts near-identical texts in a shared band and 16 bands per fingerprint", () => {
    const a = fingerprintBands(articleFingerprint(ARTICLE));
    const b = fingerprintBands(articleFingerprint(`${ARTICLE}\nوأضافت المصادر أن الهجوم لم يسفر عن إصابات.`));
    expect(a).toHaveLength(16);
    expect(a.some((k, i) => k === b[i])).toBe(true);
  });
});

describe("normalizeArticleUrl", () => {
  it("ignores protocol, www, tracking parameters, fragment, trailing slash and encoding", () => {
    const key = normalizeArticleUrl("http://example.org/news/قصف-الشدادي");
    for (const u of [
      "https://www.example.org/news/%D9%82%D8%B5%D9%81-%D8%A7%D9%84%D8%B4%D8%AF%D8%A7%D8%AF%D9%8A/",
      "https://EXAMPLE.org/news/قصف-الشدادي?utm_source=twitter&utm_medium=social#comments",
      "https://example.org/news/قصف-الشدادي?fbclid=abc",
    ])
      expect(normalizeArticleUrl(u)).toBe(key);
  });

  it("keeps parameters that name the article, in any order", () => {
    expect(normalizeArticleUrl("https://x.org/a?id=2&p=1")).toBe(normalizeArticleUrl("https://x.org/a?p=1&id=2&utm_campaign=z"));
    expect(normalizeArticleUrl("https://x.org/a?id=2")).not.toBe(normalizeArticleUrl("https://x.org/a?id=3"));
    expect(normalizeArticleUrl("https://x.org/a/1")).not.toBe(normalizeArticleUrl("https://x.org/a/2"));
  });
});
