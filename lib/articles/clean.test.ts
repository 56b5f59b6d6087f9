import { describe, expect, it } from "vitest";
import { cleanArticleText, fallbackTitle } from "./clean";

describe("cleanArticleText", () => {
  it("drops whole boilerplate lines and keeps the story", () => {
    const raw = [
      "التحالف يرسل تعزيزات إلى الشدادي",
      "",
      "أرسلت قوات التحالف الدولي تعزيزات عسكرية إلى قواعدها في الشدادي.",
      "",
      "مقالات ذات صلة",
      "",
      "اترك تعليقاً",
      "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
      "زر الذهاب إلى الأعلى",
    ].join("\n");
    const body = cleanArticleText(raw);
    expect(body).toBe("التحالف يرسل تعزيزات إلى الشدادي\n\nأرسلت قوات التحالف الدولي تعزيزات عسكرية إلى قواعدها في الشدادي.");
    expect(body).not.toContain("مقالات ذات صلة");
    expect(body).not.toContain("اترك تعليق");
  });

  it("drops boilerplate lines that carry stray white space, and English ones", () => {
    const raw = "Rockets hit the base.\n  مقالات ذات صلة  \n+ الخط -\nLeave a Reply\nShare this article\nrelated ARTICLES\nThe end.";
    expect(cleanArticleText(raw)).toBe("Rockets hit the base.\nThe end.");
  });

  it('drops "read also" link lines, in Arabic spellings and in English', () => {
    const raw = "خبر أول.\nاقرأ أيضاً: سوريا: استهداف بالمسيرات لقاعدتي كونيكو والتنف\nإقرأ ايضا عنوان آخر\nRead also: another story\nخبر ثان.";
    expect(cleanArticleText(raw)).toBe("خبر أول.\nخبر ثان.");
  });

  it("keeps a sentence that merely contains a boilerplate phrase", () => {
    const raw = "نشر المرصد مقالات ذات صلة بالهجوم على القاعدة.";
    expect(cleanArticleText(raw)).toBe(raw);
  });

  it("normalises line endings, non-breaking spaces and trailing white space", () => {
    const raw = "سطر أول \t\r\nسطر\u00A0ثان\rسطر ثالث   ";
    expect(cleanArticleText(raw)).toBe("سطر أول\nسطر ثان\nسطر ثالث");
  });

  it("collapses runs of blank lines left behind to one blank line and trims the ends", () => {
    const raw = "\n\nالفقرة الأولى.\n\nمقالات ذات صلة\n\n\n\nالفقرة الثانية.\n\n";
    expect(cleanArticleText(raw)).toBe("الفقرة الأولى.\n\nالفقرة الثانية.");
  });

  it("keeps the leading indentation of lines inside the body (offsets stay meaningful)", () => {
    expect(cleanArticleText("أ\n  ب")).toBe("أ\n  ب");
  });

  it("is deterministic and idempotent", () => {
    const raw = "عنوان\r\n\r\n\r\nنص المقال\u00A0هنا.\r\nاترك تعليقا\r\n";
    const once = cleanArticleText(raw);
    expect(cleanArticleText(raw)).toBe(once);
    expect(cleanArticleText(once)).toBe(once);
  });
});

describe("fallbackTitle", () => {
  it("is the first non-empty line, trimmed", () => {
    expect(fallbackTitle("\n\n   قصف على حقل العمر  \nتفاصيل")).toBe("قصف على حقل العمر");
  });

  it("is empty for an empty body", () => {
    expect(fallbackTitle("")).toBe("");
    expect(fallbackTitle("\n  \n")).toBe("");
  });

  it("cuts a long line at a word boundary and marks the cut", () => {
    const line = "استهدفت الميليشيات الإيرانية قاعدة حقل كونيكو للغاز في ريف دير الزور الشرقي بعدة قذائف صاروخية مساء أمس";
    const title = fallbackTitle(line, 40);
    expect(title.endsWith("…")).toBe(true);
    const kept = title.slice(0, -1);
    expect(kept.length).toBeLessThanOrEqual(40);
    expect(line.startsWith(kept)).toBe(true);
    expect(line[kept.length]).toBe(" ");
  });

  it("does not cut a line that fits", () => {
    expect(fallbackTitle("Short title", 90)).toBe("Short title");
  });

  it("cuts mid-word only when the last space would leave less than half the room", () => {
    const word = "ا".repeat(120);
    expect(fallbackTitle(word, 90)).toBe(`${"ا".repeat(45)}…`);
  });
});
