// The general rules added to the Arabic assist to reach its recall targets, each on a made-up
// example of the same form (never the seed or dev articles, which score the rules).
import { describe, expect, it } from "vitest";
import { foldWithOffsets } from "@/lib/arabic/normalize";
import { dateFromUrl, inferArticleDate } from "@/lib/dates/article-date";
import { findDateMentions } from "@/lib/dates/mentions";
import { splitClauses } from "@/lib/extract/clauses";
import { compileRefs } from "@/lib/extract/refs";
import { analyse } from "@/lib/extract/tagger";
import { suggestReports } from "@/lib/extract";
import type { ActorRef, PlaceRef } from "@/lib/extract/types";

const places: PlaceRef[] = [
  { id: "syria", nameAr: "سوريا", nameEn: "Syria", aliasesAr: ["سورية"], aliasesEn: [], kind: "country", country: "SY" },
  { id: "lebanon", nameAr: "لبنان", nameEn: "Lebanon", aliasesAr: [], aliasesEn: [], kind: "country", country: "LB" },
  { id: "turkey", nameAr: "تركيا", nameEn: "Turkey", aliasesAr: [], aliasesEn: [], kind: "country", country: "TR" },
  { id: "cedar-base", nameAr: "قاعدة الأرز", nameEn: "Cedar base", aliasesAr: [], aliasesEn: [], kind: "base", country: "LB" },
  { id: "incirlik", nameAr: "قاعدة إنجرليك", nameEn: "Incirlik", aliasesAr: ["إنجرليك"], aliasesEn: [], kind: "base", country: "TR" },
  { id: "kurecik", nameAr: "قاعدة كوريجيك", nameEn: "Kurecik", aliasesAr: ["كوريجيك"], aliasesEn: [], kind: "base", country: "TR" },
  { id: "tiyas-base", nameAr: "قاعدة التياس", nameEn: "T4 airbase", aliasesAr: ["مطار التيفور", "التيفور"], aliasesEn: ["T4"], kind: "base", country: "SY" },
  { id: "sarmin", nameAr: "سرمين", nameEn: "Sarmin", aliasesAr: [], aliasesEn: [], kind: "town", country: "SY" },
];
const actors: ActorRef[] = [{ id: 1, nameAr: "القوات الروسية", nameEn: "Russian forces", aliases: [] }];
const refs = { places, actors };

describe("article date from the URL", () => {
  it("reads the day a path states, in digits or in words", () => {
    expect(dateFromUrl("https://news.example/2022/03/07/%D9%82%D8%B5%D9%81-%D8%B3%D8%B1%D9%85%D9%8A%D9%86")?.value).toBe("2022-03-07");
    expect(dateFromUrl("https://example.org/world/2021-12-30-strikes-hit")?.value).toBe("2021-12-30");
    expect(dateFromUrl("https://example.org/article/rockets-hit-base-march-7,-2022,-10:15-am")?.value).toBe("2022-03-07");
  });
  it("does not take a year and month, an id or the host for a day", () => {
    expect(dateFromUrl("https://example.org/2022/03/165957.html")).toBeNull();
    expect(dateFromUrl("https://example.org/a/1843485")).toBeNull();
    expect(dateFromUrl("https://2022-03-07.example.org/story")).toBeNull();
  });
  it("dates an article whose published date is missing", () => {
    const d = inferArticleDate("قصف على سرمين أمس.", { url: "https://news.example/2022/03/07/x", pasteDate: "2022-03-08" });
    expect(d).toMatchObject({ value: "2022-03-07", evidence: null });
    // A published date from the metadata still wins.
    expect(inferArticleDate("x", { url: "https://news.example/2022/03/07/x", publishedAt: "2022-03-06" })?.value).toBe("2022-03-06");
  });
  it("is passed through suggestReports", () => {
    const out = suggestReports(
      { body: "قصفت القوات الروسية بلدة سرمين بالصواريخ أمس.", url: "https://news.example/2022/03/07/x", pasteDate: "2022-03-08" },
      refs,
    );
    expect(out.articleDate?.value).toBe("2022-03-07");
    expect(out.reports[0]?.date?.value).toEqual({ date: "2022-03-06", precision: "day" });
  });
});

