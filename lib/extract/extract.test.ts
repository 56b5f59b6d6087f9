// Rule families of the suggestion engine, on made-up sentences in the register of the Arabic
// and English press (not the seed or dev articles).
import { describe, expect, it } from "vitest";
import { suggestReports } from "./suggest";
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

// Token-level readings are tested in tokens.test.ts, each rule on its own examples in
// rules/rules.test.ts; here the fields come out of the whole pipeline.
const first = (body: string, publishedAt = "2022-09-10") => suggestReports({ body, publishedAt }, refs).reports[0];

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

describe("designations", () => {
  it("reads digits joined to a name («Su-24», «إف-16») as part of it, not as a tally or a count", () => {
    const en = first("A Su-24 strike hit Sarmin on Friday, killing two people.");
    expect(en?.mention ?? null).toBeNull();
    expect(en?.counts.map((c) => c.value.count) ?? []).not.toContain(24);
    const ar = first("قصفت طائرة حربية من طراز سو-24 بلدة سرمين أمس.");
    expect(ar?.mention ?? null).toBeNull();
    expect(ar?.counts.map((c) => c.value.count) ?? []).not.toContain(24);
  });
  it("reads a number hyphened to a code that ends in digits («qx7-12», «T-72-3») as part of the code", () => {
    const unit = first("أعلنت كتائب الصخرة qx7-12 أمس استهداف قاعدة التياس بطائرة مسيرة.");
    expect(unit?.mention ?? null).toBeNull();
    expect(unit?.counts.map((c) => c.value.count) ?? []).not.toContain(12);
    const tank = first("A T-72-3 tank was hit near Sarmin on Friday.");
    expect(tank?.counts.map((c) => c.value.count) ?? []).not.toContain(3);
  });
  it("still reads digits after a hyphen that follows a plain number as a number («3-4 صواريخ»)", () => {
    expect(first("سقطت 3-4 صواريخ على سرمين أمس.")?.counts.map((c) => c.value.count)).toContain(3);
  });
  it("still reads a number set apart by a space as a tally («19 مرة»)", () => {
    expect(first("تعرضت القوات للهجوم 19 مرة في سرمين.")?.mention).toBe("background");
  });
});

describe("counts", () => {
  const counts = (s: string) => (first(s)?.counts ?? []).filter((c) => c.confidence > 0.5).map((c) => c.value.count);
  it("reads digits and number words, masculine and feminine, before the noun", () => {
    expect(counts("أطلقت الفصائل ثلاثة صواريخ على سرمين أمس.")).toEqual([3]);
    expect(counts("سقطت سبع قذائف على سرمين أمس.")).toEqual([7]);
    expect(counts("شنت الطائرات ١٢ غارة على سرمين أمس.")).toEqual([12]);
    expect(counts("Russian forces fired four rockets at Sarmin on Friday.")).toEqual([4]);
  });
  it("reads «واحد» after the noun and dual nouns alone", () => {
    expect(counts("أطلقوا صاروخاً واحداً على سرمين أمس.")).toEqual([1]);
    expect(counts("أسقطت الدفاعات طائرتين مسيرتين فوق سرمين أمس.")).toEqual([2]);
  });
  it("ignores numbers that count nothing of interest", () => {
    expect(counts("سقطت قذائف على بعد 15 كيلومترا من سرمين أمس.")).toEqual([]);
  });
});

describe("casualties", () => {
  const tolls = (s: string) => (first(s)?.casualties ?? []).map((c) => `${c.value.kind}:${c.value.count}`);
  it("reads killed and injured on either side of the number", () => {
    expect(tolls("أسفر القصف على سرمين أمس عن مقتل أربعة مدنيين")).toEqual(["killed:4"]);
    expect(tolls("وسقط 9 قتلى في قصف على سرمين أمس")).toEqual(["killed:9"]);
    expect(tolls("قصفت الطائرات سرمين أمس، وأصيب ما لا يقل عن 11 آخرين")).toEqual(["injured:11"]);
    expect(tolls("Shells hit Sarmin on Friday; two soldiers were killed and 5 others wounded.")).toEqual(["killed:2", "injured:5"]);
    expect(tolls("سقط قتيلان وجريحان في قصف على سرمين أمس")).toEqual(["killed:2", "injured:2"]);
    expect(tolls("A blast hit the market in Sarmin on Friday, killing four civilians and wounding more than 20.")).toEqual(["killed:4", "injured:20"]);
    expect(tolls("The shelling of Sarmin on Friday killed two farmers and injured at least 9 others.")).toEqual(["killed:2", "injured:9"]);
    expect(tolls("أسفر قصف سرمين أمس عن مقتل عنصرين")).toEqual(["killed:2"]);
  });
  it("reads that nobody was hurt", () => {
    expect(tolls("قصفت الطائرات سرمين أمس ولم يسفر الهجوم عن أي إصابات")).toEqual(["none:null"]);
    expect(tolls("Shells fell on Sarmin on Friday. There were no injuries.")).toEqual(["none:null"]);
  });
});

