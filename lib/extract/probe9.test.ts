// Issue 18, a ninth probe of the assist on articles nobody tuned it on: fourteen invented articles
// (lib/extract/probe9/, nine Arabic, five English), never taken from the gold texts, written in
// the styles of the outlets the desk reads (SANA's «الحسكة-سانا», the Syrian Observatory's
// governorate lede, Shafaq News, Rudaw Arabic, Al-Mayadeen, Anadolu's «دير الزور/ الأناضول»,
// Enab Baladi, North Press; AP's «WASHINGTON (AP) —», Reuters' dateline, Stars and Stripes'
// «Published:» stamp, an Al-Monitor roundup, a CENTCOM release). Each tells two or three
// incidents: a second attack on another day or base («وفي هجوم ثانٍ», «في حادث منفصل», "a
// separate attack"), a roundup by weekday, a response by artillery or aircraft, a tally ("the
// 141st", «الـ 112 … منذ مطلع العام») and an earlier incident recalled («وكان … قد», "on Jan.
// 28"), with relative dates against the metadata date or the dateline («فجر اليوم الثلاثاء»,
// «مساء أمس الاثنين», «ليل الاثنين», «يوم السبت الفائت», «يوم الخميس الماضي», "overnight
// Monday", "late Sunday"), official and anonymous sources, and places by base, field, town and
// description, some the gazetteer lacks (a village east of Deir ez-Zor, Gwer by Erbil, "a U.S.
// patrol base in eastern Deir ez-Zor province"): entered as the listed region that locates them.
//
// Run through tests/probe-harness.ts: each expectation is a test, known gaps are expected
// failures; PROBE_SCORE=1 prints the tally. Written before any fix: 154 of 211 met (reports
// 10/14, dates 24/30, places 21/31); the misses were classed into general patterns (tallies
// counted by an ordinal figure or a rising count, a roundup's lead, «Earlier this month», a
// pluperfect read as «may», the feminine «أخرى», a headline city standing for its countryside,
// «X air base», a second incident past midnight) and fixed by rules, not by phrase. Later, the
// group named again by a word of its name («قالت المقاومة إنّها استهدفت», named-again.ts) the
// claimant of its second statement: 207 of 211.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadRefs } from "../../scripts/eval-extract";
import { runProbe, type ProbeExpect } from "../../tests/probe-harness";

const SOHR = "المرصد السوري لحقوق الإنسان";
const IRI = "المقاومة الإسلامية في العراق";
const IRI_CLAIM = "Islamic Resistance in Iraq/claimant";