describe("an undated paste dated by the latest full date it states", () => {
  // 3 March 2022 was a Thursday; the text was written after it, the paste years later.
  const body = [
    "قصفت القوات الروسية بلدة سرمين بالصواريخ أمس الخميس.",
    "وتقع البلدة شرق مدينة إدلب، وتشهد منذ أشهر قصفا متكررا يطال الأحياء السكنية والأسواق والمدارس، وسط نزوح مستمر للأهالي نحو المخيمات القريبة من الحدود، بحسب ناشطين في المنطقة.",
    "وكتب مراسل على حسابه: القصف مستمر — March 3, 2022",
  ].join("\n");
  it("reads relative dates against it, as approximate", () => {
    const out = suggestReports({ body, pasteDate: "2024-06-01" }, refs);
    expect(out.articleDate).toBeNull();
    expect(out.reports[0]?.date?.value).toEqual({ date: "2022-03-03", precision: "approximate" });
    expect(out.reports[0]?.date?.confidence).toBeLessThanOrEqual(0.4);
  });
  it("never reads them against the paste day, even a recent one: the text's date, approximate, and the article date asked for", () => {
    const out = suggestReports({ body, pasteDate: "2022-03-05" }, refs);
    expect(out.reports[0]?.date?.value).toEqual({ date: "2022-03-03", precision: "approximate" });
    expect(out.reports[0]?.dateBasis).toMatchObject({ anchor: "text", anchorDate: "2022-03-03" });
    expect(out.reports[0]?.dateWarnings).toContain("no_article_date");
    expect(out.needsArticleDate).toBe(true);
  });
  it("proposes no date without any full date in the text", () => {
    const out = suggestReports({ body: "قصفت القوات الروسية بلدة سرمين بالصواريخ أمس الخميس." }, refs);
    expect(out.reports[0]?.date).toBeNull();
  });
});

describe("a withdrawal told in recent days", () => {
  it("reads «in recent days» and «في الأيام الأخيرة» as approximate dates", () => {
    const out = suggestReports(
      {
        body: "Russian forces struck Sarmin with rockets on Monday.\n\nIn recent days, most of the troops were transferred to a nearby post.",
        publishedAt: "2022-03-09",
      },
      refs,
    );
    expect(out.reports).toHaveLength(2);
    expect(out.reports[1]?.type?.value).toBe("other");
    expect(out.reports[1]?.date?.value).toEqual({ date: "2022-03-06", precision: "approximate" });
    const ar = foldWithOffsets("انسحبت القوات في الأيام الأخيرة").text;
    expect(findDateMentions(ar).map((m) => m.kind)).toEqual(["relative"]);
  });
  it("offers the place of the report before, unsure, to a report that names none", () => {
    const out = suggestReports(
      {
        body: "Russian forces struck Sarmin with rockets on Monday.\n\nIn recent days, most of the troops were transferred to a nearby post.",
        publishedAt: "2022-03-09",
      },
      refs,
    );
    expect(out.reports[1]?.places[0]?.value.id).toBe("sarmin");
    expect(out.reports[1]?.places[0]?.confidence).toBeLessThanOrEqual(0.3);
  });
});

