import { describe, expect, it } from "vitest";
import { extractArticle, isoDay } from "./extract";

const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>قصف على الشدادي | وكالة الاختبار</title>
<meta property="og:site_name" content="وكالة الاختبار">
<meta property="article:published_time" content="2023-11-13T06:30:00+03:00">
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a> <a href="/sport">رياضة</a></nav>
<article><h1>قصف على الشدادي</h1>
<p>أفادت مصادر محلية أن ثلاثة صواريخ استهدفت قاعدة الشدادي فجر اليوم الأربعاء، دون أن تسفر عن إصابات بشرية وفق ما نقلت مصادر متطابقة.</p>
<p>وقال المرصد السوري لحقوق الإنسان إن الهجوم لم يسفر عن إصابات، فيما أرسلت قوات التحالف الدولي رتلا من 50 آلية إلى قواعدها في المنطقة.</p>
</article>
<footer>جميع الحقوق محفوظة</footer><script>var x = "لا تظهر";</script>
</body></html>`;

describe("extractArticle", () => {
  it("finds the text, one paragraph per line, the date and the outlet", () => {
    const a = extractArticle(PAGE, "https://www.example.org/news/1")!;
    const lines = a.text.split("\n").filter(Boolean);
    expect(lines.filter((l) => l.startsWith("أفادت") || l.startsWith("وقال"))).toHaveLength(2);
    expect(a.text).toContain("ثلاثة صواريخ استهدفت قاعدة الشدادي");
    expect(a.text).not.toContain("الرئيسية");
    expect(a.text).not.toContain("لا تظهر");
    expect(a.publishedAt).toBe("2023-11-13");
    expect(a.outlet).toBe("وكالة الاختبار");
    expect(a.title).toBe("قصف على الشدادي");
  });
  it("says nothing was found on a page without an article", () => {
    expect(extractArticle("<html><body><a href='/'>x</a></body></html>", "https://example.org/")).toBeNull();
  });
  it("reads dates strictly", () => {
    expect(isoDay("2023-02-30")).toBeNull();
    expect(isoDay("Mon, 13 Nov 2023 06:30:00 GMT")).toBe("2023-11-13");
  });
  it("reads the calendar day a date writes, not the day in UTC or in the server's zone", () => {
    expect(isoDay("Thu, 13 Mar 2025 01:30:00 +0300")).toBe("2025-03-13");
    expect(isoDay("Wed, 12 Mar 2025 23:30:00 -0500")).toBe("2025-03-12");
    expect(isoDay("2025-03-13T00:30:00+03:00")).toBe("2025-03-13");
    expect(isoDay("March 13, 2025")).toBe("2025-03-13");
    expect(isoDay("13 March 2025 00:15")).toBe("2025-03-13");
    expect(isoDay("Fri, 31 Feb 2025 10:00:00 GMT")).toBeNull();
  });
});
