// Rule families of the suggestion engine, on made-up sentences in the register of the Arabic
// and English press (not the seed or dev articles).
import { describe, expect, it } from "vitest";
import { foldWithOffsets } from "../arabic/normalize";
import { findCasualties, findCounts, findSources, isClaimant } from "./fields";
import { findNumbers } from "./numbers";
import { compileRefs } from "./refs";
import { suggestReports } from "./suggest";
import { compileTerms } from "./terms";
import type { ActorRef, PlaceRef } from "./types";

const places: PlaceRef[] = [
  { id: "idlib", nameAr: "إدلب", nameEn: "Idlib", aliasesAr: ["مدينة إدلب"], aliasesEn: [], kind: "city" },
  { id: "syria", nameAr: "سوريا", nameEn: "Syria", aliasesAr: ["سورية"], aliasesEn: [], kind: "country" },
  { id: "tiyas-base", nameAr: "قاعدة التياس", nameEn: "T4 airbase", aliasesAr: ["مطار التيفور", "التيفور"], aliasesEn: ["T4"], kind: "base" },
  { id: "jazal-field", nameAr: "حقل الجزل", nameEn: "Jazal field", aliasesAr: ["الجزل"], aliasesEn: [], kind: "oil_gas_field" },
  { id: "sarmin", nameAr: "سرمين", nameEn: "Sarmin", aliasesAr: ["سرمين"], aliasesEn: [], kind: "town" },
];
const actors: ActorRef[] = [
  { id: 1, nameAr: "هيئة تحرير الشام", nameEn: "Hayat Tahrir al-Sham", aliases: ["تحرير الشام", "HTS"] },
  { id: 2, nameAr: "القوات الروسية", nameEn: "Russian forces", aliases: ["الجيش الروسي", "Russian military"] },
  { id: 3, nameAr: "فصائل مدعومة من تركيا", nameEn: "Turkey-backed factions", aliases: [] },
];
const refs = { places, actors };

const folded = (s: string) => foldWithOffsets(s).text;

describe("compileTerms", () => {
  const m = compileTerms([{ forms: ["قذائف صاروخية", "قذائف"], value: "x" }, { forms: ["الجزل"], value: "y" }]);
  it("tolerates proclitics and the article on later words, longest form first", () => {
    const hits = m(folded("وبالقذائف الصاروخية"));
    expect(hits.map((h) => h.form)).toEqual(["قذايف صاروخيه"]);
    expect(m(folded("للجزل")).map((h) => h.values[0])).toEqual(["y"]);
  });
  it("matches whole words only", () => {
    expect(m(folded("القذائفية"))).toEqual([]);
  });
});

describe("place spelling variants", () => {
  it("finds a name after a head noun by its consonants («حقل الجزيل» for «حقل الجزل»)", () => {
    const r = suggestReports({ body: "سقطت قذائف على حقل الجزيل أمس.", publishedAt: "2022-09-10" }, refs);
    expect(r.reports[0]?.places[0]?.value.id).toBe("jazal-field");
    expect(r.reports[0]?.places[0]?.confidence).toBeLessThan(0.85);
  });
  it("does not guess without a head noun", () => {
    const r = suggestReports({ body: "سقطت قذائف على الجزيل أمس.", publishedAt: "2022-09-10" }, refs);
    expect(r.reports[0]?.places ?? []).toEqual([]);
  });
});

describe("counts", () => {
  const counts = (s: string) => {
    const t = folded(s);
    return findCounts(t, findNumbers(t)).filter((c) => c.confidence > 0.5).map((c) => c.value.count);
  };
  it("reads digits and number words, masculine and feminine, before the noun", () => {
    expect(counts("أطلقت ثلاثة صواريخ")).toEqual([3]);
    expect(counts("سقطت سبع قذائف")).toEqual([7]);
    expect(counts("شنت الطائرات ١٢ غارة")).toEqual([12]);
    expect(counts("رتل مؤلف من 30 شاحنة")).toEqual([30]);
    expect(counts("fired four rockets")).toEqual([4]);
  });
  it("reads «واحد» after the noun and dual nouns alone", () => {
    expect(counts("أطلقوا صاروخاً واحداً")).toEqual([1]);
    expect(counts("أسقطت طائرتين مسيرتين")).toEqual([2]);
  });
  it("ignores numbers that count nothing of interest", () => {
    expect(counts("على بعد 15 كيلومترا")).toEqual([]);
  });
});

