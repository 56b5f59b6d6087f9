// Issue 18, a tenth probe of the assist on articles nobody tuned it on: twelve invented articles
// (lib/extract/probe10/, seven Arabic, five English), never taken from the gold texts, in the
// forms probe9 lacks: long pieces whose incidents come in the fourth paragraph or later after a
// political lead (Shafaq, Politico, an analysis in Al-Araby); roundups dated days after what they
// list («يوم الأحد الماضي», «في 6 من الشهر الجاري», "On April 14", "last Thursday"); an official
// statement of Friday on an attack of Wednesday («أعلنت القيادة المركزية الأمريكية، الجمعة، أن …
// يوم الأربعاء»); two incidents in one sentence joined by «فيما», «في حين», "while", or a
// "Meanwhile" paragraph; incidents told in a Q&A's bullet list by weekday; anaphora ("Tuesday's
// attack", "the Jan. 28 attack on Tower 22") that must not make new reports; Eastern Arabic digits
// (٣ صواريخ, «٢٠٢٤/٠٤/٠٩» as the only date); and places named only by governorate or region
// («ريف دير الزور الشرقي», «محافظة الديوانية», "northern Iraq", "eastern Syria").
//
// Run through tests/probe-harness.ts: each expectation is a test, known gaps are expected
// failures; PROBE_SCORE=1 prints the tally. Expectations written by hand before any run: 130 of
// 234 met (reports 5/12). The commonest miss, a roundup's or a Q&A's lead that names no kind of
// attack opening a report of its own and shifting every listed incident one place down, is set
// apart as background (report.ts, flagEmptyReports): 160 of 234; then a lead's «…، بعد أيام من
// الضربات», "…, days after the airstrikes" reads the strikes as an earlier incident
// (rules/clauses.ts, cut-span-after): 181 of 236 (with the recalled strikes of a02 added); then
// a bullet's head day («Monday: …») is its report's day even when the headline's «this week's»
// joins the first bullet (report.ts): 183 of 236; then "… on Sunday while rockets were fired at
// …" cut into a clause of its own (rules/clauses.ts, cut-while-weapon), dated by its sentence's
// day rather than by "said Monday" (report.ts): 192 of 236.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadRefs } from "../../scripts/eval-extract";
import { runProbe, type ProbeExpect } from "../../tests/probe-harness";

const SOHR = "المرصد السوري لحقوق الإنسان";
const KRG_CT = "جهاز مكافحة الإرهاب في إقليم كوردستان";

