// Issue 18, an eleventh probe of the assist on articles nobody tuned it on: twelve invented
// articles (lib/extract/probe11/, seven Arabic, five English), never taken from the gold texts, in
// the forms the grouping and dating rules of generalise-reports.test.ts were written for, told in
// other words: an airlift beside a convoy («حطت طائرة شحن عسكرية في قاعدة …», "two cargo planes
// landed on Monday evening at …"); two convoys through one crossing on one day, of two sizes («رتل
// جديد من 35 آلية» after one of 20, "A second convoy of 40 vehicles"); the news told before the
// earlier attack it followed («انسحبت … بعد أيام من تعرضها لهجوم», "two weeks after a drone attack
// on it") and that attack told again later («وقبل أسبوع، أعلنت فصائل …», "Two weeks ago, …"); a
// base described first and named later ("a base hosting U.S. troops in western Iraq", «قاعدة تضم
// قوات أمريكية في محافظة أربيل»); the day a source spoke apart from the incident's ("according to
// two Iraqi security sources on Sunday" + "late on Saturday", «في مؤتمر صحفي عقد الخميس الماضي …
// صباح الأربعاء», «في بيان، الثلاثاء، … الأسبوع الماضي»); a series's first day («منذ 17 تشرين
// الأول», "attacks that began on October 17"); quotes between the lead and the sentence that names
// the incident again with its day ("The strikes were carried out at about 3:30 a.m. local time
// Friday"); datelines («الحسكة – نورث برس», «أربيل/ الأناضول», "BAGHDAD (Reuters) –"); an article
// with no date anywhere (SANA's «الحسكة-سانا», no metadata); and a second attack on the same base
// the same day («طائرة مسيّرة ثانية … بعد ساعات», «هجوم آخر بصاروخ كاتيوشا», "another drone attack
// hours later"), never joined to the first.
//
// Run through tests/probe-harness.ts: each expectation is a test, known gaps are expected
// failures; PROBE_SCORE=1 prints the tally. Expectations written by hand before any run: 146 of
// 227 met (reports 7/12). Where a headline names two incidents in another order than the body
// (a05, a06), the news are paired in the headline's order, as the assist tells them; the first
// run had them in the body's order, which paired every field of those reports with the other
// incident: 167 of 227 (reports 7/12), no expectation changed. The commonest misses: a sentence
// that names an incident again (a convoy's destination, a base named after a described one, the
// strikes' hour after quotes, an earlier attack told again paragraphs later) opening a report of
// its own; second convoys and attacks not given the first's day and actor; the column of a
// withdrawal read as a convoy. Then «the strikes» named again reaching back over a quote read as
// background (group.ts, group-anaphora): 175 of 227 (reports 8/12); then "according to two
// sources on Sunday, the latest in …" read as the sources' day, the reported speech's "had
// targeted" and "militants attacked" an armed attack: 183 of 227 (reports 9/12); then a
// destination's locator («نحو قاعدة X في ريف Y») no site, «وبحسب بيان …، نُفذت الغارات» the
// strikes named again, and a second convoy taking no place from an airlift told anew: 193 of 227
// (reports 11/12); then a column leaving the base a withdrawal's, «لا نية لإخلاء …» no incident,
// an earlier attack cut off a sentence at that sentence's site and two approximate days a few
// days apart one incident's, and «أُصيب عنصران من "قسد"» the victims, not the actor: 203 of 227
// (reports 12/12); a second drone with no day of its own dated by the incident before it, not by
// the tally between: 204 of 227; then "a convoy of the US-led … coalition" the coalition's, a
// second convoy that names no party the first's, and one told «بعد ساعات» on the first's day:
// 209 of 227; a headline's half going with the body's report of its very kind and day: 211 of 227.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadRefs } from "../../scripts/eval-extract";
import { runProbe, type ProbeExpect } from "../../tests/probe-harness";

const SOHR = "المرصد السوري لحقوق الإنسان";
const KRG_CT = "جهاز مكافحة الإرهاب في إقليم كوردستان";
const IRI = "المقاومة الإسلامية في العراق";
const IRI_CLAIM = "Islamic Resistance in Iraq/claimant";
const COALITION = "US-led coalition/actor";
const US = "US forces/actor";
const WALEED = "al-waleed-crossing-hasakah";

