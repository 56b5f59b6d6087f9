// Whole invented articles through the pipeline: one report per incident, a second one of the
// kind apart and flagged, background and earlier mentions flagged, a timeline item per report,
// dates that say what they are, and quotes of the sentences that tell each incident.
import { describe, expect, it } from "vitest";
import { EXAMPLE_REFS } from "./rules/examples";
import { suggestReports } from "./suggest";

const run = (body: string, publishedAt: string | null = "2024-03-06") => suggestReports({ body, publishedAt }, EXAMPLE_REFS);

describe("a second event of the same kind at the same place on the same day", () => {
  it("is a report of its own, flagged as a sequel (Arabic)", () => {
    const out = run(
      "دخل رتل عسكري أميركي مؤلف من 25 شاحنة إلى سوريا عبر معبر القصر صباح اليوم الأربعاء، بحسب مصادر محلية. وبعد ساعات، عبر رتل ثانٍ يضم 18 آلية من معبر القصر متجهاً إلى قاعدة تل الحمراء.",
    );
    expect(out.reports).toHaveLength(2);
    expect(out.reports.map((r) => r.type?.value)).toEqual(["convoy", "convoy"]);
    expect(out.reports.map((r) => r.sequel ?? false)).toEqual([false, true]);
    expect(out.reports.map((r) => r.counts[0]?.value.count)).toEqual([25, 18]);
    expect(out.reports[1]!.places.map((p) => p.value.id)).toContain("qasr-crossing");
  });
  it("is a report of its own, flagged as a sequel, when told as «another» or «again»", () => {
    const another = run("Drones hit Tell Hamra base on Tuesday. In another attack, rockets hit the base in the evening.");
    expect(another.reports.map((r) => r.sequel ?? false)).toEqual([false, true]);
    const again = run("قصفت طائرات مسيرة قاعدة تل الحمراء صباح اليوم. وقصفت الطائرات المسيرة القاعدة مجدداً مساء اليوم.");
    expect(again.reports.map((r) => r.sequel ?? false)).toEqual([false, true]);
  });
  it("is a report of its own, flagged as a sequel (English)", () => {
    const out = run(
      "A convoy of 30 trucks entered Syria through the Qasr crossing on Wednesday morning, local sources said. Hours later, a second convoy crossed at Qasr crossing.",
    );
    expect(out.reports.map((r) => r.sequel ?? false)).toEqual([false, true]);
  });
});

describe("the date of a statement and the date of the incident", () => {
  it("reads the incident's date, not the day it was announced (Arabic)", () => {
    const r = run("قالت وزارة الدفاع الأميركية الثلاثاء إن ثلاثة جنود أصيبوا في هجوم بطائرة مسيرة على قاعدة الروضة الأسبوع الماضي.").reports[0]!;
    expect(r.date?.value).toEqual({ date: "2024-02-28", precision: "approximate" });
    expect(r.dateBasis).toEqual({ phrase: "الأسبوع الماضي", anchor: "published", anchorDate: "2024-03-06" });
  });
  it("reads the incident's date, not the day it was announced (English)", () => {
    const r = run("The Pentagon said on Tuesday that a drone attack on Rawda outpost on Sunday wounded three soldiers.").reports[0]!;
    expect(r.date?.value).toEqual({ date: "2024-03-03", precision: "day" });
    expect(r.dateBasis?.phrase).toBe("on Sunday");
  });
  it("falls back on the day of the statement, approximate, when the incident has no date of its own", () => {
    const r = run("The Pentagon said on Tuesday that three soldiers were wounded in a drone attack on Rawda outpost.").reports[0]!;
    expect(r.date?.value).toEqual({ date: "2024-03-05", precision: "approximate" });
  });
});

describe("an article with no date anywhere", () => {
  it("leaves a relative date unresolved, says what it would be read against, and asks for the article's date", () => {
    const out = run("قصفت طائرات مسيرة قاعدة تل الحمراء أمس الأربعاء.", null);
    expect(out.needsArticleDate).toBe(true);
    expect(out.articleDate).toBeNull();
    const r = out.reports[0]!;
    expect(r.date).toBeNull();
    expect(r.dateBasis).toEqual({ phrase: "أمس الأربعاء", anchor: "published", anchorDate: null });
    expect(r.dateWarnings).toEqual(["no_article_date"]);
  });
  it("still dates an incident the text dates in full", () => {
    const r = run("قصفت طائرات مسيرة قاعدة تل الحمراء في 3 آذار 2024.", null).reports[0]!;
    expect(r.date?.value).toEqual({ date: "2024-03-03", precision: "day" });
    expect(r.dateBasis?.anchor).toBe("absolute");
  });
});