describe("casualties", () => {
  const tolls = (s: string) => {
    const t = folded(s);
    return findCasualties(t, findNumbers(t)).map((c) => `${c.value.kind}:${c.value.count}`);
  };
  it("reads killed and injured on either side of the number", () => {
    expect(tolls("أسفر القصف عن مقتل أربعة مدنيين")).toEqual(["killed:4"]);
    expect(tolls("وسقط 9 قتلى")).toEqual(["killed:9"]);
    expect(tolls("وأصيب ما لا يقل عن 11 آخرين")).toEqual(["injured:11"]);
    expect(tolls("two soldiers were killed and 5 others wounded")).toEqual(["killed:2", "injured:5"]);
    expect(tolls("وسقط قتيلان وجريحان")).toEqual(["killed:2", "injured:2"]);
    expect(tolls("أسفر عن مقتل عنصرين")).toEqual(["killed:2"]);
  });
  it("reads that nobody was hurt", () => {
    expect(tolls("لم يسفر الهجوم عن أي إصابات")).toEqual(["none:null"]);
    expect(tolls("الهجوم لم يسفر عن أي أضرار")).toEqual(["none:null"]);
    expect(tolls("There were no injuries.")).toEqual(["none:null"]);
  });
});

describe("sources", () => {
  const cited = (s: string) => findSources(folded(s), compileRefs(refs)).map((x) => `${x.value.kind}:${x.value.name}`);
  it("reads unnamed sources with what qualifies them, and their kind", () => {
    expect(cited("وقالت مصادر محلية إن")).toEqual(["local:مصادر محليه"]);
    expect(cited("بحسب مصدر أمني")).toEqual(["official:مصدر امني"]);
    expect(cited("وقال مسؤولان أميركيان")).toEqual(["official:مسوولان اميركيان"]);
  });
  it("reads known monitors, agencies and officials", () => {
    expect(cited("وذكر المرصد السوري لحقوق الإنسان")).toEqual(["monitor:المرصد السوري لحقوق الإنسان"]);
    expect(cited("according to Reuters")).toEqual(["agency:رويترز"]);
    expect(cited("أعلنت سنتكوم")).toEqual(["official:القيادة المركزية الأميركية (سنتكوم)"]);
  });
});

describe("claimants", () => {
  it("tells a claim of responsibility from a mention", () => {
    const t = folded("تبنت هيئة تحرير الشام الهجوم");
    const at = t.indexOf("هييه");
    expect(isClaimant(t, at, at + "هييه تحرير الشام".length)).toBe(true);
    const u = folded("قصفت القوات الروسية مواقع هيئة تحرير الشام");
    const at2 = u.indexOf("هييه");
    expect(isClaimant(u, at2, at2 + "هييه تحرير الشام".length)).toBe(false);
  });
});

