// Invented mini-articles for the grouping and dating rules added after reading where the assist
// split or joined reports wrongly on articles it had not been tuned on: an airlift beside a
// convoy, a second convoy of another size, the news told before the earlier attack it followed,
// a base described and then named, the day a source spoke, the day a series began. Every place,
// group and phrase is made up (rules/examples.ts).
import { describe, expect, it } from "vitest";
import { loadRefs } from "../../scripts/eval-extract";
import { EXAMPLE_REFS } from "./rules/examples";
import { suggestReports } from "./suggest";

const read = (body: string, publishedAt = "2025-03-14") => suggestReports({ body, publishedAt, pasteDate: publishedAt }, EXAMPLE_REFS);
const news = (body: string) => read(body).reports.filter((r) => !r.mention);
const brief = (body: string) =>
  read(body).reports.map((r) => ({
    mention: r.mention ?? null,
    type: r.type?.value ?? null,
    place: r.places[0]?.value.id ?? null,
    date: r.date ? `${r.date.value.date}/${r.date.value.precision}` : null,
  }));

describe("an airlift is a reinforcement of its own", () => {
  it("reads cargo planes landing at a base, after a convoy at a crossing, as a second report (Arabic)", () => {
    const body = "دخلت قافلة تعزيزات تضم 20 شاحنة من معبر القصر إلى المرج. كما حطت طائرتا شحن في قاعدة تل الحمراء الليلة الماضية.";
    expect(brief(body)).toEqual([
      { mention: null, type: "convoy", place: "qasr-crossing", date: "2025-03-14/approximate" },
      { mention: null, type: "convoy", place: "tell-hamra-base", date: "2025-03-13/day" },
    ]);
  });
  it("reads «cargo planes landed» the same way (English)", () => {
    const body = "A convoy of 20 trucks entered Syria through the Qasr crossing. Two cargo planes landed at Tell Hamra base last night.";
    expect(brief(body).map((r) => [r.type, r.place])).toEqual([
      ["convoy", "qasr-crossing"],
      ["convoy", "tell-hamra-base"],
    ]);
  });
  it("does not read a base described as used by cargo planes as an airlift", () => {
    const body =
      "A drone struck Tell Hamra base on Sunday, a Guard official said. The base, used by cargo planes to resupply troops in the region, lies north of Marj.";
    expect(news(body).map((r) => r.type?.value)).toEqual(["drone_attack"]);
  });
});

describe("a convoy of another size is another convoy", () => {
  it("opens a second report for «قافلة جديدة» of 45 trucks after a convoy of 30, through the same crossing on the same day", () => {
    const body =
      "استقدمت القوات الأميركية صباح الأحد رتلاً من 30 شاحنة عبر معبر القصر. وقالت مصادر محلية إن الرتل توجه إلى قاعدة تل الحمراء.\nوأدخلت القوات الأميركية ظهر الأحد قافلة جديدة مكونة من 45 شاحنة عبر معبر القصر باتجاه قاعدة تل الحمراء.";
    const r = read(body).reports;
    expect(r.map((x) => x.counts.map((c) => c.value.count))).toEqual([[30], [45]]);
    expect(r.map((x) => !!x.sequel)).toEqual([false, true]);
    expect(r.map((x) => x.date?.value.date)).toEqual(["2025-03-09", "2025-03-09"]);
  });
  it("does the same in English", () => {
    const body =
      "A U.S. convoy of 30 trucks crossed into Syria through the Qasr crossing on Sunday morning, local sources said.\nLater on Sunday, a convoy of 45 trucks loaded with armoured vehicles crossed the Qasr crossing toward Tell Hamra base.";
    expect(read(body).reports.map((x) => x.counts.map((c) => c.value.count))).toEqual([[30], [45]]);
  });
  it("keeps one report when the convoy is named again with its size, or its load is counted", () => {
    expect(
      news("استقدمت القوات الأميركية صباح الأحد رتلاً من 30 شاحنة عبر معبر القصر. وقالت مصادر محلية إن الرتل المكون من 30 شاحنة توجه إلى قاعدة تل الحمراء."),
    ).toHaveLength(1);
    expect(news("A convoy of 30 trucks crossed the Qasr crossing on Sunday. The convoy included 12 fuel tankers, local sources said.")).toHaveLength(1);
  });
});