describe("the text correcting the article's date", () => {
  it("reads «أمس» against the weekday the text says it was written on, a day before a date of posting", () => {
    // Published Thursday 2024-03-07; the text says «today, Wednesday».
    const r = run("قالت مصادر محلية اليوم الأربعاء إن طائرات مسيرة قصفت قاعدة تل الحمراء مساء أمس.", "2024-03-07").reports[0]!;
    expect(r.date?.value).toEqual({ date: "2024-03-05", precision: "day" });
    expect(r.dateBasis).toMatchObject({ anchor: "text", anchorDate: "2024-03-06" });
  });
});

describe("date warnings", () => {
  it("warns when the incident falls long before the article", () => {
    const r = run("وكانت جماعة النسر قد قصفت قاعدة تل الحمراء في 3 تشرين الأول 2023.").reports[0]!;
    expect(r.dateWarnings).toContain("long_before_published");
    expect(r.mention).toBe("earlier");
  });
  it("says nothing when the date is the article's own week", () => {
    expect(run("قصفت طائرات مسيرة قاعدة تل الحمراء أمس.").reports[0]!.dateWarnings).toEqual([]);
  });
});

describe("a timeline", () => {
  it("gives one report per dated item", () => {
    const out = run(
      "Recent attacks on the bases:\nFeb. 18 – Drones attacked Tell Hamra base.\nFeb. 20 – Rockets hit the Sahl field.\nFeb. 24 – Two drones were shot down near Marj.",
    );
    expect(out.reports.map((r) => r.date?.value.date)).toEqual(["2024-02-18", "2024-02-20", "2024-02-24"]);
    expect(out.reports.map((r) => r.places[0]?.value.id)).toEqual(["tell-hamra-base", "sahl-field", "marj"]);
  });
});

describe("background and earlier incidents", () => {
  it("proposes a tally only flagged as background", () => {
    const out = run("Drones hit Tell Hamra base on Monday. Since October, there have been more than 60 attacks on the bases in Syria.");
    expect(out.reports.map((r) => r.mention ?? null)).toEqual([null, "background"]);
  });
  it("flags an incident named as what came before", () => {
    const out = run("قصفت الطائرات مواقع جماعة النسر قرب المرج أمس. وتأتي الغارات بعد أيام من هجوم بطائرة مسيرة على قاعدة الروضة أسفر عن مقتل جنديين.");
    expect(out.reports.map((r) => r.mention ?? null)).toEqual([null, "earlier"]);
    expect(out.reports[1]!.places[0]?.value.id).toBe("rawda-post");
  });
});

describe("a headline", () => {
  it("that names a kind of attack («قصف صاروخي») counts no rocket, and tells no report of its own", () => {
    const out = run("قصف صاروخي يستهدف قاعدة في شرق البلاد\n\nالمرج - وكالات\n\nاستهدفت صواريخ قاعدة تل الحمراء شرقي سوريا مساء أمس، بحسب مصادر محلية.");
    expect(out.reports).toHaveLength(1);
    expect(out.reports[0]!.counts).toEqual([]);
  });
});

describe("a tally", () => {
  it("of many attacks, with or without a period, is background", () => {
    const out = run("Drones hit Tell Hamra base on Monday. More than 40 attacks have occurred in the region this year.");
    expect(out.reports.map((r) => r.mention ?? null)).toEqual([null, "background"]);
  });
});

describe("a lead-in that names no place", () => {
  it("goes with the first report after it, with the actor it names", () => {
    const out = run("جماعة النسر تستهدف قاعدة أمريكية بالصواريخ\n\nالمرج - وكالات\n\nسقطت صواريخ على قاعدة تل الحمراء شرقي سوريا مساء أمس، بحسب مصادر محلية.");
    expect(out.reports).toHaveLength(1);
    expect(out.reports[0]!.actors.map((a) => a.value.id)).toEqual([1]);
    expect(out.reports[0]!.rules).toContain("group-lead-in");
  });
});

describe("a dateline", () => {
  it("names where the story was filed, not where the incident happened", () => {
    const r = run("المرج - أصيب جنديان في هجوم بطائرة مسيرة على قاعدة في شرق سوريا أمس.").reports[0]!;
    expect(r.places.map((p) => p.value.id)).not.toContain("marj");
  });
});