const EXPECTED: Record<string, ProbeExpect[]> = {
  // Sunday 4 February 2024: three paragraphs of politics, then a drone on Ain al-Asad «فجر اليوم
  // الأحد» and two Katyushas by Harir «مساء أمس السبت» (the 3rd); 165 attacks a tally.
  "a01-shafaq-long-lead": [
    { date: "2024-02-04", precision: "day", type: "drone_attack", place: "ain-al-asad", weapons: ["drone"], casualties: ["none"] },
    { date: "2024-02-03", precision: "day", type: "rocket_attack", place: "harir-base", weapons: ["rocket"], count: 2, sources: [KRG_CT] },
    { mention: "background" },
  ],
  // Saturday 10 February 2024, a weekly roundup: «يوم الأحد الماضي» the 4th, «في 6 من الشهر
  // الجاري» the 6th, «يوم الخميس» the 8th; 170 attacks a tally.
  "a02-enab-weekly-roundup": [
    {
      date: "2024-02-04",
      precision: "day",
      type: "drone_attack",
      place: "al-shaddadi-base",
      weapons: ["drone"],
      casualties: ["none"],
      sources: ["مصادر محلية"],
    },
    {
      date: "2024-02-06",
      precision: "day",
      type: "rocket_attack",
      place: "conoco-base",
      weapons: ["rocket"],
      count: 4,
      actors: ["Islamic Resistance in Iraq/claimant"],
    },
    { date: "2024-02-08", precision: "day", type: "drone_attack", place: "kharab-al-jir-base", weapons: ["drone"], casualties: ["injured:2"], sources: [SOHR] },
    // The lead's «بعد أيام من الضربات الجوية … التي نفذتها واشنطن»: strikes recalled (added after
    // the first run: the hand-written list had left the recalled strikes out).
    { mention: "earlier", type: "airstrike" },
    { mention: "background" },
  ],
  // Friday 1 March 2024: CENTCOM said Friday that al-Tanf was attacked «يوم الأربعاء» (the 28th
  // of February) and that its forces struck by Albukamal «الخميس» (the 29th).
  "a03-mayadeen-centcom-later": [
    {
      date: "2024-02-28",
      precision: "day",
      type: "drone_attack",
      place: "al-tanf-garrison",
      weapons: ["drone"],
      count: 3,
      casualties: ["none"],
      sources: ["القيادة المركزية الأميركية (سنتكوم)"],
    },
    { date: "2024-02-29", precision: "day", type: "airstrike", place: "albukamal", weapons: ["airstrike"], actors: ["US forces/actor"] },
  ],
  // Tuesday 12 March 2024: one sentence, «فيما» joining drones on al-Omar and rockets on Tell
  // Baydar «مساء أمس الاثنين» (the 11th); another, «في حين» joining a bomb by Dhiban «فجر اليوم
  // الثلاثاء» and shots at a checkpoint in a town the gazetteer lacks (the governorate of the lede).
  "a04-sohr-faima-same-sentence": [
    { date: "2024-03-11", precision: "day", type: "drone_attack", place: ["al-omar-base", "al-omar-oil-field"], weapons: ["drone"], count: 2, sources: [SOHR] },
    { date: "2024-03-11", type: "rocket_attack", place: "tell-baydar-base", weapons: ["rocket"], count: 3 },
    { date: "2024-03-12", precision: "day", type: "ied", place: "dhiban", weapons: ["ied"], casualties: ["injured:3"] },
    { date: "2024-03-12", type: "armed_attack", place: "deir-ez-zor-governorate", weapons: ["small_arms"], casualties: ["killed:1"] },
    { mention: "background" },
  ],
  // No metadata; the dateline «٢٠٢٤/٠٤/٠٩» (a Tuesday) in Eastern digits: «مساء أمس الاثنين» the
  // 8th, «٣ صواريخ» three; the answering shelling named by its region only; the drone of
  // «٢٠٢٤/٠٤/٠٤», pluperfect, an earlier attack.
  "a05-dez24-eastern-digits": [
    { date: "2024-04-08", precision: "day", type: "rocket_attack", place: "conoco-base", weapons: ["rocket"], count: 3 },
    { date: "2024-04-08", type: "shelling", place: "deir-ez-zor-governorate", weapons: ["artillery"], count: 12, actors: ["US forces/actor"] },
    { mention: "earlier", date: "2024-04-04", precision: "day", type: "drone_attack", place: "conoco-base", casualties: ["injured:2"] },
  ],
  // Wednesday 5 June 2024, a Q&A: a bullet per weekday, Monday the 3rd, Tuesday the 4th, «اليوم
  // الأربعاء» the 5th at a field named by its governorate only.
  "a06-rudaw-qa-bullets": [
    { date: "2024-06-03", precision: "day", type: "drone_attack", place: "erbil-air-base", weapons: ["drone"], casualties: ["none"] },
    { date: "2024-06-04", precision: "day", type: "drone_attack", place: "harir-base", weapons: ["drone"], count: 2, casualties: ["injured:1"] },
    { date: "2024-06-05", precision: "day", type: "drone_attack", place: "kirkuk-governorate", weapons: ["drone"], casualties: ["none"] },
  ],
  // Saturday 23 March 2024, an analysis: the 12th (Q-West), the 14th (a drone downed «في شمال
  // العراق»: Iraq), «يوم الأحد الماضي» the 17th (Erbil airport), «مساء الأربعاء» the 20th (a
  // bomb in Diwaniyah governorate). Tower 22 is recalled without a day: not expected.
  "a07-alaraby-analysis": [
    {
      date: "2024-03-12",
      precision: "day",
      type: "rocket_attack",
      place: "q-west",
      weapons: ["rocket"],
      count: 2,
      casualties: ["none"],
      sources: ["خلية الإعلام الأمني"],
    },
    { date: "2024-03-14", precision: "day", type: "drone_attack", place: "iraq", weapons: ["drone"] },
    { date: "2024-03-17", precision: "day", type: "drone_attack", place: "erbil-air-base", weapons: ["drone"], sources: [KRG_CT] },
    { date: "2024-03-20", precision: "day", type: "ied", place: "qadisiyah-governorate", weapons: ["ied"], casualties: ["none"] },
  ],
  // Thursday 11 July 2024: the attack in the fourth paragraph, "On Tuesday" (the 9th), and
  // "Tuesday's attack" the same one; "Late Wednesday" the 10th; Tower 22 recalled without a day.
  "e08-politico-long-lead": [
    {
      date: "2024-07-09",
      precision: "day",
      type: "rocket_attack",
      place: "ain-al-asad",
      weapons: ["rocket"],
      count: 2,
      casualties: ["none"],
      sources: ["U.S. defense official"],
    },
    { date: "2024-07-10", precision: "day", type: "drone_attack", place: "conoco-base", weapons: ["drone"], casualties: ["none"] },
  ],
  // Thursday 1 February 2024: a drone "in northern Iraq on Tuesday" (the 30th of January), told
  // again as "Tuesday's attack"; "the Jan. 28 attack on Tower 22" an earlier attack, named twice.
  "e09-reuters-tower22-anaphora": [
    { date: "2024-01-30", precision: "day", type: "drone_attack", place: "iraq", weapons: ["drone"], casualties: ["none"], sources: ["two U.S. officials"] },
    { mention: "earlier", date: "2024-01-28", precision: "day", place: "tower-22", casualties: ["killed:3"] },
  ],
  // Monday 22 January 2024: "while" joins two attacks of Sunday (the 21st) on two bases; a
  // "Meanwhile" bomb by Rutba "on Sunday evening"; the claim goes with the two Syrian bases.
  "e10-ap-while-meanwhile": [
    {
      date: "2024-01-21",
      precision: "day",
      type: "drone_attack",
      place: "kharab-al-jir-base",
      weapons: ["drone"],
      count: 2,
      actors: ["Islamic Resistance in Iraq/claimant"],
    },
    { date: "2024-01-21", type: "rocket_attack", place: "qasrak-base", weapons: ["rocket"], actors: ["Islamic Resistance in Iraq/claimant"] },
    { date: "2024-01-21", precision: "day", type: "ied", place: "rutba", weapons: ["ied"], casualties: ["injured:2"] },
  ],
  // Wednesday 5 June 2024, bullets by weekday: Monday the 3rd, Tuesday the 4th, Wednesday the 5th.
  "e11-middleeasteye-bullets": [
    { date: "2024-06-03", precision: "day", type: "rocket_attack", place: "al-shaddadi-base", weapons: ["rocket"], count: 4, casualties: ["none"] },
    { date: "2024-06-04", precision: "day", type: "drone_attack", place: "green-village", weapons: ["drone"] },
    { date: "2024-06-05", precision: "day", type: "shelling", place: ["kharab-al-jir-base", "rmeilan"], weapons: ["mortar"], casualties: ["injured:1"] },
  ],
  // Saturday 20 April 2024, a weekly roundup: "On April 14" at an outpost "in eastern Syria"
  // (Syria); "On Tuesday" the 16th; "last Thursday" the 18th, and the coalition's answering
  // artillery that day at a launch site in Iraq.
  "e12-almonitor-week-roundup": [
    { date: "2024-04-14", precision: "day", type: "drone_attack", place: "syria", weapons: ["drone"], sources: ["Syrian Observatory for Human Rights"] },
    { date: "2024-04-16", precision: "day", type: "armed_attack", place: "hajin", weapons: ["small_arms"], casualties: ["killed:2"] },
    { date: "2024-04-18", precision: "day", type: "rocket_attack", place: "rmeilan", weapons: ["rocket"], count: 3 },
    { date: "2024-04-18", type: "shelling", place: "iraq", weapons: ["artillery"], actors: ["US-led coalition/actor"] },
    { mention: "background" },
  ],
};