describe("the news told before the earlier attack it followed", () => {
  // The base the next sentence places is also the one attacked before («تعرضها»: it was hit).
  it("keeps a withdrawal «بعد أيام من» a shelling as the news, and what the next sentence says of the base with it", () => {
    const body =
      "انسحبت القوات الأميركية من إحدى قواعدها في سوريا، بعد أيام من تعرضها لقصف بالقذائف.\nوقال مصدر محلي إن القاعدة المخلاة تقع في وادي النور قرب المرج.";
    expect(brief(body)).toEqual([
      { mention: null, type: "other", place: "wadi-nour", date: "2025-03-14/approximate" },
      { mention: "earlier", type: "shelling", place: "wadi-nour", date: "2025-03-11/approximate" },
    ]);
  });
  it("does the same in English, «days after» a rocket attack", () => {
    const body =
      "US troops pulled out of one of their bases in Syria, days after a rocket attack on it.\nA local source said the base lies in Wadi al-Nour, near Marj.";
    expect(brief(body).map((r) => [r.mention, r.type, r.place])).toEqual([
      [null, "other", "wadi-nour"],
      ["earlier", "rocket_attack", "wadi-nour"],
    ]);
  });
  it("leaves one report when the news and what it followed are of one kind", () => {
    const body = "Rockets hit Tell Hamra base on Sunday, two days after a rocket attack on Marj.";
    expect(news(body).map((r) => r.type?.value)).toEqual(["rocket_attack"]);
  });
});

describe("a base described, then named", () => {
  it("takes the base named next in the same province as the site of the base described (Arabic)", () => {
    const body =
      "قالت جماعة النسر، السبت، إنها نفذت هجوماً على قاعدة تضم قوات أميركية في كفر سالم.\nوترفع هذه العملية عدد هجمات الجماعة إلى 40 منذ بداية العام.\nوقالت الجماعة إنها استهدفت قاعدة الصخرة الواقعة شمال كفر سالم بطائرتين مسيرتين.";
    const r = news(body);
    expect(r).toHaveLength(1);
    expect(r[0]!.places[0]?.value.id).toBe("sakhra-base");
    expect(r[0]!.type?.value).toBe("drone_attack");
  });
  it("does the same in English, with «said it had attacked» read as what was said, not an earlier attack", () => {
    const body =
      "The Eagle Brigade said on Saturday it had attacked a base hosting US troops in Kafr Salem.\nThe group has claimed 40 attacks since the start of the year.\nThe group said it struck Sakhra base north of Kafr Salem with two drones.";
    const r = news(body);
    expect(r).toHaveLength(1);
    expect(r[0]!.places[0]?.value.id).toBe("sakhra-base");
  });
  it("keeps a base named in another province apart", () => {
    const body =
      "قالت جماعة النسر، السبت، إنها نفذت هجوماً على قاعدة تضم قوات أميركية في كفر سالم.\nوقالت الجماعة إنها استهدفت قاعدة تل الحمراء بطائرتين مسيرتين الجمعة.";
    expect(news(body)).toHaveLength(2);
  });
});

describe("the day a source spoke and the day a series began are not the incident's", () => {
  it("dates the incident by «late Thursday», not by «according to … on Friday»", () => {
    const body =
      "A drone attack targeted Tell Hamra base, according to local sources on Friday.\nThe drone was shot down by the Guard near the base late Thursday, the sources said.";
    expect(brief(body)).toEqual([{ mention: null, type: "drone_attack", place: "tell-hamra-base", date: "2025-03-13/day" }]);
  });
  it("does not date strikes by the day the attacks they answer began («التي بدأت في 3 شباط»)", () => {
    const body =
      'شنت طائرات حربية غارات على مواقع لجماعة النسر قرب المرج.\nوقال الوزير إن "هذه الضربات رد على هجمات الجماعة التي بدأت في 3 شباط".\nونفذت الضربات الجوية نحو الساعة الخامسة فجر اليوم الجمعة قرب مدينة المرج.';
    expect(brief(body)).toEqual([{ mention: null, type: "airstrike", place: "marj", date: "2025-03-14/day" }]);
  });
});