describe("the quote of a proposal", () => {
  it("is the sentences that tell the incident, not a run from the headline down", () => {
    const headline = "تصعيد جديد في المنطقة";
    const filler = "وتشهد المنطقة منذ أشهر توتراً متزايداً بين الأطراف، وسط مخاوف من اتساع رقعة المواجهات وتراجع الخدمات.";
    const body = [headline, filler, filler, "قصفت طائرات مسيرة قاعدة تل الحمراء أمس، ما أدى إلى مقتل عنصرين.", filler].join("\n");
    const r = run(body).reports[0]!;
    expect(r.evidence.exact).toBe("قصفت طائرات مسيرة قاعدة تل الحمراء أمس، ما أدى إلى مقتل عنصرين.");
    expect(body.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.exact);
    expect(r.sentences?.map((x) => x.exact)).toEqual([r.evidence.exact]);
  });
});

describe("a spot inside the site just told", () => {
  it("is the same incident, even when the spot has a name of its own (Arabic)", () => {
    const inside = run("قصفت طائرات مسيرة قاعدة تل الحمراء فجر اليوم بعدة صواريخ. كما سقط صاروخ على مخيم وادي النور داخل القاعدة.");
    expect(inside.reports).toHaveLength(1);
    expect(inside.reports[0]!.places.map((p) => p.value.id)).toContain("tell-hamra-base");
    // Named with no «داخل القاعدة», the other place is another incident.
    const apart = run("قصفت طائرات مسيرة قاعدة تل الحمراء فجر اليوم بعدة صواريخ. كما سقط صاروخ على مخيم وادي النور.");
    expect(apart.reports).toHaveLength(2);
  });
  it("is the same incident (English)", () => {
    const inside = run("Drones struck Tell Hamra base early on Wednesday. A rocket also hit a depot at Wadi Nour inside the facility, a monitor said.");
    expect(inside.reports).toHaveLength(1);
    const apart = run("Drones struck Tell Hamra base early on Wednesday. A rocket also hit a depot at Wadi Nour, a monitor said.");
    expect(apart.reports).toHaveLength(2);
  });
});

describe("a site the report already gave less surely, named again", () => {
  it("is that report's site, not another incident", () => {
    // «a base in north-east Jordan» is read as the one base known there (0.4); named later, it is the same incident.
    const same = run(
      "قتل جنديان أميركيان فجر اليوم في هجوم بطائرة مسيرة على قاعدة تل الحمراء في شمال شرق الأردن. وقال مسؤولون إن مقتل الجنديين في قاعدة الروضة تصعيد خطير.",
    );
    expect(same.reports).toHaveLength(1);
    // Where the first report never pointed at it, the other base is another incident.
    const apart = run(
      "قتل جنديان أميركيان فجر اليوم في هجوم بطائرة مسيرة على قاعدة تل الحمراء في شمال سوريا. وقال مسؤولون إن مقتل الجنديين في قاعدة الروضة تصعيد خطير.",
    );
    expect(apart.reports).toHaveLength(2);
  });
});

describe("the party that responded, striking again", () => {
  const opening =
    "تعرضت قاعدة تل الحمراء لقصف صاروخي فجر اليوم، فيما ردت القوات الأميركية بقصف مواقع جماعة النسر. وأفادت مصادر محلية بسقوط عدة صواريخ على قاعدة تل الحمراء. ";
  const sentencesOf = (body: string) => run(body).reports.map((r) => (r.sentences ?? []).map((x) => x.exact));
  it("goes on with its response, even named from the base that was attacked", () => {
    const again = "كذلك قصفت مدفعية القوات الأميركية في قاعدة تل الحمراء مواقع في محيط المرج.";
    const reports = sentencesOf(opening + again);
    expect(reports).toHaveLength(2);
    expect(reports[1]).toContain(again);
    expect(reports[0]).not.toContain(again);
  });
  it("but the attackers striking again go on with the attack", () => {
    const again = "كذلك قصفت مدفعية جماعة النسر قاعدة تل الحمراء بالقذائف.";
    const reports = sentencesOf(opening + again);
    expect(reports[0]).toContain(again);
  });
});

describe("a toll told as the reason for what is said, in one of a series of attacks", () => {
  it("is an earlier incident, not the one the article tells", () => {
    const out = run(
      "Drones struck Tell Hamra base on Tuesday, a monitor said. The governor asked for more guards last week after four sentries were killed in one of the raids.",
    );
    expect(out.reports.map((r) => r.mention ?? null)).toEqual([null, "earlier"]);
    // The toll of the incident told, after «after», goes on with it.
    const same = run(
      "Drones struck Tell Hamra base on Tuesday, a monitor said. The governor asked for more guards after four sentries were killed in the raid.",
    );
    expect(same.reports).toHaveLength(1);
  });
});

