import { describe, expect, it } from "vitest";
import { boilerplateReason } from "./boilerplate";
import { cleanArticle, cleanArticleText, fallbackTitle, inferTitle, restoreLines } from "./clean";

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

describe("cleanArticle", () => {
  it("returns the removed lines with their index in the raw paste (after CRLF normalisation) and why", () => {
    const raw = "عنوان الخبر هنا الآن\r\nحجم الخط\r\n+A\r\n-A\r\n\r\nنص الخبر.\r\nشارك\r\n";
    const { body, removed } = cleanArticle(raw);
    expect(body).toBe("عنوان الخبر هنا الآن\n\nنص الخبر.");
    expect(removed).toEqual([
      { line: "حجم الخط", index: 1, reason: "font_size" },
      { line: "+A", index: 2, reason: "font_size" },
      { line: "-A", index: 3, reason: "font_size" },
      { line: "شارك", index: 6, reason: "share_print" },
    ]);
  });

  it("keeps the raw text of a removed line (its own white space included)", () => {
    const { removed } = cleanArticle("خبر طويل بما يكفي هنا.\n  icon \u00A0\n");
    expect(removed).toEqual([{ line: "  icon \u00A0", index: 1, reason: "icon" }]);
  });

  it("puts back the lines the editor restores, and only those", () => {
    const raw = "السطر الأول من الخبر.\n436\nالتغطية الحية\nالسطر الثاني من الخبر.";
    expect(cleanArticle(raw).body).toBe("السطر الأول من الخبر.\nالسطر الثاني من الخبر.");
    const restored = cleanArticle(raw, { keep: [1] });
    expect(restored.body).toBe("السطر الأول من الخبر.\n436\nالسطر الثاني من الخبر.");
    expect(restored.removed.map((r) => r.index)).toEqual([2]);
    expect(restoreLines(raw, [1, 2]).body).toBe(raw);
  });

  it("agrees with cleanArticleText", () => {
    const raw = "خبر.\nمقالات ذات صلة\nاقرأ أيضاً: خبر آخر\nخبر ثان.";
    expect(cleanArticle(raw).body).toBe(cleanArticleText(raw));
  });

  const drops: Array<[string, string]> = [
    ["icon", "icon"],
    ["site logo", "icon"],
    ["التغطية الحية", "live_label"],
    ["بث مباشر", "live_label"],
    ["436", "view_count"],
    ["1٬356", "view_count"],
    ["12,045 مشاهدة", "view_count"],
    ["Views: 1,204", "view_count"],
    ["+A", "font_size"],
    ["-A", "font_size"],
    ["A+", "font_size"],
    ["حجم الخط", "font_size"],
    ["+ الخط -", "font_size"],
    ["دمشق - 10:45", "timestamp"],
    ["2024.01.15 | 15:45 دمشق", "timestamp"],
    ["منذ 3 ساعات", "timestamp"],
    ["منذ ساعتين", "timestamp"],
    ["3 hours ago", "timestamp"],
    ["11 يناير 2024", "timestamp"],
    ["الثلاثاء 16 كانون الثاني 2024 - 09:30", "timestamp"],
    ["تاريخ النشر: 5th, February 2024 GMT", "timestamp"],
    ["آخر تحديث: 10:45 بتوقيت غرينتش", "timestamp"],
    ["Updated 10:45 GMT, January 18, 2024", "timestamp"],
    ["شارك", "share_print"],
    ["شارك الموضوع:", "share_print"],
    ["مشاركة عبر فيسبوك", "share_print"],
    ["فيسبوك تويتر واتساب", "share_print"],
    ["طباعة", "share_print"],
    ["طباعة الخبر ارسال الخبر الى صديق", "share_print"],
    ["نسخ الرابط", "share_print"],
    ["Share", "share_print"],
    ["Share on Facebook | Tweet | Email", "share_print"],
    ["Print", "share_print"],
    ["اشترك في النشرة البريدية", "subscribe"],
    ["تابعونا على تلغرام", "subscribe"],
    ["Subscribe to our newsletter", "subscribe"],
    ["الوسوم", "tags"],
    ["الوسوم: سوريا، الحسكة، التحالف", "tags"],
    ["Tags: Syria, Iraq", "tags"],
    ["الرئيسية", "navigation"],
    ["الرئيسية > أخبار > سوريا", "navigation"],
    ["Home / World / Middle East", "navigation"],
    ["Skip to content", "navigation"],
    ["وقت القراءة: 3 دقائق", "reading_time"],
    ["3 min read", "reading_time"],
    ["دقيقتان للقراءة", "reading_time"],
    ["أخبار ذات صلة", "related_links"],
    ["Related stories", "related_links"],
    ["أضف تعليقاً", "comments"],
    ["•", "punctuation"],
    ["-", "punctuation"],
  ];
  it.each(drops)("drops the chrome line %j (%s)", (line, reason) => {
    expect(boilerplateReason(line)).toBe(reason);
    const { body, removed } = cleanArticle(`قصفت القوات مواقع في الريف.\n${line}\nوقال مصدر إن الهجوم وقع ليلاً.`);
    expect(body).toBe("قصفت القوات مواقع في الريف.\nوقال مصدر إن الهجوم وقع ليلاً.");
    expect(removed).toEqual([{ line, index: 1, reason }]);
  });

  const keeps = [
    "بقلم: أحمد الخطيب", // byline
    "By John Smith, Reuters",
    "الحسكة - خاص", // dateline
    "السيمر / فيينا / الثلاثاء 16 . 01 . 2024", // dateline naming the outlet
    "وكالات ـ الرأي ـ",
    'قاعدة "هيمو"', // subheading
    "استهداف متكرر",
    "Reuters",
    "قتل 3 جنود في الهجوم",
    "وقال المرصد إن 436 صاروخاً سقطت منذ بداية العام",
    "شارك في الهجوم عشرات المسلحين على متن دراجات نارية",
    "عاجل: قصف على قاعدة الشدادي",
    "سقطت القذائف عند الساعة 10:45 مساء أمس في محيط القاعدة",
    "قال مصدر في دمشق - 10:45 إن الهجوم وقع",
    "الرئيسية في المدينة شهدت انفجاراً",
    "طباعة المنشورات توقفت في الحسكة",
    "This is a map showing much of Syria.",
    "Topics discussed at the meeting included the attacks",
  ];
  it.each(keeps)("keeps the story line %j", (line) => {
    expect(boilerplateReason(line)).toBeNull();
    expect(cleanArticle(`مقدمة الخبر هنا.\n${line}`).removed).toEqual([]);
  });
});