describe("sources", () => {
  const cited = (s: string) => suggestReports({ body: s, publishedAt: "2022-09-10" }, refs).sources.map((x) => `${x.value.kind}:${x.value.name}`);
  it("reads unnamed sources with what qualifies them, and their kind", () => {
    expect(cited("وقالت مصادر محلية إن قذائف سقطت على سرمين أمس")).toEqual(["local:مصادر محلية"]);
    expect(cited("سقطت قذائف على سرمين أمس بحسب مصدر أمني")).toEqual(["official:مصدر أمني"]);
    expect(cited("وقال مسؤولان أميركيان إن قذائف سقطت على سرمين أمس")).toEqual(["official:مسؤولان أميركيان"]);
  });
  it("reads known monitors, agencies and officials", () => {
    expect(cited("وذكر المرصد السوري لحقوق الإنسان أن قذائف سقطت على سرمين")).toEqual(["monitor:المرصد السوري لحقوق الإنسان"]);
    expect(cited("Shells hit Sarmin on Friday, according to Reuters.")).toEqual(["agency:Reuters"]);
    expect(cited("أعلنت سنتكوم سقوط قذائف على سرمين")).toEqual(["official:القيادة المركزية الأميركية (سنتكوم)"]);
  });
  it("reads agencies no list names by the words that introduce them, only when cited", () => {
    expect(cited("The Orbis news agency reported that two shells fell on Sarmin.")).toEqual(["agency:Orbis news agency"]);
    expect(cited("وأصدرت وكالة الطاقة تقريرا عن سرمين")).toEqual([]);
  });
  it("reads English sources whose adjective comes first", () => {
    expect(cited("The convoy was hit near Sarmin, a military source said.")).toEqual(["official:military source"]);
    expect(cited("Two US officials said the drone was not intercepted over Sarmin.")).toEqual(["official:Two US officials"]);
  });
  it("reads a government with its nationality only when it speaks", () => {
    expect(cited("ونفت الحكومة التركية أي علاقة بالقصف على سرمين")).toEqual(["official:الحكومة التركية"]);
    expect(cited("ما دفع الحكومة التركية إلى إرسال تعزيزات إلى سرمين")).toEqual([]);
  });
  it("maps a spokesperson to the institution and keeps the person", () => {
    const s = suggestReports({ body: "وقال المتحدث باسم هيئة تحرير الشام عادل الحموي إن القصف استهدف سرمين", publishedAt: "2022-09-10" }, refs).sources;
    expect(s[0]?.value).toMatchObject({ name: "هيئة تحرير الشام", person: "عادل الحموي" });
  });
  it("marks a wire agency that carries someone else's claim as a relay", () => {
    const s = suggestReports({ body: "وقال مصدر عسكري لرويترز إن قذائف سقطت على سرمين أمس", publishedAt: "2022-09-10" }, refs).sources;
    expect(s.find((x) => x.value.kind === "agency")?.value.role).toBe("relay");
    expect(s.find((x) => x.value.kind === "official")?.value.role).toBeUndefined();
  });
});

