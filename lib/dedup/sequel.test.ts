// Invented sentences: a report telling one more event of a kind, and ones that do not.
import { describe, expect, it } from "vitest";
import { sequelPhrase } from "./sequel";

describe("sequelPhrase", () => {
  it("finds ordinals, «another» and «new» after an event noun in Arabic, as written", () => {
    expect(sequelPhrase("ودخل رتلٌ ثانٍ من الشاحنات عبر المعبر نفسه مساءً")).toBe("رتلٌ ثانٍ");
    expect(sequelPhrase("وفي هجوم آخر، سقطت قذيفتان قرب المطار")).toBe("هجوم آخر");
    expect(sequelPhrase("وصلت القافلة الثانية إلى القاعدة بعد الظهر")).toBe("القافلة الثانية");
    expect(sequelPhrase("استهدفت طائرة مسيّرة أخرى محيط الحقل")).toBe("طائرة مسيّرة أخرى");
    expect(sequelPhrase("وهو ثالث استهداف للقاعدة خلال يومين")).toBe("ثالث استهداف");
    expect(sequelPhrase("تعرضت القاعدة للقصف للمرة الثانية اليوم")).toBe("للمرة الثانية");
    expect(sequelPhrase("وعادت الطائرات لتقصف الموقع مجدداً")).toBe("مجدداً");
    expect(sequelPhrase("وأدخلت القوات رتلاً ثانياً إلى القاعدة")).toBe("رتلاً ثانياً");
    expect(sequelPhrase("شنّت الفصائل هجوماً جديداً على الموقع")).toBe("هجوماً جديداً");
  });

  it("finds «a second», «another», «for the second time» and «hours later» in English", () => {
    expect(sequelPhrase("A second convoy crossed the same point in the evening.")).toBe("A second convoy");
    expect(sequelPhrase("Another drone attack targeted the garrison at dawn.")).toBe("Another drone attack");
    expect(sequelPhrase("It was the second such attack in 24 hours.")).toBe("the second such attack");
    expect(sequelPhrase("The airfield was hit for the second time on Friday.")).toBe("for the second time");
    expect(sequelPhrase("Hours later, rockets landed near the camp.")).toBe("Hours later");
  });

  it("reads nothing in a report of one event, ranks, or «the last»", () => {
    for (const text of [
      "سقطت ثلاثة صواريخ على القاعدة فجر اليوم دون إصابات",
      "قال المرصد إن آخر هجوم على القاعدة وقع الشهر الماضي",
      "يقع الحقل في ثاني أكبر منطقة نفطية في البلاد",
      "هجوم على آخر نقطة للقوات قرب الحدود",
      "في اليوم الثاني من الاشتباكات بين الطرفين",
      "A drone struck the base on Tuesday, officials said.",
      "The second-largest field in the province was hit.",
      "The two sides accused one another of the shelling.",
      "Another official said the damage was minor.",
      "",
    ])
      expect(sequelPhrase(text), text).toBeNull();
  });
});