// Expectations the assist does not meet yet («article/incident/field», or «article/reports»), and
// why. Remove an entry when it is met.
const KNOWN_GAPS = new Set<string>([
  // the analysts' paragraph on Daesh cells in Anbar's desert is read as clashes, a report of its own.
  "a01-shafaq-long-lead/reports",
  // «تعرضت … لهجوم بثلاث طائرات مسيّرة» gives no type to the Wednesday attack; the Thursday strike takes al-Tanf, the place of the sentence before, not Albukamal, and CENTCOM as «قواتها» is not read as US forces acting.
  "a03-mayadeen-centcom-later/1/type",
  "a03-mayadeen-centcom-later/2/place",
  "a03-mayadeen-centcom-later/2/actors",
  // «أطلق مسلحون مجهولون النار» is not read as small arms.
  "a04-sohr-faima-same-sentence/4/weapons",
  // the earlier drone «القاعدة ذاتها» takes the gas field, not the base told before, and «أُصيب حينها ٢ من عناصر» is not read as a toll.
  "a05-dez24-eastern-digits/3/place",
  "a05-dez24-eastern-digits/3/casualties",
  // «أسقطت الدفاعات الجوية … طائرة مسيّرة …، دون أضرار»: «no damage» after a drone downed is not read as no casualties.
  "a06-rudaw-qa-bullets/1/casualties",
  // the analysis's lead opens on «بعد نحو ستة أسابيع من الهدوء … الذي أعقب الضربات»: no comma before it, so the strikes recalled are read as news, and Tower 22 recalled without a day and the talks in Washington make more reports; the four listed attacks pair out of place.
  "a07-alaraby-analysis/reports",
  "a07-alaraby-analysis/1/date",
  "a07-alaraby-analysis/1/precision",
  "a07-alaraby-analysis/1/type",
  "a07-alaraby-analysis/1/place",
  "a07-alaraby-analysis/1/weapons",
  "a07-alaraby-analysis/1/count",
  "a07-alaraby-analysis/1/casualties",
  "a07-alaraby-analysis/1/sources",
  "a07-alaraby-analysis/2/date",
  "a07-alaraby-analysis/2/type",
  "a07-alaraby-analysis/2/place",
  "a07-alaraby-analysis/2/weapons",
  "a07-alaraby-analysis/3/date",
  "a07-alaraby-analysis/3/place",
  "a07-alaraby-analysis/3/sources",
  "a07-alaraby-analysis/4/date",
  "a07-alaraby-analysis/4/type",
  "a07-alaraby-analysis/4/place",
  "a07-alaraby-analysis/4/weapons",
  "a07-alaraby-analysis/4/casualties",
  // the drone «near a base … in northern Iraq» takes Tower 22 from the anaphora sentence after it, and the Tower 22 attack is proposed as news, not as an earlier attack.
  "e09-reuters-tower22-anaphora/reports",
  "e09-reuters-tower22-anaphora/1/place",
  "e09-reuters-tower22-anaphora/2/mention",
  "e09-reuters-tower22-anaphora/2/date",
  "e09-reuters-tower22-anaphora/2/precision",
  "e09-reuters-tower22-anaphora/2/place",
  "e09-reuters-tower22-anaphora/2/casualties",
  // the claim of "the attacks on the two Syrian bases" goes to the report told last, the Rutba bomb, not to the two it names (the rockets' report met it only while the bomb was paired with it).
  "e10-ap-while-meanwhile/1/actors",
  "e10-ap-while-meanwhile/2/actors",
  // "prompting the US-led coalition to fire artillery at the launch site": the answer stays in the rockets' report.
  "e12-almonitor-week-roundup/reports",
  "e12-almonitor-week-roundup/4/date",
  "e12-almonitor-week-roundup/4/type",
  "e12-almonitor-week-roundup/4/place",
  "e12-almonitor-week-roundup/4/weapons",
  "e12-almonitor-week-roundup/4/actors",
]);

runProbe({
  title: "the assist on a tenth probe of invented articles: long leads, late statements, joined incidents and regions",
  label: "probe10",
  dir: path.join(path.dirname(fileURLToPath(import.meta.url)), "probe10"),
  expected: EXPECTED,
  knownGaps: KNOWN_GAPS,
  refs: loadRefs(),
});