describe("an unnamed base in a country", () => {
  it("is the one base the gazetteer knows in that country, unsure", () => {
    const out = suggestReports({ body: "قتل جنديان في هجوم بطائرة مسيرة على قاعدة شمال لبنان أمس.", publishedAt: "2022-03-09" }, refs);
    expect(out.reports[0]?.places[0]?.value.id).toBe("cedar-base");
    expect(out.reports[0]?.places[0]?.confidence).toBeLessThan(0.5);
    expect(out.reports[0]?.places[0]?.evidence.exact).toBe("قاعدة شمال لبنان");
    const en = suggestReports({ body: "A drone hit a base in Lebanon on Monday, wounding two soldiers.", publishedAt: "2022-03-09" }, refs);
    expect(en.reports[0]?.places[0]?.value.id).toBe("cedar-base");
  });
  it("is not guessed where the country has several bases, or for bases in the plural", () => {
    const tr = suggestReports({ body: "A drone hit a base in Turkey on Monday, wounding two soldiers.", publishedAt: "2022-03-09" }, refs);
    expect(tr.reports[0]?.places[0]?.value.id).toBe("turkey");
    const plural = suggestReports({ body: "استهدفت طائرات مسيرة أمس قواعد في سوريا ولبنان.", publishedAt: "2022-03-09" }, refs);
    expect(plural.reports.flatMap((r) => r.places.map((p) => p.value.id))).not.toContain("cedar-base");
  });
});

// The clauses of a text (lib/extract/clauses.ts), as the words they cover.
function clausesOf(s: string) {
  const folded = foldWithOffsets(s);
  const doc = analyse(s, folded, compileRefs(refs), findDateMentions(folded.text));
  return splitClauses(doc).map((c) => s.slice(doc.tokens[c.i]!.from, doc.tokens[c.j - 1]!.to));
}

describe("sentences", () => {
  const pieces = clausesOf;
  it("end at a full stop with no space before an Arabic letter, not inside «U.S.»", () => {
    expect(pieces("قصفت القوات مواقع في سرمين.وقالت مصادر إن القصف مستمر.")).toHaveLength(2);
    expect(pieces("U.S.-led forces struck Sarmin.")).toHaveLength(1);
  });
  it("open a clause at «رداً على» / «in response to» without a comma", () => {
    expect(pieces("شنت القوات الروسية ضربات على سرمين رداً على هجوم بطائرة مسيرة")).toHaveLength(2);
    expect(pieces("Russian forces struck Sarmin in response to a drone attack")).toHaveLength(2);
  });
  it("do not keep the full stop after an Arabic month in the date's words", () => {
    const t = foldWithOffsets("وقع الهجوم في 28 كانون الثاني.").text;
    expect(t.slice(findDateMentions(t)[0]!.start, findDateMentions(t)[0]!.end)).toBe("28 كانون الثاني");
  });
});

describe("an earlier incident named as the reason for a response", () => {
  const body =
    "وشنت القوات الروسية ليل الجمعة ضربات على مواقع في سرمين رداً على مقتل جنديين في هجوم بطائرة مسيرة على مطار التيفور في 1 آذار.\nوأحصت مصادر محلية مقتل 12 مسلحا في الضربات.";
  const out = suggestReports({ body, publishedAt: "2022-03-07" }, refs);
  it("is a report of its own with its own date and place", () => {
    const attack = out.reports.find((r) => r.places[0]?.value.id === "tiyas-base");
    expect(attack?.date?.value).toEqual({ date: "2022-03-01", precision: "day" });
    expect(attack?.type?.value).toBe("drone_attack");
  });
  it("while a later sentence about the strikes goes with the strikes", () => {
    expect(out.reports).toHaveLength(2);
    const strikes = out.reports.find((r) => r.type?.value === "airstrike");
    expect(strikes?.date?.value).toEqual({ date: "2022-03-04", precision: "day" });
    expect(strikes?.casualties.map((c) => c.value)).toEqual([{ kind: "killed", count: 12 }]);
  });
  it("but a response that names no date of its own is still the reason for what came before", () => {
    const r = suggestReports(
      { body: "قصفت طائرة مسيرة مطار التيفور أمس. وشنت القوات الروسية ضربات على سرمين رداً على الهجوم.", publishedAt: "2022-03-07" },
      refs,
    );
    expect(r.reports.map((x) => x.type?.value)).toEqual(["drone_attack", "airstrike"]);
  });
});