describe("the incident named again after sentences that told nothing of their own", () => {
  it("joins «the air strikes» to the strikes told before, over quotes and a warning", () => {
    const body = [
      "شنت طائرات حربية غارات على مواقع لجماعة النسر قرب المرج.",
      'وقال الوزير في بيان إن "هذه الضربات رد على هجمات لا يمكن قبولها".',
      'وأضاف الوزير: "على الجماعة أن تتوقف فوراً".',
      "وحذرت الوزارة من أن الحكومة ستتخذ إجراءات أخرى إذا استمرت الهجمات.",
      "ونفذت الضربات الجوية نحو الساعة الخامسة فجر اليوم الجمعة قرب مدينة المرج.",
    ].join("\n");
    expect(brief(body)).toEqual([{ mention: null, type: "airstrike", place: "marj", date: "2025-03-14/day" }]);
  });
  it("reaches back over a quote on a series of attacks and a reaction", () => {
    const body = [
      "US jets struck a depot used by the Eagle Brigade near Marj, the Guard said Friday, the second such reprisal for a wave of attacks on its posts.",
      '"These strikes answer a series of attacks on our guards that began on Feb. 3," the minister said in a statement.',
      "The governor of Marj condemned the strikes and warned of escalation.",
      "The strikes were carried out at about 4 a.m. local time Friday, the officials said.",
    ].join("\n\n");
    expect(brief(body)).toEqual([{ mention: null, type: "airstrike", place: "marj", date: "2025-03-14/day" }]);
  });
  it("opens a new report for an attack told anew in words of its own, however near", () => {
    const body =
      "شنت طائرات حربية غارات على مواقع لجماعة النسر قرب المرج فجر الجمعة.\nوقال الوزير إن الغارات رد على هجمات الجماعة.\nوسقطت قذيفتان على قاعدة تل الحمراء مساء الخميس.";
    expect(news(body)).toHaveLength(2);
  });
});

describe("the incident named again and given its reason is not a response of its own", () => {
  it("keeps «these strikes were a response to…» with the strikes told", () => {
    expect(
      news("Jets struck Eagle Brigade positions near Marj on Friday. The minister said these strikes were a response to the group's attacks."),
    ).toHaveLength(1);
  });
  it("still reads an answer struck with arms of its own as a report of its own", () => {
    const body =
      "Rockets hit Tell Hamra base late on Tuesday. The official said the rockets were fired from farmland east of the base, and the Guard responded with artillery fire.";
    expect(news(body)).toHaveLength(2);
  });
});

describe("an outlet on a byline line with its town filed the story; it is no source of a report", () => {
  const names = (body: string) => {
    const r = read(body);
    return [...r.sources, ...r.reports.flatMap((x) => x.sources)].map((x) => x.value.name);
  };
  it("leaves «المرج- عين الفرات» out of the article's and the reports' sources", () => {
    const body = "جماعة النسر تستهدف قاعدة تل الحمراء\nالمرج- عين الفرات\nقالت جماعة النسر، السبت، إنها استهدفت قاعدة تل الحمراء بطائرتين مسيرتين.";
    expect(names(body)).not.toContain("عين الفرات");
  });
  it("keeps the outlet when the text cites it", () => {
    const body = "نقلت شبكة عين الفرات عن مصادر محلية أن طائرة مسيرة استهدفت قاعدة تل الحمراء مساء السبت.";
    expect(names(body)).toContain("عين الفرات");
  });
});

