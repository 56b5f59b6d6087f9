// Dates that say what they are (issue 18, item 3): invented mini-articles, Arabic and English,
// one class of newsroom date per case, read through the whole pipeline against a publication
// date. 2025-03-14 was a Friday: Sunday is the 9th, Tuesday the 11th, Thursday the 13th.
import { describe, expect, it } from "vitest";
import { EXAMPLE_REFS } from "./rules/examples";
import { suggestReports } from "./suggest";

const PUBLISHED = "2025-03-14";
const read = (body: string, publishedAt: string | null = PUBLISHED, pasteDate = PUBLISHED) => suggestReports({ body, publishedAt, pasteDate }, EXAMPLE_REFS);
const dates = (body: string, publishedAt?: string | null) =>
  read(body, publishedAt).reports.map((r) => r.date && `${r.date.value.date}/${r.date.value.precision}`);

describe("the day of a statement is not the incident's", () => {
  it("reads a date between the speaker (and whom they told) and «إن / أن» as the statement's", () => {
    expect(dates("قال مصدر أمني في قوات الحرس الوطني لوكالة الأنباء، الجمعة، إن طائرة مسيرة استهدفت قاعدة تل الحمراء مساء الخميس.")).toEqual([
      "2025-03-13/day",
    ]);
    expect(dates("أكد مسؤول في الحرس الوطني لصحيفة محلية، صباح الخميس، أن طائرة مسيرة قصفت مدينة المرج مساء الأربعاء.")).toEqual(["2025-03-12/day"]);
  });
  it("reads «في بيان نشرته الثلاثاء» and «في تصريح صحفي مساء الأحد» as the day the statement was issued", () => {
    expect(dates("أعلنت جماعة النسر في بيان نشرته الثلاثاء أنها استهدفت قاعدة تل الحمراء بطائرة مسيرة يوم الأحد.")).toEqual(["2025-03-09/day"]);
    expect(dates("وقال الحرس الوطني في تصريح صحفي مساء الأربعاء إن قذيفتين سقطتا على المرج فجر الاثنين.")).toEqual(["2025-03-10/day"]);
  });
  it("reads the date of a claim of responsibility as the claim's («تبنت الجماعة، الأربعاء، هجوماً…»)", () => {
    expect(dates("تبنت جماعة النسر، الأربعاء، هجوماً بطائرة مسيرة على قاعدة تل الحمراء يوم الاثنين.")).toEqual(["2025-03-10/day"]);
  });
  it("gives «last week» of the statement an approximate date a week back, never the announcement day", () => {
    for (const body of [
      "The Pentagon said Tuesday that a drone struck Tell Hamra base last week.",
      "Two rockets struck the Sahl field last week, a US official said Wednesday.",
      "وأعلنت وزارة الدفاع الثلاثاء أن طائرة مسيرة استهدفت قاعدة تل الحمراء الأسبوع الماضي.",
      "سقط صاروخان على حقل السهل الأسبوع الماضي، بحسب ما أعلن مسؤول أميركي الأربعاء.",
    ])
      expect(dates(body), body).toEqual(["2025-03-07/approximate"]);
  });
  it("still reads a date after the verb and before an incident as the incident's", () => {
    expect(dates("وذكرت مصادر أن طائرة مسيرة قصفت قاعدة تل الحمراء الثلاثاء.")).toEqual(["2025-03-11/day"]);
    expect(dates("وقالت جماعة النسر في بيان إن طائرة مسيرة قصفت المرج الثلاثاء.")).toEqual(["2025-03-11/day"]);
  });
});

describe("spans back from the article's date", () => {
  it("reads «قبل 3 أيام», «منذ ٤ أيام» (digits, Arabic-Indic too) as that day", () => {
    expect(dates("قصفت طائرات حربية وادي النور قبل 3 أيام.")).toEqual(["2025-03-11/day"]);
    expect(dates("قصفت طائرات حربية وادي النور منذ ٤ أيام.")).toEqual(["2025-03-10/day"]);
  });
  it("reads longer or hedged spans as approximate", () => {
    expect(dates("قصفت طائرات حربية وادي النور قبل 10 أيام.")).toEqual(["2025-03-04/approximate"]);
    expect(dates("قصفت طائرات حربية وادي النور قبل نحو خمسة أيام.")).toEqual(["2025-03-09/approximate"]);
    expect(dates("قصفت طائرات حربية وادي النور قبل ثلاثة أسابيع.")).toEqual(["2025-02-21/approximate"]);
  });
  it("reads «قبل الماضي»: the weekday or the week before last", () => {
    expect(dates("قصفت طائرات حربية وادي النور يوم الجمعة قبل الماضي.")).toEqual(["2025-02-28/day"]);
    expect(dates("قصفت طائرات حربية وادي النور الأسبوع قبل الماضي.")).toEqual(["2025-02-28/approximate"]);
  });
  it("reads «in the past 24 hours» as the article's day, approximate (not yesterday)", () => {
    expect(dates("Two rockets hit the Sahl field in the past 24 hours, the Guard said.")).toEqual(["2025-03-14/approximate"]);
  });
});

