// Rule families of the suggestion engine, on made-up sentences in the register of the Arabic
// and English press (not the seed or dev articles).
import { describe, expect, it } from "vitest";
import { foldWithOffsets } from "../arabic/normalize";
import { findCasualties, findCounts, findSources, isAgent, isClaimant } from "./fields";
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
    // English active verbs and participles take the number after them.
    expect(tolls("a blast hit the market, killing four civilians and wounding more than 20")).toEqual(["killed:4", "injured:20"]);
    expect(tolls("The shelling killed two farmers and injured at least 9 others")).toEqual(["killed:2", "injured:9"]);
    expect(tolls("five guards were killed in 2 separate raids")).toEqual(["killed:5"]);
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
  it("reads agencies no list names by the words that introduce them, only when cited", () => {
    expect(cited("وقال مصدر ميداني لوكالة نوفوستي إن القصف استمر")).toEqual(["local:مصدر ميداني لوكاله نوفوستي"]);
    expect(cited("the Xinhua news agency reported that two shells fell")).toEqual(["agency:xinhua news agency"]);
    expect(cited("وأفادت وكالة أنباء الشرق بأن")).toEqual([]); // «وكالة أنباء» + the article: no name read
    expect(cited("وأصدرت وكالة الطاقة تقريرا")).toEqual([]);
    expect(cited("the state news agency said the convoy arrived")).toEqual([]);
  });
  it("reads English sources whose adjective comes first, and a verb further along the clause", () => {
    expect(cited("The convoy was hit near the border, a military source said.")).toEqual(["official:military source"]);
    expect(cited("A press release by the faction on Monday said the rockets hit the airport.")).toEqual(["official:press release"]);
    expect(cited("Media outlets close to the faction reported the strike.")).toEqual(["local:media outlets"]);
  });
  it("reads a government with its nationality only when it speaks", () => {
    expect(cited("ونفت الحكومة التركية أي علاقة بالقصف")).toEqual(["official:الحكومه التركيه"]);
    expect(cited("ما دفع الحكومة التركية إلى إرسال تعزيزات")).toEqual([]);
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

  it("takes the owner of the weapon used for the party that acted", () => {
    const agent = (s: string, name: string) => {
      const t = folded(s);
      const at = t.indexOf(folded(name));
      return isAgent(t, at, at + folded(name).length);
    };
    expect(agent("أسقطت الدفاعات الجوية طائرة مسيرة تتبع لهيئة تحرير الشام فوق سرمين.", "هيئة تحرير الشام")).toBe(true);
    expect(agent("Air defences downed a drone belonging to Hayat Tahrir al-Sham.", "Hayat Tahrir al-Sham")).toBe(true);
    expect(agent("سقطت قذيفة قرب نقطة تتبع لهيئة تحرير الشام.", "هيئة تحرير الشام")).toBe(false);
  });

  it("skips a description set off by commas between the group and its claim", () => {
    const claim = (s: string, name: string) => {
      const t = folded(s);
      const at = t.indexOf(folded(name));
      return isClaimant(t, at, at + folded(name).length);
    };
    expect(claim("Hayat Tahrir al-Sham, which controls much of the north-west, claimed the shelling.", "Hayat Tahrir al-Sham")).toBe(true);
    expect(claim("وقالت هيئة تحرير الشام، التي تسيطر على أجزاء من الشمال، إنها استهدفت مواقع للقوات الروسية.", "هيئة تحرير الشام")).toBe(true);
    // A description is not a claim by itself.
    expect(claim("Hayat Tahrir al-Sham, which controls much of the north-west, denied any role.", "Hayat Tahrir al-Sham")).toBe(false);
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

  it("does not place an incident at a place named inside a group's name", () => {
    const withGroup = { places, actors: [...actors, { id: 4, nameAr: "جيش إدلب الحر", nameEn: "Free Idlib Army", aliases: [] }] };
    const r = suggestReports({ body: "تبنى جيش إدلب الحر قصفا بالصواريخ أمس.", publishedAt: "2022-09-10" }, withGroup);
    expect(r.reports[0]?.places.map((p) => p.value.id)).toEqual([]);
    expect(r.reports[0]?.actors[0]?.value.id).toBe(4);
  });

  it("takes the places of a sentence that picks out some of what was just counted («اثنان منها في…»)", () => {
    const r = suggestReports({ body: "استهدفت طائرات مسيرة ثلاثة مواقع عسكرية أمس. اثنان منها في سرمين، والثالث قرب مدينة إدلب.", publishedAt: "2022-09-10" }, refs);
    expect(r.reports).toHaveLength(1);
    expect(r.reports[0]!.places[0]?.value.id).toBe("sarmin");
  });

  it("gives a «similar» attack the type of the incident told before it", () => {
    const r = suggestReports({ body: "قصفت طائرات مسيرة مطار التيفور فجر اليوم. وكانت هيئة تحرير الشام قد شنت هجمات مماثلة على بلدة سرمين أمس.", publishedAt: "2022-09-10" }, refs);
    expect(r.reports.map((x) => x.type?.value)).toEqual(["drone_attack", "drone_attack"]);
    expect(r.reports[1]!.type!.evidence.exact).toBe("مماثلة");
    const plain = suggestReports({ body: "قصفت طائرات مسيرة مطار التيفور فجر اليوم. وكانت هيئة تحرير الشام قد شنت هجمات على بلدة سرمين أمس.", publishedAt: "2022-09-10" }, refs);
    expect(plain.reports[1]?.type ?? null).toBeNull();
  });

  it("reads the incident named after «تأتي بعد أيام من…» as an earlier one of its own", () => {
    const body = "وصلت قافلة تعزيزات روسية إلى مطار التيفور اليوم. وتأتي التعزيزات بعد أيام قليلة من قافلة مماثلة وصلت إلى بلدة سرمين.";
    const r = suggestReports({ body, publishedAt: "2022-09-10" }, refs);
    expect(r.reports.map((x) => x.places[0]?.value.id)).toEqual(["tiyas-base", "sarmin"]);
    expect(r.reports.map((x) => x.type?.value)).toEqual(["convoy", "convoy"]);
  });

  it("a modal in a clause coordinated after the incident does not make it hypothetical", () => {
    const told = suggestReports({ body: "Russian forces struck Sarmin on Friday with rockets, and officials said they would keep up the pressure.", pasteDate: "2022-09-11" }, refs);
    expect(told.reports.map((r) => r.date?.value.date)).toEqual(["2022-09-09"]);
    const feared = suggestReports({ body: "Officials warned that Russian forces could strike Sarmin on Friday with rockets.", pasteDate: "2022-09-11" }, refs);
    expect(feared.reports).toEqual([]);
  });

  it("reads a siege and the dismantling of a cell as incidents of their kind", () => {
    const siege = suggestReports({ body: "وفرضت هيئة تحرير الشام حصارا على بلدة سرمين أمس.", publishedAt: "2022-09-10" }, refs);
    expect(siege.reports[0]?.type?.value).toBe("other");
    const cell = suggestReports({ body: "وأعلنت القوات الروسية أمس تفكيك خلية مسلحة في بلدة سرمين.", publishedAt: "2022-09-10" }, refs);
    expect(cell.reports[0]?.type?.value).toBe("security_operation");
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


describe("one sentence, two incidents", () => {
  const reportsOf = (body: string) => suggestReports({ body, publishedAt: "2022-09-10" }, refs).reports;
  it("tells apart what a convoy «comes after»: an earlier attack on another base", () => {
    const r = reportsOf("أرسلت القوات الروسية اليوم رتلا من 20 آلية إلى سرمين. ويأتي هذا الرتل بعد استهداف قاعدة التياس، وعقب إسقاط طائرة مسيرة فوق إدلب.");
    expect(r.map((x) => x.type?.value ?? null)).toEqual(["convoy", null, "drone_attack"]);
    expect(r[1]!.places[0]?.value.id).toBe("tiyas-base");
  });
  it("makes the response a source tells after «مضيفا أن» its own report, with who responded", () => {
    const r = reportsOf("قال مصدر إن هيئة تحرير الشام استهدفت قاعدة التياس بخمس قذائف أمس، مضيفا أن القوات الروسية ردت على الهجوم بالمدفعية. وأوضح المصدر أن القذائف لم تصب القاعدة ولم تقع إصابات.");
    expect(r).toHaveLength(2);
    expect(r[1]!.actors[0]?.value.id).toBe(2);
    expect(r[1]!.type?.value).toBe("shelling");
    // The shells named again go on about the attack, not the response.
    expect(r[0]!.evidence.end).toBeGreaterThan(r[1]!.evidence.end);
  });
  it("places a response where it struck, not at the attacked base it struck from", () => {
    const r = reportsOf("تعرضت قاعدة التياس لقصف بالصواريخ أمس، فيما ردت القوات الروسية عبر قصف مواقع الفصائل. كذلك، أوضحت المصادر أن مدفعية القوات الروسية في قاعدة التياس قصفت مواقع في سرمين.");
    expect(r).toHaveLength(2);
    expect(r[1]!.places[0]?.value.id).toBe("sarmin");
  });
  it("reads «the base», named no further, as the base the incidents before it were at", () => {
    const r = reportsOf("سقطت صواريخ على حقل الجزل أمس. وأفاد مصدر بأن تعرض القاعدة لهجوم بقذائف هاون قبل أيام دفع القوات إلى إخلاء القاعدة إلى إدلب.");
    expect(r.at(-1)!.places[0]?.value.id).toBe("jazal-field");
    expect(r.at(-1)!.places[0]?.confidence).toBeLessThanOrEqual(0.3);
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