describe("where a convoy went, and what a second one is", () => {
  it("reads the town that locates a convoy's destination as no site of its own", () => {
    const body = "استقدم التحالف رتلاً من 20 شاحنة عبر معبر القصر صباح الأحد.\nوقال مصدر محلي إن الرتل توجه نحو قاعدة تل الحمراء في ريف المرج.";
    expect(brief(body)).toEqual([{ mention: null, type: "convoy", place: "qasr-crossing", date: "2025-03-09/day" }]);
    expect(news(body)[0]!.places.map((p) => p.value.id)).not.toContain("marj");
  });
  it("keeps an airlift told anew, on its own day, apart from a second convoy told before it", () => {
    const body =
      "دخل رتل من 20 شاحنة عبر معبر القصر صباح اليوم.\nوبعد ساعات، دخل رتل جديد من 35 آلية عبر المعبر ذاته، واتجه إلى قاعدة تل الحمراء.\nكما حطت طائرة شحن في قاعدة الروضة مساء أمس.";
    const r = news(body);
    expect(r.map((x) => x.counts.map((c) => c.value.count))).toEqual([[20], [35], [1]]);
    expect(r[2]!.places[0]?.value.id).toBe("rawda-post");
    expect(r[2]!.date?.value.date).toBe("2025-03-13");
  });
});

describe("the strikes named again after who told of them", () => {
  it("joins «وبحسب بيان …، نُفذت الغارات فجر الجمعة» to the strikes told four paragraphs before", () => {
    const body = [
      "شنت طائرات حربية غارات على مواقع لجماعة النسر قرب المرج.",
      "ووصف محافظ المرج ما جرى بأنه اعتداء على السيادة.",
      "وحذر المحافظ من أن التصعيد سيقود إلى مزيد من التوتر.",
      "من جهتها، توعدت جماعة النسر برد قريب.",
      "ودعا نواب في البرلمان إلى جلسة طارئة لبحث التطورات.",
      "وبحسب بيان لقوات الحرس الوطني، نُفذت الغارات نحو الساعة الثانية من فجر الجمعة.",
    ].join("\n\n");
    expect(brief(body)).toEqual([{ mention: null, type: "airstrike", place: "marj", date: "2025-03-14/day" }]);
  });
});

describe("a withdrawal told with its column, its plans and the attack it followed", () => {
  const body = [
    "انسحبت القوات الأميركية صباح اليوم من قاعدة تل الحمراء، بعد أيام من تعرضها لهجوم بطائرات مسيرة.",
    "وقالت مصادر محلية إن رتلاً من نحو 25 آلية خرج من القاعدة برفقة مروحية.",
    "وقال مسؤول محلي إنه لا نية لإخلاء مواقع أخرى في الوقت الحالي.",
    "وقبل أسبوع، أعلنت جماعة النسر في بيان أنها استهدفت قاعدة تل الحمراء بطائرتين مسيرتين.",
  ].join("\n\n");
  it("proposes the withdrawal and the earlier attack, once each", () => {
    expect(brief(body).map((r) => [r.mention, r.type, r.place])).toEqual([
      [null, "other", "tell-hamra-base"],
      ["earlier", "drone_attack", "tell-hamra-base"],
    ]);
  });
  it("keeps a convoy that leaves another place a report of its own", () => {
    const other = "انسحبت القوات الأميركية صباح اليوم من قاعدة تل الحمراء.\nوفي سياق آخر، خرج رتل من 25 آلية من معبر القصر باتجاه المرج مساء أمس.";
    expect(news(other).map((r) => r.type?.value)).toEqual(["other", "convoy"]);
  });
});

describe("a second convoy that names no party", () => {
  it("is the same force's, told «بعد ساعات» on the first one's day", () => {
    const body = "دخل رتل لقوات الحرس الوطني من 20 شاحنة عبر معبر القصر صباح الأحد.\nوبعد ساعات، دخل رتل جديد من 35 آلية عبر المعبر ذاته باتجاه المرج.";
    const r = news(body);
    expect(r.map((x) => x.actors.map((a) => a.value.name))).toEqual([["قوات الحرس الوطني"], ["قوات الحرس الوطني"]]);
    expect(r[1]!.date?.value).toEqual({ date: "2025-03-09", precision: "day" });
  });
  it("reads «a convoy of the US-led …» as that party's", () => {
    expect(news("A convoy of the US-led Eagle Brigade crossed the Qasr crossing on Sunday.")[0]!.actors.map((a) => a.value.name)).toEqual(["جماعة النسر"]);
  });
});