describe("an article with no date of its own", () => {
  const undated = (body: string, pasteDate = "2026-12-07") => suggestReports({ body, publishedAt: null, pasteDate }, EXAMPLE_REFS);
  it("does not take the paste day's year for a dateline written without one, months before the paste", () => {
    for (const body of [
      "BEIRUT, March 14 (Reuters) - A drone struck a car near Marj on Thursday, killing two people, a war monitor said.",
      "المرج، 14 آذار (رويترز) - استهدفت طائرة مسيرة سيارة قرب مدينة المرج أمس.",
      "تاريخ النشر: 5 آذار\nسقطت قذيفتان على مدينة المرج أمس.",
    ]) {
      const out = undated(body);
      expect(out.articleDate, body).toBeNull();
      expect(out.needsArticleDate).toBe(true);
      expect(out.reports.map((r) => r.date)).toEqual([null]);
    }
  });
  it("still dates the article by a dateline without its year pasted within weeks of it", () => {
    const out = undated("BEIRUT, March 14 (Reuters) - A drone struck a car near Marj on Thursday, killing two people.", "2025-03-15");
    expect(out.articleDate?.value).toBe("2025-03-14");
    expect(out.reports[0]!.date?.value).toEqual({ date: "2025-03-13", precision: "day" });
  });
  it("dates by a dateline whose weekday fixes the year, however long after it was pasted", () => {
    const out = undated("المرج، الخميس 14 آذار (رويترز) - استهدفت طائرة مسيرة سيارة قرب مدينة المرج أمس.");
    expect(out.articleDate?.value).toBe("2024-03-14");
    expect(out.reports[0]!.date?.value).toEqual({ date: "2024-03-13", precision: "day" });
  });
  it("leaves relative dates and weekdays unresolved and asks for the article's date", () => {
    for (const body of [
      "Two shells fell on Marj on Sunday, the Guard said on Monday.",
      "قصفت طائرات حربية وادي النور أمس، وفق مصادر محلية.",
      "أعلنت وزارة الدفاع الثلاثاء أن طائرة مسيرة استهدفت قاعدة تل الحمراء الأسبوع الماضي.",
    ]) {
      const out = undated(body);
      expect(out.needsArticleDate, body).toBe(true);
      expect(out.reports[0]!.date, body).toBeNull();
      expect(out.reports[0]!.dateWarnings).toContain("no_article_date");
    }
  });
});

describe("English statement and time-of-day forms", () => {
  it("reads «The Pentagon on Thursday confirmed…» and «Thursday's statement» as the statement's day", () => {
    expect(dates("The Pentagon on Thursday confirmed that a drone targeted Tell Hamra base on Wednesday.")).toEqual(["2025-03-12/day"]);
    expect(dates("The Pentagon on Thursday confirmed a drone attack on Tell Hamra base last week.")).toEqual(["2025-03-07/approximate"]);
    expect(dates("In Thursday's statement, the Guard said a drone had struck Tell Hamra base on Wednesday.")).toEqual(["2025-03-12/day"]);
  });
  it("reads the weekend as its Saturday, approximate, however it is written", () => {
    for (const when of ["over the weekend", "this past weekend", "last weekend", "on the weekend"])
      expect(dates(`A drone struck Tell Hamra base ${when}, officials said.`), when).toEqual(["2025-03-08/approximate"]);
  });
  it("reads «before midnight on Thursday» as Thursday, «overnight» alone as the article's day", () => {
    expect(dates("Shortly before midnight on Thursday, a drone struck Tell Hamra base, the Guard said.")).toEqual(["2025-03-13/day"]);
    expect(dates("A drone struck Tell Hamra base overnight, the Guard said on Friday.")).toEqual(["2025-03-14/approximate"]);
  });
});

