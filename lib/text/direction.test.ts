import { describe, expect, it } from "vitest";
import { detectLanguage, directionOf } from "./direction";

describe("detectLanguage", () => {
  it("says Arabic for Arabic text", () => {
    expect(detectLanguage("استهدفت قاعدة الشدادي بخمسة صواريخ")).toBe("ar");
  });

  it("says English for English text", () => {
    expect(detectLanguage("Rockets hit the Conoco base in Deir ez-Zor")).toBe("en");
  });

  it("goes by the share of letters when the text is mixed", () => {
    expect(detectLanguage("قالت القيادة المركزية الأميركية (CENTCOM) إن الهجوم فشل")).toBe("ar");
    expect(detectLanguage("The Syrian Observatory (المرصد السوري) said five rockets were fired")).toBe("en");
  });

  it("ignores digits and punctuation", () => {
    expect(detectLanguage("2024-01-10: ٥ صواريخ!")).toBe("ar");
  });

  it("falls back to English when there are no letters at all", () => {
    expect(detectLanguage("")).toBe("en");
    expect(detectLanguage("2024 - 11 - 13")).toBe("en");
  });

  it("counts Arabic presentation forms as Arabic", () => {
    expect(detectLanguage("ﻻ ﺳﻼﻡ")).toBe("ar");
  });
});

describe("directionOf", () => {
  it("is rtl for Arabic and ltr otherwise", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("en")).toBe("ltr");
    expect(directionOf("fr")).toBe("ltr");
  });
});