describe("each half of a headline goes with the report of its own kind", () => {
  it("joins «rockets fired at Marj last week» to the rockets at Marj, not to a second drone told first", () => {
    const body =
      "Drones hit Tell Hamra base twice in one night; rockets fired at Marj last week, Guard says\n\nA drone struck Tell Hamra base early Monday, and another drone attack hours later targeted the same base, the Guard said on Tuesday.\n\nThe Guard also said that rockets were fired at its post in Marj last week.";
    const r = read(body, "2025-03-11").reports.filter((x) => !x.mention);
    // In the headline's order.
    expect(r.map((x) => [x.type?.value, x.places[0]?.value.id, x.date?.value.date])).toEqual([
      ["drone_attack", "tell-hamra-base", "2025-03-10"],
      ["rocket_attack", "marj", "2025-03-04"],
      ["drone_attack", "tell-hamra-base", "2025-03-10"],
    ]);
  });
});

describe("a place named with the article is not read in a common word without it", () => {
  // The real gazetteer lists «تنف» and «رقة» beside «التنف» and «الرقة».
  const refs = loadRefs();
  const places = (body: string) =>
    suggestReports({ body, publishedAt: "2025-03-14", pasteDate: "2025-03-14" }, refs).reports.flatMap((r) => r.places.map((p) => p.value.id));
  it("reads no al-Tanf in «تنفي» and no Raqqa in «ورقة»", () => {
    const found = places("قوات الحرس تنفي سقوط قذائف على قاعدة حرير، وتقول إن الأنباء ورقة ضغط إعلامية.");
    expect(found).not.toContain("al-tanf-garrison");
    expect(found).not.toContain("raqqa");
  });
  it("still reads «والرقة» and «منطقة التنف»", () => {
    const found = places("سقطت قذائف على منطقة التنف والرقة مساء أمس.");
    expect(found).toEqual(expect.arrayContaining(["al-tanf-garrison", "raqqa"]));
  });
});

describe("a headline that sums up the incidents the body tells one by one", () => {
  it("is set apart as background, its source theirs", () => {
    const body = [
      "حصيلة: قتيلان وثلاثة جرحى بمسيرة وعبوة ناسفة قرب المرج ووادي النور",
      "وثق المرصد المحلي خلال الأسبوع الماضي حوادث أسفرت بمجملها عن مقتل شخصين وإصابة ثلاثة، على النحو التالي:",
      "يوم الأحد 9 آذار، قُتل شخصان باستهداف طائرة مسيرة لسيارة قرب المرج.",
      "يوم الثلاثاء 11 آذار، أصيب ثلاثة عناصر بانفجار عبوة ناسفة في وادي النور.",
    ].join("\n\n");
    const r = read(body).reports;
    expect(r.filter((x) => !x.mention).map((x) => [x.type?.value, x.places[0]?.value.id, x.date?.value.date])).toEqual([
      ["drone_attack", "marj", "2025-03-09"],
      ["ied", "wadi-nour", "2025-03-11"],
    ]);
    expect(r[0]!.mention).toBe("background");
  });
  it("leaves a lead that tells one attack with two weapons, with one report after it, as news", () => {
    const body = "Rockets and a drone struck Tell Hamra base on Sunday, the Guard said.\n\nSeparately, two shells fell on Marj on Monday.";
    expect(news(body)).toHaveLength(2);
  });
});

describe("attacks recalled in a wire story", () => {
  const body = [
    "Rockets hit Guard posts in Syria days after deadly drone strike in Jordan",
    "Militants fired rockets at Guard posts in Marj late Tuesday, a Guard official said Wednesday.",
    "On March 9, a drone killed two guards at Rawda outpost in Jordan.",
    "A week earlier, on March 2, gunmen attacked the Qasr crossing, wounding a guard.",
    "The Eagle Brigade did not comment on Tuesday's attack.",
  ].join("\n\n");
  it("flags the strike the headline says the news came after, and the one told «A week earlier», on its stated day", () => {
    const r = read(body, "2025-03-12").reports.map((x) => [x.mention ?? null, x.type?.value, x.date?.value.date]);
    expect(r.filter(([m]) => !m)).toEqual([[null, "rocket_attack", "2025-03-11"]]);
    expect(r.filter(([m]) => m)).toEqual([
      ["earlier", "drone_attack", "2025-03-09"],
      ["earlier", "armed_attack", "2025-03-02"],
    ]);
  });
});