describe("a span back to another event does not date the clause that has a day of its own", () => {
  it("reads «A week after a similar attack, … on Thursday» as Thursday", () => {
    expect(dates("A week after a similar attack, a drone struck Tell Hamra base on Thursday evening.")).toEqual(["2025-03-13/day"]);
    expect(dates("بعد أسبوع من هجوم مماثل، استهدفت طائرة مسيرة قاعدة تل الحمراء مساء الخميس.")).toEqual(["2025-03-13/day"]);
  });
});

describe("the text's own weekday against the date of publication", () => {
  it("moves a published date a day behind the story's («فجر اليوم» of a Friday, published Thursday by UTC) forward, not a week back", () => {
    const out = read("قصفت طائرات حربية وادي النور فجر اليوم الجمعة، وفق مصادر محلية.", "2025-03-13", "2025-03-13");
    expect(out.reports[0]!.date?.value).toEqual({ date: "2025-03-14", precision: "day" });
    expect(out.reports[0]!.dateWarnings).toEqual([]);
  });
  it("moves a published date back to the weekday the text says was yesterday's morrow, with no warning of a missing date", () => {
    const out = read("قصفت طائرات حربية وادي النور فجر أمس الخميس، وفق مصادر محلية.", "2025-03-15", "2025-03-15");
    expect(out.reports[0]!.date?.value).toEqual({ date: "2025-03-13", precision: "day" });
    expect(out.reports[0]!.dateWarnings).toEqual([]);
  });
  it("reads a weekday named on the day of publication as that day, and «the Sunday before» a week back", () => {
    expect(dates("A drone struck Tell Hamra base on Sunday morning, the Guard said.", "2025-03-09")).toEqual(["2025-03-09/day"]);
    expect(dates("قصفت طائرات حربية وادي النور الأحد الماضي، وفق مصادر محلية.", "2025-03-09")).toEqual(["2025-03-02/day"]);
    expect(dates("سقطت قذيفتان على مدينة المرج مساء الأحد دون وقوع إصابات.")).toEqual(["2025-03-09/day"]);
    expect(dates("قصفت طائرات حربية وادي النور فجر السبت، وفق مصادر محلية.")).toEqual(["2025-03-08/day"]);
  });
});

describe("the incident's day told after its announcement", () => {
  it("takes the day a later sentence gives the operation, not the day it was announced", () => {
    expect(dates("أعلنت جماعة النسر، الخميس، استهداف قاعدة تل الحمراء بطائرة مسيرة. وقالت في بيان إن العملية نفذت فجر الأربعاء.")).toEqual(["2025-03-12/day"]);
    expect(dates("The Eagle Brigade on Thursday claimed a drone attack on Tell Hamra base. The group said the attack took place early Wednesday.")).toEqual([
      "2025-03-12/day",
    ]);
  });
  it("still gives an announcement with no day of the incident the announcement's day, approximate", () => {
    expect(dates("أعلن الحرس الوطني، الخميس، إسقاط طائرة مسيرة قرب قاعدة تل الحمراء.")).toEqual(["2025-03-13/approximate"]);
  });
});

describe("a day of the month with no month named («on the 12th»)", () => {
  it("is this month's when it has come, last month's when it is still to come", () => {
    expect(dates("A drone struck Tell Hamra base on the 12th, two officials said.")).toEqual(["2025-03-12/day"]);
    expect(dates("A drone struck Tell Hamra base on the 20th, two officials said.")).toEqual(["2025-02-20/day"]);
  });
  it("takes the month the text names («of last month», «of this month»)", () => {
    expect(dates("Two rockets hit the Sahl field on the 3rd of last month, residents said.")).toEqual(["2025-02-03/day"]);
    expect(dates("Two rockets hit the Sahl field on the 3rd of this month, residents said.")).toEqual(["2025-03-03/day"]);
  });
  it("is no day of the month in a unit's name or a count", () => {
    expect(dates("The 12th brigade shelled Marj on Tuesday.")).toEqual(["2025-03-11/day"]);
  });
});