const EXPECTED: Record<string, ProbeExpect[]> = {
  // Sunday 14 January 2024: a convoy of 20 «صباح اليوم الأحد» through al-Waleed, «رتل جديد من 35
  // آلية» through the same crossing hours later (a sequel), and a cargo plane at Kharab al-Jir
  // «مساء أمس السبت» (the 13th), a reinforcement of its own; 120 attacks since 17 October a tally.
  "a01-northpress-convoys-airlift": [
    {
      date: "2024-01-14",
      precision: "day",
      type: "convoy",
      place: [WALEED, "kharab-al-jir-base"],
      weapons: [],
      count: 20,
      actors: [COALITION],
      sources: ["مصدر محلي"],
    },
    { date: "2024-01-14", precision: "day", type: "convoy", place: [WALEED, "tell-baydar-base"], count: 35, actors: [COALITION] },
    { date: "2024-01-13", precision: "day", type: "convoy", place: "kharab-al-jir-base", weapons: [] },
    { mention: "background" },
  ],
  // Tuesday 16 January 2024: the withdrawal from Tell Baydar «اليوم الثلاثاء», «بعد أيام من تعرضها
  // لهجوم بطائرات مسيّرة»; the column of 30 vehicles leaving is the withdrawal, not a convoy of its
  // own; «وقبل أسبوع» tells that earlier attack (the 9th, approximate); a bomb by al-Shaddadi
  // «مساء أمس الاثنين» (the 15th), its victims the SDF, not an actor.
  "a02-enab-withdrawal-earlier": [
    { date: "2024-01-16", precision: "day", type: "other", place: "tell-baydar-base", weapons: [], actors: [US], sources: ["مصادر محلية"] },
    { date: "2024-01-15", precision: "day", type: "ied", place: "al-shaddadi", weapons: ["ied"], casualties: ["injured:2"], actors: [] },
    {
      mention: "earlier",
      date: "2024-01-09",
      precision: "approximate",
      type: "drone_attack",
      place: "tell-baydar-base",
      weapons: ["drone"],
      count: 2,
      actors: [IRI_CLAIM],
    },
  ],
  // Thursday 23 November 2023: the claim of Thursday names «قاعدة تضم قوات أمريكية في محافظة
  // أربيل», the directorate's statement names Harir and the day, «مساء الأربعاء» (the 22nd): one
  // incident; «طائرة مسيّرة ثانية … بعد ساعات» the same night is another; 62 attacks a tally.
  "a03-anadolu-erbil-described": [
    {
      date: "2023-11-22",
      precision: "day",
      type: "drone_attack",
      place: "harir-base",
      weapons: ["drone"],
      casualties: ["none"],
      actors: [IRI_CLAIM],
      sources: [IRI, KRG_CT],
    },
    { date: "2023-11-22", type: "drone_attack", place: "harir-base", weapons: ["drone"] },
    { mention: "background" },
  ],
  // No date in the metadata, the URL or the text: the convoy of 40 trucks «أمس» (its arms a load)
  // and the cargo plane at Kharab al-Jir cannot be dated, and the desk asks for the article's date.
  "a04-sana-undated-airlift": [
    {
      date: null,
      warnings: ["no_article_date"],
      type: "convoy",
      place: [WALEED, "al-shaddadi-base"],
      weapons: [],
      count: 40,
      actors: [US],
      sources: ["مصادر أهلية"],
    },
    { date: null, warnings: ["no_article_date"], type: "convoy", place: "kharab-al-jir-base", actors: [US] },
  ],
  // Saturday 20 January 2024: the Security Media Cell spoke «الخميس الماضي» (the 18th) of rockets
  // «صباح الأربعاء» (the 17th); US strikes on Jurf al-Nasr, then quotes, then CENTCOM's «نُفذت
  // الغارات نحو الساعة الواحدة من فجر الجمعة» (the 19th); 140 attacks a tally.
  "a05-mayadeen-press-conference": [
    {
      date: "2024-01-19",
      precision: "day",
      type: "airstrike",
      place: "jurf-al-sakhar",
      weapons: ["airstrike"],
      casualties: ["killed:3"],
      actors: [US],
      sources: ["القيادة المركزية الأميركية (سنتكوم)"],
    },
    {
      date: "2024-01-17",
      precision: "day",
      type: "rocket_attack",
      place: "ain-al-asad",
      weapons: ["rocket"],
      count: 4,
      casualties: ["none"],
      sources: ["خلية الإعلام الأمني"],
    },
    { mention: "background" },
  ],
  // Tuesday 6 February 2024: convoys of 20 and 35 through Semalka, five hours apart; the SDF said
  // Tuesday that rockets hit al-Omar «الأسبوع الماضي» (the 30th of January, approximate); 11
  // convoys since the new year a tally.
  "a06-sohr-two-convoys-last-week": [
    {
      date: "2024-02-06",
      precision: "day",
      type: "convoy",
      place: ["semalka-crossing", "hasakah-governorate"],
      count: 20,
      actors: [COALITION],
      sources: [SOHR],
    },
    {
      date: "2024-01-30",
      precision: "approximate",
      type: "rocket_attack",
      place: ["al-omar-oil-field", "al-omar-base"],
      weapons: ["rocket"],
      count: 3,
      casualties: ["none"],
      actors: ["Iran-backed militias/actor"],
      sources: ["قوات سوريا الديمقراطية"],
    },
    { date: "2024-02-06", precision: "day", type: "convoy", place: ["semalka-crossing", "deir-ez-zor-governorate"], count: 35, actors: [COALITION] },
    { mention: "background" },
  ],
  // Sunday 10 December 2023: two Katyushas on Victory base at dawn, told again after the
  // condemnations («نحو الساعة الثانية من فجر الأحد»), and «هجوم آخر بصاروخ كاتيوشا» four hours
  // later on the same base; 90 attacks since 17 October a tally.
  "a07-baghdadtoday-victory-twice": [
    {
      date: "2023-12-10",
      precision: "day",
      type: "rocket_attack",
      place: "victory-base",
      weapons: ["rocket"],
      count: 2,
      casualties: ["none"],
      sources: ["مصدر أمني"],
    },
    { date: "2023-12-10", type: "rocket_attack", place: "victory-base", weapons: ["rocket"], count: 1 },
    { mention: "background" },
  ],
  // Sunday 21 January 2024: "a base hosting U.S. troops in western Iraq", "according to … on
  // Sunday", is Ain al-Asad "late on Saturday" (the 20th); the attack on a checkpoint by Sinjar "on
  // Saturday night"; 140 attacks "that began on October 17" a tally.
  "e08-reuters-asad-described": [
    {
      date: "2024-01-20",
      precision: "day",
      type: "drone_attack",
      place: "ain-al-asad",
      weapons: ["drone"],
      casualties: ["none"],
      actors: [IRI_CLAIM],
      sources: ["two Iraqi security sources"],
    },
    { date: "2024-01-20", precision: "day", type: "armed_attack", place: "sinjar", casualties: ["killed:1", "injured:2"], actors: ["Islamic State/actor"] },
    { mention: "background" },
  ],
  // Friday 17 November 2023: strikes by Mayadin, quotes (the attacks "that began on Oct. 17"), then
  // "at about 3:30 a.m. local time Friday"; two rockets on Green Village "late Thursday" (the
  // 16th); 58 attacks since mid-October a tally.
  "e09-ap-strikes-at-dawn": [
    { date: "2023-11-17", precision: "day", type: "airstrike", place: "mayadin", weapons: ["airstrike"], actors: [US], sources: ["Pentagon"] },
    { date: "2023-11-16", precision: "day", type: "rocket_attack", place: "green-village", weapons: ["rocket"], count: 2, casualties: ["none"] },
    { mention: "background" },
  ],
  // Monday 12 February 2024: the withdrawal from Rubarba "on Monday", "two weeks after a drone
  // attack on it", that attack told again "Two weeks ago" (the 29th of January, approximate); two
  // cargo planes at Kharab al-Jir "on Monday evening", their ammunition a load.
  "e10-mee-outpost-cargo-planes": [
    { date: "2024-02-12", precision: "day", type: "other", place: "rubarba-base", weapons: [], actors: [US], sources: ["local sources"] },
    { date: "2024-02-12", precision: "day", type: "convoy", place: "kharab-al-jir-base", weapons: [], count: 2 },
    {
      mention: "earlier",
      date: "2024-01-29",
      precision: "approximate",
      type: "drone_attack",
      place: "rubarba-base",
      weapons: ["drone"],
      count: 2,
      actors: [IRI_CLAIM],
    },
  ],
  // Wednesday 10 January 2024: convoys of 25 and 40 through al-Waleed "on Tuesday" (the 9th); a
  // drone on Tell Baydar "according to local sources on Wednesday", "late Tuesday" (the 9th); 300
  // trucks since early December a tally.
  "e11-northpress-convoys-source-day": [
    {
      date: "2024-01-09",
      precision: "day",
      type: "convoy",
      place: [WALEED, "hasakah-governorate"],
      weapons: [],
      count: 25,
      actors: [COALITION],
      sources: ["local sources"],
    },
    { date: "2024-01-09", precision: "day", type: "convoy", place: [WALEED, "al-shaddadi-base"], count: 40, actors: [COALITION] },
    {
      date: "2024-01-09",
      precision: "day",
      type: "drone_attack",
      place: "tell-baydar-base",
      weapons: ["drone"],
      casualties: ["none"],
      sources: ["local sources"],
    },
    { mention: "background" },
  ],
  // Tuesday 5 December 2023: a drone on al-Shaddadi "early Monday" (the 4th), told again after
  // quotes ("at about 1 a.m. Monday"), and "another drone attack hours later" on the same base;
  // rockets at Erbil air base "last week" (the 28th of November, approximate), said Tuesday; 76
  // attacks since Oct. 17 a tally.
  "e12-pentagon-second-drone": [
    { date: "2023-12-04", precision: "day", type: "drone_attack", place: "al-shaddadi-base", weapons: ["drone"], casualties: ["none"], sources: ["Pentagon"] },
    { date: "2023-12-04", type: "drone_attack", place: "al-shaddadi-base", weapons: ["drone"], casualties: ["none"] },
    {
      date: "2023-11-28",
      precision: "approximate",
      type: "rocket_attack",
      place: "erbil-air-base",
      weapons: ["rocket"],
      casualties: ["none"],
      sources: ["Pentagon"],
    },
    { mention: "background" },
  ],
};