describe("claimants", () => {
  const actors = (s: string) => first(s)?.actors.map((a) => `${a.value.id}:${a.value.role}`) ?? [];
  it("tells a claim of responsibility from a mention", () => {
    expect(actors("تبنت هيئة تحرير الشام الهجوم على سرمين أمس")).toEqual(["1:claimant"]);
    expect(actors("قصفت القوات الروسية مواقع هيئة تحرير الشام في سرمين أمس")).toEqual(["2:actor"]);
  });
  it("takes the owner of the weapon used for the party that acted", () => {
    expect(actors("أسقطت الدفاعات الجوية طائرة مسيرة تتبع لهيئة تحرير الشام فوق سرمين أمس.")).toContain("1:actor");
    expect(actors("Air defences downed a drone belonging to Hayat Tahrir al-Sham over Sarmin on Friday.")).toContain("1:actor");
  });
  it("skips a description set off by commas between the group and its claim", () => {
    expect(actors("Hayat Tahrir al-Sham, which controls much of the north-west, claimed the shelling of Sarmin on Friday.")).toEqual(["1:claimant"]);
    expect(actors("وقالت هيئة تحرير الشام، التي تسيطر على أجزاء من الشمال، إنها استهدفت مواقع في سرمين أمس.")).toEqual(["1:claimant"]);
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
    const r = suggestReports(
      { body: "استهدفت طائرات مسيرة ثلاثة مواقع عسكرية أمس. اثنان منها في سرمين، والثالث قرب مدينة إدلب.", publishedAt: "2022-09-10" },
      refs,
    );
    expect(r.reports).toHaveLength(1);
    expect(r.reports[0]!.places[0]?.value.id).toBe("sarmin");
  });

  it("gives a «similar» attack the type of the incident told before it", () => {
    const r = suggestReports(
      { body: "قصفت طائرات مسيرة مطار التيفور فجر اليوم. وكانت هيئة تحرير الشام قد شنت هجمات مماثلة على بلدة سرمين أمس.", publishedAt: "2022-09-10" },
      refs,
    );
    expect(r.reports.map((x) => x.type?.value)).toEqual(["drone_attack", "drone_attack"]);
    expect(r.reports[1]!.type!.evidence.exact).toBe("مماثلة");
    const plain = suggestReports(
      { body: "قصفت طائرات مسيرة مطار التيفور فجر اليوم. وكانت هيئة تحرير الشام قد شنت هجمات على بلدة سرمين أمس.", publishedAt: "2022-09-10" },
      refs,
    );
    expect(plain.reports[1]?.type ?? null).toBeNull();
  });

  it("reads the incident named after «تأتي بعد أيام من…» as an earlier one of its own", () => {
    const body = "وصلت قافلة تعزيزات روسية إلى مطار التيفور اليوم. وتأتي التعزيزات بعد أيام قليلة من قافلة مماثلة وصلت إلى بلدة سرمين.";
    const r = suggestReports({ body, publishedAt: "2022-09-10" }, refs);
    expect(r.reports.map((x) => x.places[0]?.value.id)).toEqual(["tiyas-base", "sarmin"]);
    expect(r.reports.map((x) => x.type?.value)).toEqual(["convoy", "convoy"]);
  });

  it("a modal in a clause coordinated after the incident does not make it hypothetical", () => {
    const told = suggestReports(
      { body: "Russian forces struck Sarmin on Friday with rockets, and officials said they would keep up the pressure.", publishedAt: "2022-09-11" },
      refs,
    );
    expect(told.reports.map((r) => r.date?.value.date)).toEqual(["2022-09-09"]);
    const feared = suggestReports(
      { body: "Officials warned that Russian forces could strike Sarmin on Friday with rockets.", publishedAt: "2022-09-11" },
      refs,
    );
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
      {
        body: "سقطت قذائف هاون على بلدة سرمين أمس.\nوأوضح ناشطون أن المنطقة تشهد توتراً.\nوأسفر القصف عن مقتل ثلاثة مدنيين في مدينة إدلب.",
        publishedAt: "2022-09-10",
      },
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
    const r = reportsOf(
      "قال مصدر إن هيئة تحرير الشام استهدفت قاعدة التياس بخمس قذائف أمس، مضيفا أن القوات الروسية ردت على الهجوم بالمدفعية. وأوضح المصدر أن القذائف لم تصب القاعدة ولم تقع إصابات.",
    );
    expect(r).toHaveLength(2);
    expect(r[1]!.actors[0]?.value.id).toBe(2);
    expect(r[1]!.type?.value).toBe("shelling");
    // The shells named again go on about the attack, not the response.
    expect(r[0]!.evidence.end).toBeGreaterThan(r[1]!.evidence.end);
  });
  it("places a response where it struck, not at the attacked base it struck from", () => {
    const r = reportsOf(
      "تعرضت قاعدة التياس لقصف بالصواريخ أمس، فيما ردت القوات الروسية عبر قصف مواقع الفصائل. كذلك، أوضحت المصادر أن مدفعية القوات الروسية في قاعدة التياس قصفت مواقع في سرمين.",
    );
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
  it("no pattern outside comments, descriptions and examples spells ة ى أ إ آ ؤ ئ, which folded text never holds", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dirs = [new URL(".", import.meta.url), new URL("./rules/", import.meta.url)];
    const offending = dirs.flatMap((dir) =>
      readdirSync(dir)
        // examples.ts is invented article text and gazetteer rows, folded when compiled.
        .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "examples.ts")
        .flatMap((f) =>
          readFileSync(new URL(f, dir), "utf8")
            .split("\n")
            .map((line) => line.replace(/\/\/.*$/, ""))
            .join("\n")
            // A rule's description and examples, on one line or spread over several.
            .replace(/\b(?:does|pos|neg):\s*(?:\[[^\]]*\]|"(?:[^"\\]|\\.)*")/g, "")
            .split("\n")
            .filter((line) => /[ةىأإآؤئ]/.test(line) && !/\[اويى\]/.test(line))
            .map((line) => `${f}: ${line.trim()}`),
        ),
    );
    expect(offending).toEqual([]);
  });
});