describe("a relative date in reported speech counts from the day it was said", () => {
  it("reads the speaker's «أمس», «أول أمس», «yesterday» against the statement's weekday, the basis shown", () => {
    const out = read("قال المتحدث باسم الحرس الوطني الثلاثاء إن طائرة مسيرة قصفت قاعدة تل الحمراء أمس.");
    expect(out.reports.map((r) => r.date?.value)).toEqual([{ date: "2025-03-10", precision: "day" }]);
    expect(out.reports[0]!.dateBasis).toEqual({ phrase: "أمس", anchor: "text", anchorDate: "2025-03-11" });
    expect(out.reports[0]!.dateWarnings).toEqual([]);
    expect(dates("وقالت وزارة الدفاع يوم الأربعاء إن قذيفتين سقطتا على المرج أول أمس.")).toEqual(["2025-03-10/day"]);
    expect(dates("The Guard said on Tuesday that a drone struck Tell Hamra base yesterday.")).toEqual(["2025-03-10/day"]);
    expect(dates("A drone struck Tell Hamra base yesterday, the Guard said on Tuesday.")).toEqual(["2025-03-10/day"]);
  });
  it("reads the speaker's weekday as the one on or before the day they spoke", () => {
    // Against the article's Friday, «الخميس» would be the 13th, after the statement.
    expect(dates("قال المتحدث باسم الحرس الوطني الثلاثاء إن طائرة مسيرة قصفت قاعدة تل الحمراء الخميس.")).toEqual(["2025-03-06/day"]);
  });
  it("leaves the writer's own dates alone: a statement of today, or dated «أمس», and the sentences after it", () => {
    expect(dates("قال المتحدث باسم الحرس الوطني اليوم إن طائرة مسيرة قصفت قاعدة تل الحمراء أمس.")).toEqual(["2025-03-13/day"]);
    expect(dates("قال المتحدث باسم الحرس الوطني أمس إن طائرة مسيرة قصفت قاعدة تل الحمراء أول أمس.")).toEqual(["2025-03-12/day"]);
    expect(dates("قصفت طائرة مسيرة قاعدة تل الحمراء أمس، بحسب مصادر محلية.")).toEqual(["2025-03-13/day"]);
    const two = dates("قال المتحدث باسم الحرس الوطني الثلاثاء إن طائرة مسيرة قصفت قاعدة تل الحمراء أمس الاثنين.\nوسقطت قذيفتان على مدينة المرج أمس.");
    expect(two).toEqual(["2025-03-10/day", "2025-03-13/day"]);
  });
  it("keeps the warning of a date long before the article's", () => {
    const out = read("قال المتحدث باسم الحرس الوطني في 3 كانون الثاني 2025 إن طائرة مسيرة قصفت قاعدة تل الحمراء أمس.");
    expect(out.reports[0]!.date?.value).toEqual({ date: "2025-01-02", precision: "day" });
    expect(out.reports[0]!.dateWarnings).toEqual(["long_before_published"]);
  });
});

describe("the article's date is moved by the text only on the writer's own word", () => {
  it("does not move it for a weekday a speaker of another day called yesterday", () => {
    const out = read("قال المتحدث باسم الحرس الوطني الثلاثاء إن طائرة مسيرة قصفت قاعدة تل الحمراء أمس الاثنين.\nوسقطت قذيفتان على مدينة المرج أمس.");
    expect(out.reports[1]!.dateBasis).toEqual({ phrase: "أمس", anchor: "published", anchorDate: "2025-03-14" });
  });
  it("still moves it for the writer's «اليوم الجمعة», also in a statement of today", () => {
    expect(dates("قالت وزارة الدفاع اليوم الجمعة إن طائرة مسيرة قصفت قاعدة تل الحمراء أمس.", "2025-03-13")).toEqual(["2025-03-13/day"]);
  });
  it("never moves the article's date it reports: the metadata's stays", () => {
    const out = read("قصفت طائرات حربية وادي النور فجر اليوم الجمعة، وفق مصادر محلية.", "2025-03-13", "2025-03-13");
    expect(out.articleDate).toEqual({ value: "2025-03-13", confidence: 1, evidence: null, basis: "published" });
  });
});