// Expectations the assist does not meet yet («article/incident/field», or «article/reports»), and
// why. Remove an entry when it is met.
const KNOWN_GAPS = new Set<string>([
  // The first convoy lacks the local source.
  "a01-northpress-convoys-airlift/1/sources",
  // The withdrawal lacks the local sources (they speak of the column that left, joined to it);
  // the earlier attack keeps «بعد أيام من» (the 13th), not «قبل أسبوع» (the 9th).
  "a02-enab-withdrawal-earlier/1/sources",
  "a02-enab-withdrawal-earlier/3/date",
  // «قوات الاحتلال الأمريكي» is not the US forces (kept so on purpose, arabic-probe3), nor «طائرة
  // شحن عسكرية أمريكية»; the airlift, told with no day, gets no date and no warning.
  "a04-sana-undated-airlift/1/actors",
  "a04-sana-undated-airlift/2/warnings",
  "a04-sana-undated-airlift/2/actors",
  // «خلايا تابعة للميليشيات الإيرانية» names no actor; the second convoy, after the rockets in
  // the headline's order, takes their «الأسبوع الماضي» (without the headline, the article's day,
  // approximate).
  "a06-sohr-two-convoys-last-week/2/actors",
  "a06-sohr-two-convoys-last-week/3/date",
  "a06-sohr-two-convoys-last-week/3/precision",
  // The claimant of "The Islamic Resistance in Iraq, a loose alliance of Iran-backed armed
  // factions, said in a statement on Telegram it had targeted the base" is not read (the
  // apposition between the name and its verb).
  "e08-reuters-asad-described/1/actors",
  // "…, local sources and a Kurdish official told Middle East Eye" goes to the earlier attack cut
  // off the lead, not the withdrawal; "two cargo planes" is no count.
  "e10-mee-outpost-cargo-planes/1/sources",
  "e10-mee-outpost-cargo-planes/2/count",
  // "A second convoy … in the afternoon" is dated approximately.
  "e11-northpress-convoys-source-day/2/precision",
  // "the Pentagon said in a statement on Tuesday" goes to the second drone's clause only, and
  // "Neither attack caused injuries" to no report.
  "e12-pentagon-second-drone/1/casualties",
  "e12-pentagon-second-drone/1/sources",
  "e12-pentagon-second-drone/2/casualties",
]);

runProbe({
  title: "the assist on an eleventh probe of invented articles: airlifts, second convoys, earlier attacks, bases named late, speakers' days",
  label: "probe11",
  dir: path.join(path.dirname(fileURLToPath(import.meta.url)), "probe11"),
  expected: EXPECTED,
  knownGaps: KNOWN_GAPS,
  refs: loadRefs(),
});