describe("suggestReports", () => {
  const body = [
    "إدلب / السبت 10 . 09 . 2022",
    "قصفت القوات الروسية، فجر اليوم السبت، بأربعة صواريخ أطراف بلدة سرمين بريف إدلب، ما أدى إلى مقتل مدنيين اثنين، بحسب مصادر محلية.",
    "وفي سياق آخر، تبنت هيئة تحرير الشام هجوما بطائرة مسيرة على مطار التيفور، أمس الجمعة، ولم يسفر الهجوم عن أي أضرار.",
  ].join("\n");
  const out = suggestReports({ body }, refs);

  it("dates the article from its dateline", () => {
    expect(out.articleDate?.value).toBe("2022-09-10");
  });

  it("proposes one report per incident, each value with its span in the body", () => {
    expect(out.reports).toHaveLength(2);
    const [a, b] = out.reports;
    expect(a!.date?.value).toEqual({ date: "2022-09-10", precision: "day" });
    expect(a!.places[0]?.value.id).toBe("sarmin");
    expect(a!.type?.value).toBe("rocket_attack");
    expect(a!.counts.map((c) => c.value.count)).toEqual([4]);
    expect(a!.casualties.map((c) => c.value)).toEqual([{ kind: "killed", count: 2 }]);
    expect(a!.actors.map((x) => x.value.id)).toEqual([2]);
    expect(b!.date?.value).toEqual({ date: "2022-09-09", precision: "day" });
    expect(b!.places[0]?.value.id).toBe("tiyas-base");
    expect(b!.type?.value).toBe("drone_attack");
    expect(b!.actors[0]?.value).toMatchObject({ id: 1, role: "claimant" });
    expect(b!.casualties.map((c) => c.value.kind)).toEqual(["none"]);
    for (const r of out.reports) {
      for (const s of [r.date, r.type, ...r.places, ...r.counts, ...r.actors, ...r.casualties]) {
        if (s && s.evidence.end > s.evidence.start) expect(body.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.exact);
      }
    }
  });

  it("lists the sources the article cites", () => {
    expect(out.sources.map((s) => s.value.kind)).toContain("local");
  });

  it("reads English articles", () => {
    const en = suggestReports(
      { body: "IDLIB, Sept. 10. Russian forces fired three rockets at Sarmin on Friday, killing two civilians, local sources said.", pasteDate: "2022-09-11" },
      refs,
    );
    const r = en.reports[0]!;
    expect(en.articleDate?.value).toBe("2022-09-10");
    expect(r.places[0]?.value.id).toBe("sarmin");
    expect(r.counts[0]?.value.count).toBe(3);
    expect(r.weapons[0]?.value).toBe("rocket");
    expect(r.date?.value.date).toBe("2022-09-09");
  });

  it("matches actor names through synonyms («فصائل» ~ «ميليشيات»)", () => {
    const r = suggestReports({ body: "شنت ميليشيات مدعومة من تركيا هجوما بقذائف الهاون على بلدة سرمين أمس.", publishedAt: "2022-09-10" }, refs);
    expect(r.reports[0]?.actors[0]?.value.id).toBe(3);
  });

  it("keeps a convoy told over two sentences in one report, and a retaliation in its own", () => {
    const r = suggestReports(
      {
        body: [
          "دخل رتل عسكري روسي يضم 20 آلية إلى قاعدة التياس، أمس.",
          "وأفادت مصادر محلية أن الرتل انطلق من مدينة إدلب.",
          "ورداً على ذلك، شنت طائرات حربية غارات على أطراف سرمين اليوم.",
        ].join("\n"),
        publishedAt: "2022-09-10",
      },
      refs,
    );
    expect(r.reports.map((x) => x.type?.value)).toEqual(["convoy", "airstrike"]);
    expect(r.reports[0]!.places.map((p) => p.value.id)).toContain("idlib");
    expect(r.reports[1]!.places[0]?.value.id).toBe("sarmin");
  });

  it("reads «ضربات» beside rockets as those rockets, and alone as air strikes", () => {
    const rockets = suggestReports({ body: "استهدفت 10 ضربات صاروخية قاعدة التياس أمس.", publishedAt: "2022-09-10" }, refs);
    expect(rockets.reports[0]?.weapons.map((w) => w.value)).toEqual(["rocket"]);
    const strikes = suggestReports({ body: "نفذت القوات الروسية ضربات على سرمين أمس.", publishedAt: "2022-09-10" }, refs);
    expect(strikes.reports[0]?.type?.value).toBe("airstrike");
  });

  it("continues a report when the next sentence names the incident again («وأسفر الهجوم…»)", () => {
    const r = suggestReports(
      { body: "سقطت قذائف هاون على بلدة سرمين أمس.\nوأوضح ناشطون أن المنطقة تشهد توتراً.\nوأسفر القصف عن مقتل ثلاثة مدنيين في مدينة إدلب.", publishedAt: "2022-09-10" },
      refs,
    );
    expect(r.reports).toHaveLength(1);
    expect(r.reports[0]!.casualties.map((c) => c.value)).toEqual([{ kind: "killed", count: 3 }]);
  });

  it("opens no report for what may happen, nor for the reason of a response", () => {
    const r = suggestReports(
      {
        body: "قصفت طائرات حربية أطراف سرمين أمس، رداً على استهداف قاعدة التياس.\nوقد يسهم التصعيد في هجمات جديدة على مطار التيفور.",
        publishedAt: "2022-09-10",
      },
      refs,
    );
    expect(r.reports).toHaveLength(1);
    expect(r.reports[0]!.places[0]?.value.id).toBe("sarmin");
  });

  it("opens no report from «read also» links", () => {
    const r = suggestReports({ body: "اقرأ أيضًا: مقتل 3 بقصف صاروخي على سرمين", publishedAt: "2022-09-10" }, refs);
    expect(r.reports).toEqual([]);
  });
});


describe("rules are written in folded spelling", () => {
  it("no code outside comments spells ة ى أ إ آ ؤ ئ, which folded text never holds", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL(".", import.meta.url);
    const offending = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .flatMap((f) =>
        readFileSync(new URL(f, dir), "utf8")
          .split("\n")
          .map((line) => line.replace(/\/\/.*$/, ""))
          .filter((line) => /[ةىأإآؤئ]/.test(line) && !/\[اويى\]/.test(line))
          .map((line) => `${f}: ${line.trim()}`),
      );
    expect(offending).toEqual([]);
  });
});