describe("a weekday still to come is no incident's day", () => {
  it("reads «الأحد المقبل», «next Sunday» as the first one after the article's day, and leaves the incident its own", () => {
    expect(dates("ستعقد الحكومة اجتماعا الأحد المقبل بعد أن قصفت طائرة مسيرة قاعدة تل الحمراء الخميس.")).toEqual(["2025-03-13/day"]);
    expect(dates("Guard commanders meet next Sunday in Marj after a drone struck Tell Hamra base on Thursday.")).toEqual(["2025-03-13/day"]);
    // The day after the article's is still to come, however near.
    expect(dates("قصفت طائرة مسيرة قاعدة تل الحمراء، وتعقد الحكومة اجتماعا السبت المقبل.")).toEqual(["2025-03-14/approximate"]);
  });
  it("reads a weekday after a verb in the future tense as one to come, on the article's day at the earliest", () => {
    expect(dates("قصفت طائرة مسيرة قاعدة تل الحمراء الخميس، وسوف تنسحب القوات من المرج يوم الأحد.")).toEqual(["2025-03-13/day"]);
    expect(dates("سقطت قذيفتان على المرج أمس، وسيزور وفد حكومي المدينة السبت.")).toEqual(["2025-03-13/day"]);
  });
  it("still reads a car, a takeover or a past weekday as the incident's day", () => {
    expect(dates("انفجرت سيارة مفخخة في المرج الأحد.")).toEqual(["2025-03-09/day"]);
    expect(dates("سيطر مسلحو جماعة النسر على وادي النور الخميس بعد قصف مدفعي عنيف.")).toEqual(["2025-03-13/day"]);
  });
});

describe("a night named by its day in English", () => {
  it("reads «overnight Wednesday [into Thursday]» as Wednesday, approximate, and «overnight into Thursday» as the night before it", () => {
    expect(dates("A drone struck Tell Hamra base overnight Wednesday, the Guard said.")).toEqual(["2025-03-12/approximate"]);
    expect(dates("Two shells fell on Marj overnight Wednesday into Thursday.")).toEqual(["2025-03-12/approximate"]);
    expect(dates("Two shells fell on Marj overnight into Thursday.")).toEqual(["2025-03-12/approximate"]);
  });
  it("reads «the night of Wednesday» as Wednesday's night, as «Wednesday night» is", () => {
    expect(dates("A drone struck Tell Hamra base on the night of Wednesday, the Guard said.")).toEqual(["2025-03-12/day"]);
    expect(dates("A drone struck Tell Hamra base on Wednesday night, the Guard said.")).toEqual(["2025-03-12/day"]);
  });
});

describe("reported speech goes on in the next sentence", () => {
  it("reads «وأضاف أن … أمس», «He added that … yesterday» against the day of the statement before it", () => {
    expect(dates("قال المتحدث باسم الحرس الوطني الثلاثاء إن طائرة مسيرة قصفت قاعدة تل الحمراء. وأضاف أن قذيفتين سقطتا على مدينة المرج أمس.")).toEqual([
      "2025-03-11/approximate",
      "2025-03-10/day",
    ]);
    expect(dates("The Guard spokesman said on Tuesday that a drone struck Tell Hamra base. He added that two shells fell on Marj yesterday.")).toEqual([
      "2025-03-11/approximate",
      "2025-03-10/day",
    ]);
  });
  it("does not carry the statement's day into a sentence that does not go on with it, nor one with a statement of its own", () => {
    expect(dates("قال المتحدث باسم الحرس الوطني الثلاثاء إن طائرة مسيرة قصفت قاعدة تل الحمراء. وسقطت قذيفتان على مدينة المرج أمس.")).toEqual([
      "2025-03-11/approximate",
      "2025-03-13/day",
    ]);
    expect(
      dates("قال المتحدث باسم الحرس الوطني الثلاثاء إن طائرة مسيرة قصفت قاعدة تل الحمراء. وأضاف المرصد اليوم أن قذيفتين سقطتا على مدينة المرج أمس."),
    ).toEqual(["2025-03-11/approximate", "2025-03-13/day"]);
  });
});

describe("more Arabic forms of a day", () => {
  it("reads «الـ12 من تشرين الأول الماضي» (the article on the digits) as that day", () => {
    expect(dates("قصفت طائرة مسيرة قاعدة تل الحمراء في الـ12 من تشرين الأول الماضي.")).toEqual(["2024-10-12/day"]);
    expect(dates("قصفت طائرة مسيرة قاعدة تل الحمراء في الـ12 من أكتوبر الماضي.")).toEqual(["2024-10-12/day"]);
  });
  it("reads «قبل قليل», «منذ قليل» as the article's day and «في الأيام الماضية» as some days back, approximate", () => {
    expect(dates("قصفت طائرة مسيرة قاعدة تل الحمراء قبل قليل.")).toEqual(["2025-03-14/day"]);
    expect(dates("سقطت قذيفتان على مدينة المرج منذ قليل.")).toEqual(["2025-03-14/day"]);
    expect(dates("قصفت طائرة مسيرة قاعدة تل الحمراء في الأيام الماضية.")).toEqual(["2025-03-11/approximate"]);
  });
  it("does not read «قليل» or «الأيام» alone as a date", () => {
    expect(dates("قصفت طائرة مسيرة قاعدة تل الحمراء الخميس وأصيب عدد قليل من الجنود.")).toEqual(["2025-03-13/day"]);
    expect(dates("قصفت طائرة مسيرة قاعدة تل الحمراء الخميس، في واحد من أعنف الأيام.")).toEqual(["2025-03-13/day"]);
  });
});