describe("a second incident told later in the article", () => {
  it("in another province's city, in its own paragraph, is a report of its own (Arabic)", () => {
    const out = run(
      "سقطت قذيفتا هاون على حي سكني في مدينة كفر سالم صباح اليوم الأربعاء، ما أدى إلى إصابة ثلاثة مدنيين.\n\nوفي مدينة عين الورد، قصفت طائرة مسيرة مقراً لجماعة النسر، دون ورود معلومات عن خسائر.",
    );
    expect(out.reports.map((r) => r.places[0]?.value.id)).toEqual(["kafr-salem", "ain-ward"]);
    expect(out.reports.map((r) => r.type?.value)).toEqual(["shelling", "drone_attack"]);
  });
  it("in another province's city, in its own paragraph, is a report of its own (English)", () => {
    const out = run(
      "A rocket landed near Kafr Salem on Tuesday night, security officials said, causing no casualties.\n\nIn Ain al-Ward, gunmen attacked a checkpoint, killing two guards.",
    );
    expect(out.reports.map((r) => r.places[0]?.value.id)).toEqual(["kafr-salem", "ain-ward"]);
  });
  it("but a place of the same province named with the incident told again stays with it", () => {
    const out = run("A rocket landed near Kafr Salem on Tuesday night, security officials said.\n\nThe governor condemned the attack in Wadi Sahel.");
    expect(out.reports).toHaveLength(1);
  });
  it("a convoy told anew, at a city the report never named, is another convoy (Arabic)", () => {
    const out = run(
      "أفادت مصادر محلية بدخول رتل عسكري مؤلف من 25 شاحنة من معبر الجسر، صباح اليوم الأربعاء.\n\nكما وصلت تعزيزات عسكرية مؤلفة من 10 مدرعات إلى مدينة عين الورد.",
    );
    expect(out.reports.map((r) => r.type?.value)).toEqual(["convoy", "convoy"]);
    expect(out.reports.map((r) => r.places[0]?.value.id)).toEqual(["jisr-crossing", "ain-ward"]);
  });
  it("a convoy told anew in a later paragraph, after one placed and dated, is another convoy (English)", () => {
    const out = run(
      "A convoy of 30 trucks crossed into Syria through the Jisr crossing on Wednesday morning, local sources said.\n\nIn the evening, a convoy of 20 empty trucks left Syria for Jordan.",
    );
    expect(out.reports).toHaveLength(2);
    expect(out.reports.map((r) => r.counts[0]?.value.count)).toEqual([30, 20]);
  });
  it("but the convoy named again («الرتل», «the convoy») is the same one", () => {
    const ar = run("دخل رتل عسكري مؤلف من 25 شاحنة من معبر الجسر صباح اليوم الأربعاء.\n\nوتوجه الرتل بعد ذلك إلى مدينة عين الورد.");
    expect(ar.reports).toHaveLength(1);
    const en = run("A convoy of 30 trucks crossed into Syria through the Jisr crossing on Wednesday morning.\n\nThe convoy then headed to Ain al-Ward.");
    expect(en.reports).toHaveLength(1);
  });
  it("opened by «Elsewhere», «وفي حادثة منفصلة» is a report of its own, and takes no place from the one before", () => {
    const en = run(
      "A drone struck a car near Marj on Tuesday evening, killing three men.\n\nElsewhere in the province, gunmen attacked a checkpoint, killing two guards.",
    );
    expect(en.reports).toHaveLength(2);
    expect(en.reports[1]!.places).toEqual([]);
    const ar = run(
      "قصفت طائرات حربية مواقع قرب المرج فجر اليوم، ما أسفر عن مقتل ستة عناصر.\n\nوفي حادثة منفصلة، انفجر لغم بسيارة مدنية، ما أدى إلى مقتل شخصين.",
    );
    expect(ar.reports.map((r) => r.type?.value)).toEqual(["airstrike", "ied"]);
  });
  it("of another kind, told in words of its own in a paragraph of its own, is a report of its own", () => {
    const out = run(
      "قصفت طائرة مسيرة سيارة قرب المرج مساء أمس، ما أدى إلى مقتل ثلاثة عناصر.\n\nوفي ريف المرج، قُتل عنصران من الحرس الوطني بهجوم شنه مسلحون مجهولون على حاجز.",
    );
    expect(out.reports.map((r) => r.type?.value)).toEqual(["drone_attack", "armed_attack"]);
    // An explosion heard there is the attack told.
    const heard = run("قصفت طائرة مسيرة قاعدة تل الحمراء مساء أمس.\n\nوأفادت مصادر محلية بسماع دوي انفجار عنيف في المنطقة.");
    expect(heard.reports).toHaveLength(1);
  });
  it("but «a fourth rocket» after «three rockets» is one more of the munitions counted", () => {
    const out = run("Three rockets struck Tell Hamra base on Tuesday evening. A fourth rocket landed outside the perimeter, local sources said.");
    expect(out.reports).toHaveLength(1);
    // A second attack is another incident still.
    const attack = run("Three rockets struck Tell Hamra base on Tuesday evening. A second rocket attack hit the base at night.");
    expect(attack.reports.map((r) => r.sequel ?? false)).toEqual([false, true]);
  });
  it("but a headline's «عبوتان» does not make the body's «عبوة ثانية» one of its munitions", () => {
    const out = run(
      "عبوتان ناسفتان تستهدفان شاحنتين للإمداد في المرج ووادي النور\n\nانفجرت عبوة ناسفة صباح اليوم على شاحنة للإمداد قرب المرج، ما أدى إلى إعطابها.\n\nوفي حادث منفصل، انفجرت عبوة ناسفة ثانية على شاحنة قرب وادي النور، ما أسفر عن إصابة سائقها.",
    );
    expect(out.reports.map((r) => r.sequel ?? false)).toEqual([false, true]);
    // The body's own count still takes the next munition in.
    const counted = run(
      "Rockets hit Tell Hamra base\n\nThree rockets struck Tell Hamra base on Tuesday evening. A fourth rocket landed outside the perimeter, local sources said.",
    );
    expect(counted.reports).toHaveLength(1);
  });
  it("told as «غارة جوية ثانية» is a sequel, with an adjective between", () => {
    const out = run(
      "قصفت طائرات حربية مواقع لجماعة النسر قرب المرج فجر اليوم، ما أسفر عن مقتل أربعة عناصر.\n\nوفي وقت لاحق، استهدفت غارة جوية ثانية شاحنة قرب المرج.",
    );
    expect(out.reports.map((r) => r.sequel ?? false)).toEqual([false, true]);
  });
});