const EXPECTED: Record<string, ProbeExpect[]> = {
  // Tuesday 13 February 2024: a drone on the airfield «فجر اليوم الثلاثاء», and «وفي هجوم ثانٍ»
  // three rockets on Qasrak «مساء أمس الاثنين» (the 12th). «قوات الاحتلال الأمريكي» is the
  // target: no actor.
  "b01-sana-two-bases": [
    { date: "2024-02-13", precision: "day", type: "drone_attack", place: "kharab-al-jir-base", weapons: ["drone"], actors: [], sources: ["مصادر محلية"] },
    { date: "2024-02-12", precision: "day", type: "rocket_attack", place: "qasrak-base", weapons: ["rocket"], count: 3 },
  ],
  // Tuesday 19 March 2024: «ليل الاثنين» is the 18th; the 112th attack since the new year is a
  // tally; the two rockets on al-Omar «يوم السبت الفائت», told in the pluperfect, the 16th.
  "b02-sohr-tally": [
    { date: "2024-03-18", type: "drone_attack", place: "conoco-base", weapons: ["drone"], actors: [], sources: [SOHR] },
    { mention: "background" },
    { mention: "earlier", date: "2024-03-16", precision: "day", type: "rocket_attack", place: "al-omar-base" },
  ],
  // Wednesday 17 January 2024: the rockets reported «اليوم الأربعاء» (no day of their own) and
  // claimed on Telegram; «وفي حادث منفصل» an IED by Rutba «مساء أمس الثلاثاء» (the 16th).
  "b03-shafaq-asad-rutba": [
    {
      date: "2024-01-17",
      type: "rocket_attack",
      place: "ain-al-asad",
      weapons: ["rocket"],
      count: 2,
      casualties: ["none"],
      actors: [IRI_CLAIM],
      sources: [IRI],
    },
    { date: "2024-01-16", precision: "day", type: "ied", place: "rutba", weapons: ["ied"], casualties: ["injured:1"] },
  ],
  // Tuesday 25 June 2024: the drone shot down by Erbil airport «مساء أمس الإثنين» (the 24th); a
  // second drone «بعد منتصف الليل» on a Peshmerga post in Gwer, which the gazetteer lacks (Erbil
  // governorate, or Erbil that the sentence names); the airport's attack of the 4th, pluperfect.
  "b04-rudaw-erbil": [
    {
      date: "2024-06-24",
      precision: "day",
      type: "drone_attack",
      place: "erbil-air-base",
      weapons: ["drone"],
      casualties: ["none"],
      actors: [],
      sources: ["جهاز مكافحة الإرهاب في إقليم كوردستان"],
    },
    { date: "2024-06-25", type: "drone_attack", place: ["erbil-governorate", "erbil"], weapons: ["drone"], casualties: ["injured:2"] },
    { mention: "earlier", date: "2024-06-04", precision: "day", type: "drone_attack", place: "erbil-air-base" },
  ],
  // Monday 22 January 2024: two claims of the day, one base each, in two statements; the count
  // «أكثر من 150 عملية» since October is a tally.
  "b05-mayadeen-claim": [
    { date: "2024-01-22", type: "drone_attack", place: "al-shaddadi-base", weapons: ["drone"], actors: [IRI_CLAIM], sources: [IRI] },
    { date: "2024-01-22", type: "rocket_attack", place: "al-omar-base", weapons: ["rocket"], actors: [IRI_CLAIM] },
    { mention: "background" },
  ],
  // Tuesday 6 August 2024: four rockets on the Conoco base «مساء الإثنين» (the 5th), no one hurt
  // (a US official); the base's artillery answered on Khasham, a report of its own.
  "b06-anadolu-conoco": [
    {
      date: "2024-08-05",
      precision: "day",
      type: "rocket_attack",
      place: "conoco-base",
      weapons: ["rocket"],
      count: 4,
      casualties: ["none"],
      sources: ["مصادر محلية"],
    },
    { date: "2024-08-05", type: "shelling", place: "khasham", weapons: ["artillery"], actors: ["US forces/actor"] },
  ],
  // Friday 12 April 2024: a checkpoint in a village the gazetteer lacks «بريف دير الزور الشرقي»
  // (the governorate); an IED in Hajin «مساء أمس الخميس» (the 11th); the 47 attacks a tally.
  "b07-sohr-unlisted-village": [
    {
      date: "2024-04-12",
      precision: "day",
      type: "armed_attack",
      place: "deir-ez-zor-governorate",
      weapons: ["small_arms"],
      casualties: ["killed:2"],
      actors: [],
    },
    { date: "2024-04-11", precision: "day", type: "ied", place: "hajin", weapons: ["ied"], casualties: ["injured:1"], sources: [SOHR] },
    { mention: "background" },
  ],
  // No metadata; the dateline «الحسكة - 3 أيلول 2024» (a Tuesday) dates it: «مساء أمس الاثنين» is
  // the 2nd; «يوم الخميس الماضي» (pluperfect) the 29th of August.
  "b08-enab-dateline": [
    { date: "2024-09-02", precision: "day", type: "rocket_attack", place: "tell-baydar-base", weapons: ["rocket"], count: 5, sources: ["عنب بلدي"] },
    { mention: "earlier", date: "2024-08-29", precision: "day", type: "drone_attack", place: "al-shaddadi-base" },
  ],
  // Thursday 10 October 2024: the source spoke Thursday of a drone «يوم الثلاثاء» (the 8th); «وفي
  // هجوم ثانٍ، فجر الأربعاء» two mortar rounds by Hemo (the 9th).
  "b09-northpress-weekdays": [
    {
      date: "2024-10-08",
      precision: "day",
      type: "drone_attack",
      place: "rubarba-base",
      weapons: ["drone"],
      casualties: ["none"],
      sources: ["قوات سوريا الديمقراطية"],
    },
    { date: "2024-10-09", precision: "day", type: "shelling", place: "hemo-base", weapons: ["mortar"], count: 2 },
  ],
  // Thursday 18 January 2024: the officials spoke Thursday of a drone on Wednesday (the 17th) and
  // rockets «Hours later» at Green Village (that day); "the 141st" a tally.
  "e10-ap-two-attacks": [
    {
      date: "2024-01-17",
      precision: "day",
      type: "drone_attack",
      place: "ain-al-asad",
      weapons: ["drone"],
      casualties: ["injured:2"],
      actors: [IRI_CLAIM],
      sources: ["two U.S. officials"],
    },
    { date: "2024-01-17", type: "rocket_attack", place: "green-village", weapons: ["rocket"], count: 3, casualties: ["none"] },
    { mention: "background" },
  ],
  // No metadata; the dateline and the URL give Tuesday 27 February 2024: "overnight Monday" is
  // the 26th; "a separate attack on Sunday" the 25th.
  "e11-reuters-overnight": [
    {
      date: "2024-02-26",
      type: "rocket_attack",
      place: "q-west",
      weapons: ["rocket"],
      count: 2,
      casualties: ["none"],
      sources: ["two Iraqi security sources"],
    },
    { date: "2024-02-25", precision: "day", type: "drone_attack", place: "erbil-air-base", weapons: ["drone"] },
  ],
  // No metadata; "Published: March 6, 2024" (a Wednesday): "on Tuesday" is the 5th, at a base the
  // gazetteer lacks, by its province; Tower 22 on Jan. 28 an earlier attack.
  "e12-stripes-deir": [
    {
      date: "2024-03-05",
      precision: "day",
      type: "drone_attack",
      place: "deir-ez-zor-governorate",
      weapons: ["drone"],
      casualties: ["none"],
      sources: ["U.S. defense official"],
    },
    { mention: "earlier", date: "2024-01-28", precision: "day", type: "drone_attack", place: "tower-22", casualties: ["killed:3"] },
  ],
  // Wednesday 13 November 2024, a roundup by weekday: Monday (the 11th) rockets on the Conoco
  // field, Tuesday (the 12th) a drone by Green Village and one shot down by al-Tanf; "more than
  // 200 attacks" a tally.
  "e13-almonitor-roundup": [
    {
      date: "2024-11-11",
      precision: "day",
      type: "rocket_attack",
      place: ["conoco-base", "conoco-gas-field"],
      weapons: ["rocket"],
      count: 4,
      casualties: ["none"],
      sources: ["Syrian Observatory for Human Rights"],
    },
    { date: "2024-11-12", precision: "day", type: "drone_attack", place: "green-village", weapons: ["drone"] },
    { date: "2024-11-12", precision: "day", type: "drone_attack", place: "al-tanf-garrison", weapons: ["drone"] },
    { mention: "background" },
  ],
  // Monday 16 September 2024: airstrikes "late Sunday" (the 15th) near Albukamal, answering a
  // rocket attack on Friday (the 13th, recalled); the al-Tanf drone "Earlier this month" recalled.
  "e14-centcom-strikes": [
    {
      date: "2024-09-15",
      precision: "day",
      type: "airstrike",
      place: "albukamal",
      weapons: ["airstrike"],
      actors: ["US forces/actor"],
      sources: ["US Central Command (CENTCOM)"],
    },
    { mention: "earlier", date: "2024-09-13", precision: "day", type: "rocket_attack", place: "conoco-base" },
    { mention: "earlier", type: "drone_attack", place: "al-tanf-garrison", casualties: ["injured:2"] },
  ],
};

