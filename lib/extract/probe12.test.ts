// Issue 18, a twelfth probe of the assist on articles nobody tuned it on: twelve invented articles
// (lib/extract/probe12/, eight Arabic, four English), never taken from the gold texts, in the
// registers and outlets an Arabic desk pastes after those of probe11: a monitor's weekly roundup
// by governorate and dated weekday («يوم الثلاثاء 20 شباط»), its lead a sum of the week's dead; a
// Telegram claim carried by a television channel and a second claim «عبر القناة ذاتها»; a toll
// that rises twice down the article («ارتفعت حصيلة ضحايا الهجوم إلى أربعة قتلى»); a denial of a
// rumoured attack («نفت … صحة الأنباء … عن تعرض قاعدة حرير لهجوم») beside a real one; a Kurdish
// counter-terrorism statement in the 24-hour clock («في تمام الساعة 23:40 من ليلة الثلاثاء
// 9/1/2024»); a Security Media Cell statement of three incidents in three provinces; an Israeli
// strike in SANA's register («عدواناً جوياً من اتجاه الجولان السوري المحتل»), Israel on no list;
// an analysis whose one incident sits in its middle, between recalled attacks and a tally; a live
// blog told newest first, one strike in two entries; a CENTCOM release ("On Jan. 12 at
// approximately 4:30 a.m. (Baghdad time)"); an article dated by its URL only; an AFP wire of a
// raid and an attack "Hours later".
//
// Run through tests/probe-harness.ts: each expectation is a test, known gaps are expected
// failures; PROBE_SCORE=1 prints the tally. Expectations written by hand before any run: 109 of
// 208 met (reports 7/12); one plain mistake corrected after (e09's unnamed source is named in the
// article's own words, "Two Iraqi security sources", capital and all): 110 of 208 (reports 7/12).
// The commonest misses: a headline, or a headline and lead, that sums or announces several
// incidents (a week's dead, «هجومان بمسيّرتين», "Statement on Attack at … and Self-Defense Strike
// near …") opening a report of its own and shifting every incident one place down (a01, a05,
// e10); an analysis's recalled attacks read as news and its «الهجوم هو الأول … منذ» as another
// (a08); a denial and the rumour it denies read as incidents (a04); live-blog entries not parted
// by their stamps (e09); a lead with no event read, the SANA hour between «نفذ» and «عدواناً
// جوياً» (a07) and an English "raid" (e12); an institution named again («الخلية», «الفصائل») not
// resolved as source or claimant; tallies that name weapons or the dead not flagged. Then a place
// whose name takes the article not read in a common word without it («تنفي», «ورقة»), and a light
// verb reaching its noun over the hour («نفذ … نحو الساعة 11:35 من مساء اليوم عدواناً جوياً»):
// 117 of 208 (reports 7/12); then a first report that sums up the ones after it (two kinds of
// weapon or two sites, each told after it) set apart as background, its source theirs: 153 of
// 208 (reports 10/12); then a denial of reports or, in a headline, of an attack («نفت … صحة
// الأنباء عن تعرض القاعدة لهجوم», «تنفي استهداف قاعدة حرير») no incident: 158 of 208; then a
// toll raised later («بارتفاع حصيلة الهجوم إلى ثلاثة قتلى، بعد وفاة أحد الجرحى») the attack's
// toll, its sentence no report of its own: 159 of 208; then an institution named again as source
// or claimant («وذكرت الخلية» after «خلية الإعلام الأمني», «أعلنت الفصائل» after «فصائل "المقاومة
// الإسلامية في العراق"»): 164 of 208; then the harness pairing flagged reports by kind and date
// (a08's tally with the background report, not the earlier one): 165 of 208.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadRefs } from "../../scripts/eval-extract";
import { runProbe, type ProbeExpect } from "../../tests/probe-harness";