describe("statements, reactions and analysis about the incident told", () => {
  it("join it, in paragraphs of their own (Arabic)", () => {
    const out = run(
      "قصفت طائرات مسيرة قاعدة تل الحمراء صباح اليوم الأربعاء، ما أدى إلى إصابة عنصرين.\n\nوقال مسؤول عسكري إن الهجوم لن يمر دون رد.\n\nمن جهتها، نددت الحكومة بالهجوم على قاعدة تل الحمراء، معتبرة أنه يهدد الاستقرار.\n\nويرى مراقبون أن استهداف قاعدة تل الحمراء يأتي في إطار الضغط على القوات الأميركية.",
    );
    expect(out.reports).toHaveLength(1);
  });
  it("join it, a reaction naming another place of the strikes included (English)", () => {
    const out = run(
      "Jets struck more than 30 targets in Syria overnight, the US military said on Wednesday.\n\nThe strikes were a response to the drone attack on Rawda outpost in Jordan last Sunday.\n\nThe provincial governor condemned the strikes in Wadi al-Nour, saying civilians were hurt. The defence ministry said the attack on Wadi al-Nour killed two guards.",
    );
    expect(out.reports.map((r) => r.mention ?? null)).toEqual([null, "earlier"]);
  });
});

describe("a headline that names the town, a dateline, then the lead", () => {
  it("are one incident, at the site the lead names", () => {
    const out = run(
      "رتل عسكري محمل بالذخائر يدخل إلى كفر سالم\n\nكفر سالم - خاص\n\nدخل رتل عسكري مؤلف من 30 شاحنة إلى معبر الجسر قرب مدينة كفر سالم، صباح اليوم الأربعاء.",
    );
    expect(out.reports).toHaveLength(1);
    expect(out.reports[0]!.places[0]?.value.id).toBe("jisr-crossing");
  });
});

describe("a reaction dated on a day of its own", () => {
  it("joins the incident it reacts to; the date is the reaction's (English)", () => {
    const out = run(
      "Drones attacked Rawda outpost in Jordan on Sunday, killing three soldiers.\n\nThe provincial governor condemned the attack on Tuesday, saying the border would be secured.",
    );
    expect(out.reports).toHaveLength(1);
    expect(out.reports[0]!.date?.value.date).toBe("2024-03-03");
  });
  it("joins the incident it reacts to; the date is the reaction's (Arabic)", () => {
    const out = run(
      "هاجمت طائرة مسيرة قاعدة الروضة في الأردن يوم الأحد، ما أسفر عن مقتل ثلاثة جنود.\n\nودانت الحكومة الهجوم، الثلاثاء، مؤكدة تعاونها لضبط الحدود.",
    );
    expect(out.reports).toHaveLength(1);
    expect(out.reports[0]!.date?.value.date).toBe("2024-03-03");
  });
});