// Expectations the assist does not meet yet («article/incident/field», or «article/reports»), and
// why. Remove an entry when it is met.
const KNOWN_GAPS = new Set<string>([
  // The US official's «إن الهجوم لم يسفر عن إصابات» comes after the artillery's paragraph and
  // goes with the response just told, not with the attack it names.
  "b06-anadolu-conoco/1/casualties",
  // «قصفت مدفعية القاعدة الأمريكية»: the artillery of «the American base» is not read as US
  // forces acting.
  "b06-anadolu-conoco/2/actors",
  // «مصدر عسكري في قوات سوريا الديمقراطية» is proposed as «مصدر عسكري», not the SDF it speaks for.
  "b09-northpress-weekdays/1/sources",
  // "claimed the al-Asad attack" names the base by «al-Asad» alone (no gazetteer form), two
  // sentences on, a tally between: the claim is not joined; and the headline's "US troops
  // attacked" reads US forces as acting.
  "e10-ap-two-attacks/1/actors",
]);

runProbe({
  title: "the assist on a ninth probe of invented articles: incidents, dates and places on new text",
  label: "probe9",
  dir: path.join(path.dirname(fileURLToPath(import.meta.url)), "probe9"),
  expected: EXPECTED,
  knownGaps: KNOWN_GAPS,
  refs: loadRefs(),
});