describe("inferTitle", () => {
  it("skips site chrome, timestamps, counts and short labels to find the headline", () => {
    const body = [
      "icon",
      "التغطية الحية",
      "2024.01.15 | 15:45 دمشق",
      "436",
      "أخبار سوريا",
      "القوات الأميركية تخلي قاعدة في القامشلي",
      "كشف مصدر خاص أن القوات الأميركية أخلت قاعدتها.",
    ].join("\n");
    expect(inferTitle(body)).toBe("القوات الأميركية تخلي قاعدة في القامشلي");
  });

  it("skips lines that are mostly digits or punctuation", () => {
    expect(inferTitle("16 . 01 . 2024 / 10:45 / 3\n*** --- ***\nهجوم بطائرة مسيرة على حقل العمر")).toBe("هجوم بطائرة مسيرة على حقل العمر");
  });

  it("takes the lead, cut at a word, when the paste has no headline", () => {
    const lead = "استهدفت طائرة مسيرة انتحارية القاعدة العسكرية الأميركية في مدينة الشدادي جنوبي الحسكة فجر اليوم الجمعة وسط استنفار";
    const title = inferTitle(`${lead}\nوقالت مصادر إن الهجوم لم يسفر عن إصابات.`);
    expect(title.endsWith("…")).toBe(true);
    expect(title.length).toBeLessThanOrEqual(90);
    expect(lead.startsWith(title.slice(0, -1))).toBe(true);
    expect(lead[title.length - 1]).toBe(" ");
  });

  it("falls back to the first non-empty line when no line reads as text", () => {
    expect(inferTitle("\n  قصف  \nتفاصيل")).toBe("قصف");
    expect(inferTitle("")).toBe("");
  });

  it("works in English too", () => {
    expect(
      inferTitle(
        "Accessibility links\nBreaking News\nMiddle East\nUS-Led Coalition Blocks Attacks at Conoco Oil Field\nBEIRUT — Air defense systems halted six drone attacks.",
      ),
    ).toBe("US-Led Coalition Blocks Attacks at Conoco Oil Field");
  });
});