describe("background", () => {
  it("a trend of strikes («ضربات متكررة») is proposed flagged as background", () => {
    const out = run("قصفت طائرات حربية مواقع قرب المرج فجر اليوم.\n\nوتتعرض المواقع في المنطقة لضربات متكررة منذ مطلع العام.");
    expect(out.reports.map((r) => r.mention ?? null)).toEqual([null, "background"]);
  });
  it("a campaign of attacks («a campaign of attacks that began in October») is background, not an earlier incident", () => {
    const out = run(
      "Drones attacked Rawda outpost on Sunday, killing three soldiers.\n\nAnalysts said the strike marked an escalation in a campaign of attacks that began in October.",
    );
    expect(out.reports.map((r) => r.mention ?? null)).toEqual([null, "background"]);
  });
  it("named as the cause of what is told («نتيجة الهجمات المتكررة») leaves it an incident", () => {
    const out = run("أخلت القوات الأميركية قاعدة تل الحمراء نتيجة الهجمات المتكررة عليها، بحسب مصادر محلية.");
    expect(out.reports.map((r) => r.mention ?? null)).toEqual([null]);
  });
});

describe("a convoy's load", () => {
  // The codebook records a convoy's load in its weapon field, marked as a load: proposed less
  // surely than a weapon of an attack, and never what types the incident.
  it("does not type the convoy; its load is the weapon field, less sure (Arabic)", () => {
    const out = run("دخل رتل عسكري محمل بالأسلحة والذخائر وقطع المدفعية إلى قاعدة تل الحمراء قادماً من معبر القصر، صباح اليوم.");
    expect(out.reports.map((r) => r.type?.value)).toEqual(["convoy"]);
    expect(out.reports[0]!.weapons.map((w) => w.value)).toEqual(["artillery"]);
    expect(out.reports[0]!.weapons[0]!.confidence).toBeLessThan(0.85);
  });
  it("does not type the convoy; its load is the weapon field, less sure (English)", () => {
    const out = run("A convoy of 30 trucks loaded with weapons, ammunition and artillery pieces crossed at Qasr crossing on Monday.");
    expect(out.reports.map((r) => r.type?.value)).toEqual(["convoy"]);
    expect(out.reports[0]!.weapons.map((w) => w.value)).toEqual(["artillery"]);
    expect(out.reports[0]!.weapons[0]!.confidence).toBeLessThan(0.85);
  });
  it("a convoy with nothing loaded names no weapon", () => {
    const out = run("A convoy of 30 trucks crossed at Qasr crossing on Monday, heading to Tell Hamra base.");
    expect(out.reports.map((r) => r.type?.value)).toEqual(["convoy"]);
    expect(out.reports[0]!.weapons).toEqual([]);
  });
  it("trucks carrying rockets and nothing else told are a convoy", () => {
    const out = run("دخلت شاحنات محملة بالصواريخ إلى قاعدة تل الحمراء صباح اليوم.");
    expect(out.reports.map((r) => r.type?.value)).toEqual(["convoy"]);
  });
  it("but the weapon that struck a loaded truck is the attack's", () => {
    const ar = run("استهدفت طائرة مسيرة شاحنة محملة بالذخائر قرب المرج صباح اليوم.");
    expect(ar.reports.map((r) => r.type?.value)).toEqual(["drone_attack"]);
    const en = run("Gunmen carried out a rocket attack on a convoy near Marj on Monday.");
    expect(en.reports.map((r) => r.type?.value)).toEqual(["rocket_attack"]);
    expect(en.reports[0]!.weapons.map((w) => w.value)).toEqual(["rocket"]);
  });
});

describe("a claim told after the response to an attack", () => {
  const body =
    "سقطت أربعة صواريخ على قاعدة تل الحمراء مساء الثلاثاء.\n\nوردت القوات الأميركية بقصف مدفعي على مصادر النيران.\n\nوتبنت جماعة النسر الهجوم في بيان.";
  it("claims the attack, not the response", () => {
    const out = run(body);
    expect(out.reports.map((r) => r.actors.map((a) => `${a.value.name}/${a.value.role}`))).toEqual([["جماعة النسر/claimant"], ["القوات الأميركية/actor"]]);
  });
  it("stays with the response when the responder claims its own", () => {
    const out = run(
      "سقطت أربعة صواريخ على قاعدة تل الحمراء مساء الثلاثاء.\n\nوردت القوات الأميركية بقصف مدفعي على مصادر النيران.\n\nوأعلنت القوات الأميركية مسؤوليتها عن القصف في بيان.",
    );
    expect(out.reports[0]!.actors.map((a) => a.value.name)).not.toContain("القوات الأميركية");
  });
});