const SOHR = "المرصد السوري لحقوق الإنسان";
const SOHR_EN = "Syrian Observatory for Human Rights";
const KRG_CT = "جهاز مكافحة الإرهاب في إقليم كوردستان";
const CELL = "خلية الإعلام الأمني";
const IRI = "المقاومة الإسلامية في العراق";
const IRI_CLAIM = "Islamic Resistance in Iraq/claimant";
const CENTCOM = "US Central Command (CENTCOM)";
const US = "US forces/actor";
const COALITION = "US-led coalition/actor";
const ISIS = "Islamic State/actor";

const EXPECTED: Record<string, ProbeExpect[]> = {
  // Saturday 24 February 2024, the week of the 17th to the 23rd by governorate: a drone on a car
  // by Albukamal «يوم الأحد 18 شباط» (the militiamen killed are its victims, not its actors);
  // rockets on al-Omar on the 20th; a bomb on an SDF patrol on the road from al-Hol on the 21st;
  // gunmen by Tabqa on the 22nd; the lead's sum of the week is no incident; 37 attacks a tally.
  "a01-sohr-weekly-toll": [
    {
      date: "2024-02-18",
      precision: "day",
      type: "drone_attack",
      place: "albukamal",
      weapons: ["drone"],
      casualties: ["killed:3"],
      actors: [],
      sources: [SOHR],
    },
    {
      date: "2024-02-20",
      precision: "day",
      type: "rocket_attack",
      place: ["al-omar-base", "al-omar-oil-field"],
      weapons: ["rocket"],
      count: 3,
      casualties: ["none"],
      actors: [],
    },
    { date: "2024-02-21", precision: "day", type: "ied", place: ["al-hawl", "hasakah"], weapons: ["ied"], casualties: ["injured:2"], actors: [] },
    {
      date: "2024-02-22",
      precision: "day",
      type: "armed_attack",
      place: "tabqa",
      weapons: ["small_arms"],
      casualties: ["killed:1", "injured:3"],
      sources: [SOHR],
    },
    { mention: "background" },
  ],
  // Thursday 25 January 2024: the claim on Harir «فجر اليوم الخميس» on Telegram, carried by Al
  // Mayadeen; a second claim, rockets on Conoco, «في بيان ثانٍ بعد نحو ساعتين»; the Kurdish
  // source's no injuries, told after the second claim, is Harir's; 150 attacks a tally.
  "a02-shafaq-telegram-relay": [
    {
      date: "2024-01-25",
      precision: "day",
      type: "drone_attack",
      place: "harir-base",
      weapons: ["drone"],
      casualties: ["none"],
      actors: [IRI_CLAIM],
      sources: [IRI, "الميادين"],
    },
    { date: "2024-01-25", type: "rocket_attack", place: ["conoco-base", "conoco-gas-field"], weapons: ["rocket"], actors: [IRI_CLAIM], sources: [IRI] },
    { mention: "background" },
  ],
  // Saturday 9 March 2024: the attack by Baiji «مساء أمس الجمعة» (the 8th), two dead at first,
  // three later, four dead and one wounded at last; the hospital in Tikrit is no place of it, the
  // mourning statement and the victory of 2017 no incidents.
  "a03-sumaria-toll-rises": [
    {
      date: "2024-03-08",
      precision: "day",
      type: "armed_attack",
      place: "baiji",
      weapons: ["small_arms"],
      casualties: ["killed:4", "injured:1"],
      actors: [ISIS],
      sources: ["مصدر أمني"],
    },
  ],
  // Tuesday 13 February 2024: the rockets on Harir «ليل الاثنين» are denied and were only posted
  // on Telegram: no report; the drone downed by Erbil airport «مساء أمس الاثنين» (the 12th),
  // claimed by nobody (the factions that claimed «معظمها» are no actor of it).
  "a04-rudaw-denial": [
    {
      date: "2024-02-12",
      precision: "day",
      type: "drone_attack",
      place: "erbil-air-base",
      weapons: ["drone"],
      casualties: ["none"],
      actors: [],
      sources: [KRG_CT],
    },
  ],
  // Wednesday 10 January 2024, a statement in the 24-hour clock: Harir at 23:40 on Tuesday the
  // 9th, a second drone downed over Erbil airport at 01:15 on Wednesday the 10th; «مجموعات خارجة
  // عن القانون» names no actor; 20 attacks in three months a tally.
  "a05-k24-ct-statement-clock": [
    {
      date: "2024-01-09",
      precision: "day",
      type: "drone_attack",
      place: "harir-base",
      weapons: ["drone"],
      casualties: ["none"],
      actors: [],
      sources: [KRG_CT],
    },
    { date: "2024-01-10", precision: "day", type: "drone_attack", place: "erbil-air-base", weapons: ["drone"], casualties: ["none"], sources: [KRG_CT] },
    { mention: "background" },
  ],
  // Monday 18 March 2024, three provinces in one statement: two Katyushas by Ain al-Asad «مساء
  // أمس الأحد» (the 17th; the launcher by Hit is no place of it); an Iraqi air strike in Kirkuk
  // province (a valley the gazetteer lacks) «فجر اليوم الاثنين», Daesh its target and Iraq's air
  // force on no list; a bomb between Tal Afar and Sinjar «صباح اليوم».
  "a06-ina-security-cell-provinces": [
    {
      date: "2024-03-17",
      precision: "day",
      type: "rocket_attack",
      place: "ain-al-asad",
      weapons: ["rocket"],
      count: 2,
      casualties: ["none"],
      sources: [CELL],
    },
    {
      date: "2024-03-18",
      precision: "day",
      type: "airstrike",
      place: "kirkuk-governorate",
      weapons: ["airstrike"],
      casualties: ["killed:3"],
      actors: [],
      sources: [CELL],
    },
    { date: "2024-03-18", precision: "day", type: "ied", place: ["tal-afar", "sinjar"], weapons: ["ied"], casualties: ["injured:2"], sources: [CELL] },
  ],
  // Wednesday 27 March 2024: the strike by Palmyra «من مساء اليوم», two dead and three wounded,
  // Israel on no list and the Syrian army's air defence no actor; the strike on T4 «في الـ 6 من
  // الشهر الجاري», in the pluperfect, an earlier one.
  "a07-sana-israeli-aggression": [
    {
      date: "2024-03-27",
      precision: "day",
      type: "airstrike",
      place: "palmyra",
      weapons: ["airstrike"],
      casualties: ["killed:2", "injured:3"],
      actors: [],
      sources: ["مصدر عسكري"],
    },
    { mention: "earlier", date: "2024-03-06", precision: "day", type: "airstrike", place: "t4-airbase", casualties: ["injured:1"] },
  ],
  // Thursday 29 February 2024, an analysis: its one incident, two drones on Ain al-Asad «فجر أمس
  // الأربعاء» (the 28th), in the third paragraph; Tower 22 «يوم 28 كانون الثاني» and the US strikes
  // after it recalled; 170 attacks a tally.
  "a08-alaraby-analysis-middle": [
    {
      date: "2024-02-28",
      precision: "day",
      type: "drone_attack",
      place: "ain-al-asad",
      weapons: ["drone"],
      count: 2,
      casualties: ["none"],
      actors: [],
      sources: ["مسؤول أمني عراقي"],
    },
    { mention: "earlier", date: "2024-01-28", precision: "day", place: "tower-22", casualties: ["killed:3"] },
    { mention: "earlier", type: "airstrike", actors: [US] },
    { mention: "background" },
  ],
  // Sunday 11 February 2024, a live blog newest first: CENTCOM's entry on the Baghdad strike and
  // the first entry on it (two dead) are one incident; the rockets on Ain al-Asad between them
  // another; the government's condemnation none.
  "e09-aljazeera-live-baghdad": [
    {
      date: "2024-02-11",
      precision: "day",
      type: "drone_attack",
      place: "baghdad",
      weapons: ["drone"],
      casualties: ["killed:2"],
      actors: [US],
      sources: [CENTCOM],
    },
    {
      date: "2024-02-11",
      precision: "day",
      type: "rocket_attack",
      place: "ain-al-asad",
      weapons: ["rocket"],
      count: 3,
      actors: [],
      sources: ["Two Iraqi security sources"],
    },
  ],
  // Saturday 13 January 2024: "On Jan. 12 at approximately 4:30 a.m. (Baghdad time)" rockets and
  // missiles on Ain al-Asad, one wounded; "on Jan. 13 at approximately 1:15 a.m." the strike by
  // al-Qaim; 130 attacks a tally.
  "e10-centcom-asad-qaim": [
    {
      date: "2024-01-12",
      precision: "day",
      type: "rocket_attack",
      place: "ain-al-asad",
      weapons: ["rocket", "missile"],
      casualties: ["injured:1"],
      actors: ["Iran-backed militias/actor"],
      sources: [CENTCOM],
    },
    { date: "2024-01-13", precision: "day", type: "airstrike", place: "al-qaim", weapons: ["airstrike"], actors: [US], sources: [CENTCOM] },
    { mention: "background" },
  ],
  // No date line; the URL's «/2024/03/05/» (a Tuesday) dates the article: rockets on Ain al-Asad
  // "late on Monday" (the 4th), a bomb on a supply convoy by Diwaniyah "On Tuesday morning" (the
  // 5th), the coalition its target, not its actor, and no convoy.
  "e11-thenational-url-dated": [
    {
      date: "2024-03-04",
      precision: "day",
      type: "rocket_attack",
      place: "ain-al-asad",
      weapons: ["rocket"],
      count: 2,
      casualties: ["none"],
      sources: ["Iraqi security officials"],
      warnings: [],
    },
    { date: "2024-03-05", precision: "day", type: "ied", place: "qadisiyah-governorate", weapons: ["ied"], casualties: ["none"], actors: [] },
  ],
  // Wednesday 13 March 2024: the SDF's raid with the coalition by Dhiban "on Tuesday" (the 12th);
  // "Hours later" gunmen at a checkpoint by al-Busayrah, "suspected IS gunmen"; 60 killed since
  // the start of the year a tally, 2019 no incident.
  "e12-afp-sdf-raid-dhiban": [
    {
      date: "2024-03-12",
      precision: "day",
      type: "security_operation",
      place: "dhiban",
      casualties: ["killed:1"],
      actors: ["Syrian Democratic Forces/actor", COALITION],
      sources: ["Syrian Democratic Forces", SOHR_EN],
    },
    { date: "2024-03-12", type: "armed_attack", place: "al-busayrah", weapons: ["small_arms"], casualties: ["killed:2"], actors: [ISIS], sources: [SOHR_EN] },
    { mention: "background" },
  ],
};