describe("a part of a month", () => {
  const read = (s: string, anchor: string) => {
    const t = foldWithOffsets(s).text;
    return suggestReports({ body: s, publishedAt: anchor }, refs).reports[0]?.date?.value ?? findDateMentions(t);
  };
  it("is an approximate day in the middle of that part", () => {
    expect(read("Russian forces struck Sarmin with rockets late last month.", "2022-03-09")).toEqual({ date: "2022-02-26", precision: "approximate" });
    expect(read("قصفت القوات الروسية بلدة سرمين بالصواريخ في أواخر الشهر الماضي.", "2022-03-09")).toEqual({ date: "2022-02-26", precision: "approximate" });
    expect(read("قصفت القوات الروسية بلدة سرمين في منتصف كانون الثاني 2022.", "2022-02-09")).toEqual({ date: "2022-01-15", precision: "approximate" });
    expect(read("Russian forces shelled Sarmin in mid-January.", "2022-03-09")).toEqual({ date: "2022-01-15", precision: "approximate" });
  });
  it("never lies after the article («early this month» on the 3rd)", () => {
    expect(read("Russian forces struck Sarmin with rockets early this month.", "2022-03-03")).toEqual({ date: "2022-03-03", precision: "approximate" });
  });
  it("leaves a month alone at month precision", () => {
    expect(read("قصفت القوات الروسية بلدة سرمين خلال الشهر الماضي.", "2022-03-09")).toEqual({ date: "2022-02-01", precision: "month" });
  });
});

describe("English abbreviations", () => {
  it("do not end a sentence («U.S. soldiers», «Gen. Smith»)", () => {
    expect(clausesOf("A drone killed three U.S. soldiers on Monday, Gen. Smith said. Rockets hit Sarmin.")).toHaveLength(2);
  });
});

describe("«another» attack", () => {
  it("opens a report of its own even without a place of its own", () => {
    const out = suggestReports(
      { body: "Russian forces struck Sarmin with rockets on Monday.\n\nAnother drone attack killed two fighters late last month.", publishedAt: "2022-03-09" },
      refs,
    );
    expect(out.reports.map((r) => r.type?.value)).toEqual(["rocket_attack", "drone_attack"]);
    const ar = suggestReports(
      { body: "قصفت القوات الروسية بلدة سرمين بالصواريخ أمس. وفي هجوم آخر قتل مسلحان بطائرة مسيرة قبل أيام.", publishedAt: "2022-03-09" },
      refs,
    );
    expect(ar.reports).toHaveLength(2);
  });
});

describe("an incident told in a statement", () => {
  it("is dated, approximately, by the day of the statement when it has no date of its own", () => {
    const out = suggestReports(
      {
        body: "A commander told reporters on Monday that the army needs more air defences after two fighters were killed in a drone attack on Sarmin.",
        publishedAt: "2022-03-09",
      },
      refs,
    );
    expect(out.reports[0]?.date?.value).toEqual({ date: "2022-03-07", precision: "approximate" });
    expect(out.reports[0]?.date?.evidence.exact).toBe("on Monday");
  });
});

describe("tolls said as martyrdom", () => {
  it("reads «martyred» and «استشهد» as killed", () => {
    const en = suggestReports(
      { body: 'The group said "four of our fighters were martyred" in a drone attack on Sarmin on Monday.', publishedAt: "2022-03-09" },
      refs,
    );
    expect(en.reports[0]?.casualties.map((c) => c.value)).toEqual([{ kind: "killed", count: 4 }]);
    const ar = suggestReports({ body: "استشهد ثلاثة من مقاتلينا في هجوم بطائرة مسيرة على سرمين أمس.", publishedAt: "2022-03-09" }, refs);
    expect(ar.reports[0]?.casualties.map((c) => c.value)).toEqual([{ kind: "killed", count: 3 }]);
  });
});