describe("a strike and the drone that made it", () => {
  it("is a drone attack when the drone is named right after the strike", () => {
    for (const body of [
      "قُتل مسلحان بغارة شنتها طائرة مسيرة مجهولة قرب المرج صباح اليوم.",
      "قُتل مسلحان بغارة لطائرة مسيرة قرب المرج صباح اليوم.",
      "Two gunmen were killed in a strike by a drone near Marj on Wednesday.",
    ])
      expect(run(body).reports.map((r) => r.type?.value)).toEqual(["drone_attack"]);
  });
  it("stays an airstrike when a drone is named further on, or only as a channel's name", () => {
    for (const body of [
      "شنت مقاتلات غارات على مواقع قرب المرج، أسفرت بحسب قناة المسيرة عن مقتل 5 أشخاص.",
      "Warplanes carried out three strikes near Marj on Wednesday, and a surveillance drone was seen over the town later.",
    ])
      expect(run(body).reports[0]?.type?.value).toBe("airstrike");
  });
});

describe("an attack told by its verb alone", () => {
  it("is an incident: «أغار», «pounded», the type from the weapon when one is named", () => {
    expect(run("أغارت طائرات حربية على مواقع قرب المرج صباح اليوم.").reports.map((r) => r.type?.value)).toEqual(["airstrike"]);
    expect(run("Warplanes pounded positions near Marj on Wednesday.").reports.map((r) => r.type?.value)).toEqual(["airstrike"]);
    const guard = run("The Guard pounded Marj with rockets on Wednesday.").reports[0]!;
    expect([guard.type?.value, guard.actors.map((a) => a.value.name)]).toEqual(["rocket_attack", ["قوات الحرس الوطني"]]);
  });
  it("is an armed attack when someone was shot dead or gunned down, not when a drone was shot down", () => {
    expect(run("Gunmen shot dead a guard at a checkpoint near Marj on Wednesday.").reports.map((r) => r.type?.value)).toEqual(["armed_attack"]);
    expect(run("Air defences shot down a drone near Marj on Wednesday.").reports.map((r) => r.type?.value)).toEqual(["drone_attack"]);
  });
  it("says no more than the verb: gunmen who raid a checkpoint made no airstrike", () => {
    expect(run("وأغار مسلحون على حاجز قرب المرج صباح اليوم.").reports.map((r) => r.type?.value)).toEqual(["armed_attack"]);
    expect(run("أغارت الطائرات على بلدة المرج صباح اليوم.").reports.map((r) => r.type?.value ?? null)).toEqual([null]);
  });
});

describe("a list of days", () => {
  it("gives one report per day of a list («في 3 و5 من الشهر الجاري», «on March 1 and 2»)", () => {
    const ar = run("قصفت طائرات مسيرة قاعدة تل الحمراء في 1 و2 من الشهر الجاري، ما أدى إلى إصابة جندي في كل مرة.");
    expect(ar.reports.map((r) => r.date?.value.date)).toEqual(["2024-03-01", "2024-03-02"]);
    const en = run("Drones hit Tell Hamra base on March 1 and 2, wounding a soldier each time.");
    expect(en.reports.map((r) => r.date?.value.date)).toEqual(["2024-03-01", "2024-03-02"]);
  });
  it("gives one report per weekday of a list («يومي السبت والأحد», «on Saturday and Sunday»), one to a night across them", () => {
    const ar = run("قصفت طائرات مسيرة قاعدة تل الحمراء يومي السبت والأحد.");
    expect(ar.reports.map((r) => r.date?.value.date)).toEqual(["2024-03-02", "2024-03-03"]);
    const en = run("Drones hit Tell Hamra base on Saturday and Sunday.");
    expect(en.reports.map((r) => r.date?.value.date)).toEqual(["2024-03-02", "2024-03-03"]);
    const night = run("قصفت طائرات مسيرة قاعدة تل الحمراء ليل السبت والأحد.");
    expect(night.reports.map((r) => r.date?.value.date)).toEqual(["2024-03-02"]);
  });
  it("gives one report to fighting on days in a row", () => {
    const out = run("اندلعت اشتباكات عنيفة بين قوات الحرس الوطني ومسلحي جماعة النسر في المرج يومي 1 و2 آذار.");
    expect(out.reports.map((r) => [r.type?.value, r.date?.value.date])).toEqual([["clashes", "2024-03-01"]]);
  });
  it("gives one report to a night across two days", () => {
    const out = run("قصفت طائرات مسيرة قاعدة تل الحمراء ليل 1 و2 آذار.");
    expect(out.reports.map((r) => r.date?.value)).toEqual([{ date: "2024-03-01", precision: "approximate" }]);
  });
});