// Expectations the assist does not meet yet («article/incident/field», or «article/reports»), and
// why. Remove an entry when it is met.
const KNOWN_GAPS = new Set<string>([
  // The claim's day «أعلنت …، فجر اليوم الخميس، استهداف» is read as approximate (as arabic-probe3
  // p06 has it), though the Kurdish source puts the sirens at three that night; that source's no
  // injuries goes to the Conoco claim told before it.
  "a02-shafaq-telegram-relay/1/precision",
  "a02-shafaq-telegram-relay/1/casualties",
  // The rumour the ministry denies, posted on Telegram («وكانت حسابات … قد نشرت … أن ثلاثة صواريخ
  // سقطت داخل القاعدة»), is read as a rocket attack at Harir.
  "a04-rudaw-denial/reports",
  // «وكراً لعصابات داعش» (the target) is read as the actor; «إصابة منتسبَين اثنين» is no casualty
  // figure.
  "a06-ina-security-cell-provinces/2/actors",
  "a06-ina-security-cell-provinces/3/casualties",
  // Tower 22 and the strikes after it, recalled («لا سيما بعد الهجوم الذي استهدف البرج 22 …»), are
  // read as news dated by the committee's meeting «أواخر كانون الثاني الماضي», with the headline;
  // «وأوضح أن الهجوم هو الأول على القاعدة منذ نحو ثلاثة أسابيع» opens another report (clashes from
  // the expert's «مواجهة مفتوحة»); the drones on Ain al-Asad, read right but
  // for their source («مسؤول أمني عراقي لـ"العربي الجديد"», the audience kept), come second.
  "a08-alaraby-analysis-middle/reports",
  "a08-alaraby-analysis-middle/1/date",
  "a08-alaraby-analysis-middle/1/precision",
  "a08-alaraby-analysis-middle/1/type",
  "a08-alaraby-analysis-middle/1/place",
  "a08-alaraby-analysis-middle/1/weapons",
  "a08-alaraby-analysis-middle/1/count",
  "a08-alaraby-analysis-middle/1/casualties",
  "a08-alaraby-analysis-middle/1/actors",
  "a08-alaraby-analysis-middle/1/sources",
  "a08-alaraby-analysis-middle/2/mention",
  "a08-alaraby-analysis-middle/2/date",
  "a08-alaraby-analysis-middle/2/precision",
  "a08-alaraby-analysis-middle/2/place",
  "a08-alaraby-analysis-middle/2/casualties",
  "a08-alaraby-analysis-middle/3/mention",
  "a08-alaraby-analysis-middle/3/type",
  "a08-alaraby-analysis-middle/3/actors",
  // The entries' stamp lines, dropped by the cleaner, part nothing: the headline takes CENTCOM's
  // entry, the rockets' entry and the first entry on the strike (Ain al-Asad its first place), and
  // the heading "US says it carried out Baghdad strike" is a report alone; "its forces carried out
  // the drone strike" gives no US actor.
  "e09-aljazeera-live-baghdad/1/place",
  "e09-aljazeera-live-baghdad/1/actors",
  "e09-aljazeera-live-baghdad/2/precision",
  "e09-aljazeera-live-baghdad/2/type",
  "e09-aljazeera-live-baghdad/2/place",
  "e09-aljazeera-live-baghdad/2/weapons",
  "e09-aljazeera-live-baghdad/2/count",
  // "One U.S. service member sustained minor injuries", after "while others impacted on the base",
  // reaches no report;
  // "U.S. Central Command forces conducted" is CENTCOM the source, not US forces the actor.
  "e10-centcom-asad-qaim/1/casualties",
  "e10-centcom-asad-qaim/2/actors",
  // "near Diwaniyah, south of Baghdad" puts Baghdad first; "The Iraqi drivers were unhurt" is not
  // read as no casualties.
  "e11-thenational-url-dated/2/place",
  "e11-thenational-url-dated/2/casualties",
  // "killed a local Islamic State group cell leader and captured two of his aides in a raid … on
  // Tuesday" names no event ("raid", "captured"): the lead is dropped with its day, its dead and
  // its actors, the raid's report is "The SDF said …" (the source "SDF"), and "Hours later" is read
  // against the article's day; "suspected IS gunmen" is not the Islamic State; "IS jihadists have
  // killed more than 60 … since the start of the year" joins the attack (killed:60), not flagged.
  "e12-afp-sdf-raid-dhiban/1/date",
  "e12-afp-sdf-raid-dhiban/1/precision",
  "e12-afp-sdf-raid-dhiban/1/type",
  "e12-afp-sdf-raid-dhiban/1/casualties",
  "e12-afp-sdf-raid-dhiban/1/actors",
  "e12-afp-sdf-raid-dhiban/1/sources",
  "e12-afp-sdf-raid-dhiban/2/date",
  "e12-afp-sdf-raid-dhiban/2/actors",
  "e12-afp-sdf-raid-dhiban/3/mention",
]);

runProbe({
  title: "the assist on a twelfth probe of invented articles: roundups, relayed claims, rising tolls, denials, statements, state media, live blogs",
  label: "probe12",
  dir: path.join(path.dirname(fileURLToPath(import.meta.url)), "probe12"),
  expected: EXPECTED,
  knownGaps: KNOWN_GAPS,
  refs: loadRefs(),
});