describe("tolls and counts", () => {
  const first = (body: string) => suggestReports({ body, publishedAt: "2022-03-09" }, refs).reports[0];
  const tolls = (body: string) => first(body)?.casualties.map((c) => `${c.value.kind}:${c.value.count}`);
  it("read digits that carry a proclitic («و11 جريحا»)", () => {
    expect(tolls("سقط 2 قتلى و9 جرحى في قصف صاروخي على سرمين أمس.")).toEqual(["killed:2", "injured:9"]);
  });
  it("take the lower bound of a range", () => {
    expect(tolls("قتل بين 4 و6 عناصر في قصف بالصواريخ على سرمين أمس.")).toEqual(["killed:4"]);
    expect(tolls("Between two and four fighters were wounded in a rocket attack on Sarmin on Monday.")).toEqual(["injured:2"]);
    expect(first("أطلقت القوات الروسية 3 إلى 5 صواريخ على سرمين أمس.")?.counts.map((c) => c.value.count)).toEqual([3]);
  });
  it("count one person named in the singular", () => {
    expect(tolls("أصيب مدني بجروح في قصف مدفعي على سرمين أمس.")).toEqual(["injured:1"]);
    expect(tolls("A civilian was killed in a drone attack on Sarmin on Monday.")).toEqual(["killed:1"]);
    expect(tolls("Rockets hit Sarmin on Monday, killing a local guard.")).toEqual(["killed:1"]);
    // A number after the noun is the toll («مقتل عنصر» is not «مقتل عناصر 3»).
    expect(tolls("أعلنت مصادر مقتل 3 عناصر في قصف على سرمين أمس.")).toEqual(["killed:3"]);
  });
  it("read a dual in construct («قذيفتي هاون») as two", () => {
    expect(first("أطلقت القوات الروسية ثلاثة صواريخ وقذيفتي هاون على سرمين أمس.")?.counts.map((c) => c.value.count)).toEqual([3, 2]);
  });
  it("do not read «4 على قاعدة» as four bases, and propose a tally «توزعت على…» only flagged as background", () => {
    const out = suggestReports(
      { body: "وتوزعت الهجمات الأخيرة، بحسب مصادر محلية، على 4 استهدفت قاعدة التياس، و5 على بلدة سرمين.", publishedAt: "2022-03-09" },
      refs,
    );
    expect(out.reports.flatMap((r) => r.counts.map((c) => c.value.count))).toEqual([]);
    expect(out.reports.map((r) => r.mention)).toEqual(["background"]);
  });
});

describe("actors", () => {
  const withUs = {
    places,
    actors: [
      ...actors,
      { id: 2, nameAr: "القوات الأميركية", nameEn: "US forces", aliases: ["US military"] },
      { id: 3, nameAr: "جيش الفتح", nameEn: "Army of Conquest", aliases: [] },
    ],
  };
  const ids = (body: string) => suggestReports({ body, publishedAt: "2022-03-09" }, withUs).reports.flatMap((r) => r.actors.map((a) => a.value.id));
  it("match an English name written with «U.S.», «American», «troops»", () => {
    expect(ids("U.S. troops struck Sarmin with rockets on Monday.")).toEqual([2]);
    expect(ids("American forces struck Sarmin with rockets on Monday.")).toEqual([2]);
  });
  it("are the subject of a verb that carries its object («نفذتها X»)", () => {
    expect(ids("وجاء ذلك بعد ضربات صاروخية على سرمين أمس نفذتها القوات الأميركية.")).toEqual([2]);
  });
  it("claim an attack their statement tells («بيان صادر عن X: استهدف…»)", () => {
    const out = suggestReports({ body: 'وجاء في بيان صادر عن "جيش الفتح": "استهدف مقاتلونا بلدة سرمين بالصواريخ أمس".', publishedAt: "2022-03-09" }, withUs);
    expect(out.reports[0]?.actors[0]?.value).toMatchObject({ id: 3, role: "claimant" });
  });
  it("withdrew when their troops «were transferred»", () => {
    expect(ids("Rockets hit Sarmin on Monday.\n\nIn recent days, most of the US military were temporarily transferred to a nearby post.")).toContain(2);
  });
});