describe("an incident told after the lead one, well before its day", () => {
  const mentions = (body: string) => read(body).reports.map((r) => r.mention ?? null);
  it("is flagged earlier, with no «كان … قد» to say so", () => {
    expect(mentions("قصفت طائرة مسيرة قاعدة تل الحمراء مساء الخميس. وفي الأول من الشهر الجاري، سقطت قذيفتان على مدينة المرج.")).toEqual([null, "earlier"]);
    expect(mentions("A drone struck Tell Hamra base on Thursday. On March 1, two shells hit the town of Marj.")).toEqual([null, "earlier"]);
  });
  it("is not flagged when within days of the lead (a roundup's week) or when the lead has no day of its own", () => {
    expect(mentions("يوم الأحد، قصفت طائرة مسيرة قاعدة تل الحمراء. والخميس، سقطت قذيفتان على مدينة المرج.")).toEqual([null, null]);
    expect(mentions("قصفت طائرة مسيرة قاعدة تل الحمراء قبل أيام. وفي الأول من الشهر الجاري، سقطت قذيفتان على مدينة المرج.")).toEqual([null, null]);
  });
});

describe("the warnings of a date far from the article's", () => {
  it("shows a full date after the article's with «after_published», not the article's day in its place", () => {
    const out = read("قصفت طائرة مسيرة قاعدة تل الحمراء في 20 آذار 2025.");
    expect(out.reports[0]!.date?.value).toEqual({ date: "2025-03-20", precision: "day" });
    expect(out.reports[0]!.dateBasis).toEqual({ phrase: "20 آذار 2025", anchor: "absolute", anchorDate: null });
    expect(out.reports[0]!.dateWarnings).toEqual(["after_published"]);
  });
  it("keeps a day and month stated with no year, a few days after the article's, with «after_published»", () => {
    const out = read("قصفت طائرة مسيرة قاعدة تل الحمراء في 17 آذار.");
    expect(out.reports[0]!.date?.value).toEqual({ date: "2025-03-17", precision: "day" });
    expect(out.reports[0]!.dateWarnings).toEqual(["after_published"]);
    const en = read("On March 18, a drone struck Tell Hamra base.");
    expect(en.reports[0]!.date?.value).toEqual({ date: "2025-03-18", precision: "day" });
    expect(en.reports[0]!.dateWarnings).toEqual(["after_published"]);
  });
  it("does not keep a day more than a month after the article's, nor one of «الشهر الجاري» still to come, nor a weekday", () => {
    expect(dates("قصفت طائرة مسيرة قاعدة تل الحمراء في 25 نيسان الجاري.")).toEqual(["2025-03-14/approximate"]);
    expect(dates("قصفت طائرة مسيرة قاعدة تل الحمراء في 20 من الشهر الجاري.")).not.toContain("2025-03-20/day");
    expect(dates("قصفت طائرة مسيرة قاعدة تل الحمراء، وتعقد الحكومة اجتماعا الأحد المقبل.")).toEqual(["2025-03-14/approximate"]);
  });
  it("still prefers a day of the incident on or before the article's, and never proposes a weekday to come", () => {
    expect(dates("قصفت طائرة مسيرة قاعدة تل الحمراء الخميس، في هجوم هو الثاني منذ 20 آذار 2024.")).toEqual(["2025-03-13/day"]);
    expect(dates("قصفت طائرة مسيرة قاعدة تل الحمراء، وتعقد الحكومة اجتماعا الأحد المقبل.")).toEqual(["2025-03-14/approximate"]);
  });
  it("warns of a date more than 60 days before the article's, told by a full date or a relative one", () => {
    expect(read("قصفت طائرة مسيرة قاعدة تل الحمراء في 3 كانون الثاني 2025.").reports[0]!.dateWarnings).toEqual(["long_before_published"]);
    expect(read("قصفت طائرة مسيرة قاعدة تل الحمراء قبل ثلاثة أشهر.").reports[0]!.dateWarnings).toEqual(["long_before_published"]);
  });
});