describe("an incident told with its day, then a tally", () => {
  it("is news, the tally closing its clause an aside", () => {
    const en = run(
      "Two guards were wounded in a rocket attack on Tell Hamra base on Tuesday, the Guard said, raising to 40 the number of attacks since March 1.",
    );
    expect(en.reports.map((r) => [r.mention ?? null, r.date?.value.date])).toEqual([[null, "2024-03-05"]]);
    const ar = run("أصيب حارسان في هجوم صاروخي على قاعدة تل الحمراء يوم الثلاثاء، ليرتفع عدد الهجمات على القاعدة منذ مطلع آذار إلى 40 هجوماً.");
    expect(ar.reports.map((r) => [r.mention ?? null, r.date?.value.date])).toEqual([[null, "2024-03-05"]]);
  });
  it("stays background when the tally comes first", () => {
    const out = run("Tell Hamra base has come under attack 40 times since March 1, including a rocket attack on Tuesday.");
    expect(out.reports.map((r) => r.mention ?? null)).toEqual(["background"]);
  });
});

describe("a place named «Tell X» the gazetteer lacks", () => {
  it("is no verb of saying: the date after it is the incident's", () => {
    const out = run("A drone struck a car near Tell Sabi on Sunday, killing two guards.");
    expect(out.reports.map((r) => r.date?.value)).toEqual([{ date: "2024-03-03", precision: "day" }]);
  });
});

describe("a headline that names the city, a body that tells a village the gazetteer lacks in its countryside", () => {
  it("is one incident, placed in the countryside (Arabic and English)", () => {
    const ar = run("هجوم مسلح على حاجز شرقي كفر سالم\n\nقتل عنصران بهجوم مسلح على حاجز في قرية الزيتونة بريف الساحل فجر اليوم.");
    expect(ar.reports).toHaveLength(1);
    expect(ar.reports[0]!.places[0]?.value.id).toBe("sahel-province");
    const en = run(
      "Gunmen attack checkpoint near Kafr Salem\n\nGunmen killed two guards at a checkpoint in the village of Zaytouna in Sahel province on Wednesday.",
    );
    expect(en.reports).toHaveLength(1);
    expect(en.reports[0]!.places[0]?.value.id).toBe("sahel-province");
  });
  it("but a headline city in another governorate is another incident", () => {
    const out = run("هجوم مسلح على حاجز شرقي عين الورد\n\nقتل عنصران بهجوم مسلح على حاجز في قرية الزيتونة بريف الساحل فجر اليوم.");
    expect(out.reports).toHaveLength(2);
  });
});

describe("a second incident told with no day of its own («طائرة مسيرة أخرى استهدفت…»)", () => {
  it("is its own report, and an earlier incident recalled after it does not join it", () => {
    const out = run(
      "أسقطت الدفاعات الجوية طائرة مسيرة قرب قاعدة تل الحمراء مساء أمس الثلاثاء.\n\nوأضاف المصدر أن طائرة مسيرة أخرى استهدفت بعد منتصف الليل موقعاً للحرس قرب المرج.\n\nوكانت قاعدة تل الحمراء قد تعرضت في الثالث من شباط لهجوم مماثل بطائرتين مسيرتين.",
    );
    expect(out.reports.map((r) => r.mention ?? null)).toEqual([null, null, "earlier"]);
    expect(out.reports.map((r) => r.sequel ?? false)).toEqual([false, true, false]);
    expect(out.reports[2]!.date?.value.date).toBe("2024-02-03");
  });
});

describe("a claim told after the incident, with no place of its own", () => {
  it("goes with the report just told («وتبنت فصائل X الهجوم»)", () => {
    const out = run(
      'سقط صاروخان قرب قاعدة تل الحمراء صباح اليوم.\nوتبنت فصائل "جماعة النسر" في بيان على تلغرام الهجوم.\nوفي حادث منفصل، انفجرت عبوة ناسفة بدورية في المرج.',
    );
    expect(out.reports).toHaveLength(2);
    expect(out.reports.map((r) => r.actors.map((a) => a.value.role))).toEqual([["claimant"], []]);
  });
  it("but a claim that names a site of its own is weighed as any clause", () => {
    const out = run("سقط صاروخان قرب قاعدة تل الحمراء صباح اليوم.\nوتبنت جماعة النسر قصف معبر القصر بالصواريخ.");
    expect(out.reports).toHaveLength(2);
  });
});
