// Issue 18, a fourteenth probe of the assist on articles nobody tuned it on: twelve invented
// articles (lib/extract/probe14/, eight Arabic, four English), never taken from the gold texts, in
// forms probes 9–13 did not cover: the east of the Euphrates as Syrian outlets tell it, a night
// across two days in the Syrian form («ليل الجمعة – السبت») with the raid that followed «صباح
// اليوم السبت», and a recalled uprising («أواخر آب الماضي»); an SDF statement in Hawar's register
// («مرتزقة داعش», «مقاطعة الحسكة») with numeric dates («بتاريخ 12/1/2024», «بتاريخ 10/1/2024»);
// a local network's «منذ ساعات», Eastern Arabic digits in words' places («بـ٣ قذائف صاروخية»,
// «منذ ١٧ تشرين الأول») and a «تحديث (23:10):» paragraph that raises the count to ٥; a Jordanian
// army statement in Petra's form (smugglers killed on the border, no place but «الأراضي
// الأردنية», an earlier clash «في السادس من كانون الثاني»); a claim carried by a Telegram channel
// quoted by name («قناة "صابرين نيوز"») and a passive attack with no actor («استُهدفت قاعدة
// الشدادي … بعدة قذائف صاروخية»); an analysis with no incident of its own, only attacks recalled
// and a tally; a funeral «اليوم الأحد» of fighters killed «أمس السبت» in an attack told in the
// pluperfect («وكان المركز الإعلامي … قد أعلن»); SANA's convoys of «قوات الاحتلال الأمريكي»,
// two the same day and one recalled; in English, Rudaw's "earlier today" with an "Update:" that
// changes the drone count, Kurdistan24's passive voice ("A drone was shot down", "five rockets
// were launched") with a numeric day ("at 11:50 pm on 21/4"), the Jordan Times on an army chief's
// visit (no incident, an earlier clash "on Dec. 12"), and North Press's weekly round-up dated
// "On 12/11" (day/month), its lead a sum and one item a protest.
//
// Run through tests/probe-harness.ts: each expectation is a test, known gaps are expected
// failures; PROBE_SCORE=1 prints the tally. Expectations written by hand before any run: 129 of
// 202 met at the first run (reports 5/12; date 19/25, precision 18/25, type 19/26, place 17/24,
// weapons 12/16, count 4/7, casualties 7/15, actors 10/18, sources 10/15, mention 8/19); no
// expectation changed after it. The commonest misses: a sentence that tells an incident again
// (the blasts heard and the «تحديث» of a03, a convoy's route, the funeral and the burial, a
// condemnation's "strikes on the airport", a round-up's lead) opening a report of its own, which
// takes the figures and sources from the incident and shifts the pairing; mentions misread —
// attacks recalled weeks later proposed as news (the strikes «في 2 من شباط», a convoy «في الأول
// من الشهر الجاري»), the news of a funeral told in the pluperfect flagged earlier, tallies read as
// news, joined to an earlier incident or not flagged, a recalled attack lost; figures and parties
// in words ("wounding a third", «وأُصيب ثالث», «مقتل أحدهم»; victims proposed as the actor, «قوات
// الاحتلال الأمريكي», «واشنطن», "SDF forces backed by coalition helicopters" read as no one).
// Then the harness paired flagged reports by kind and date instead of in order (+7, −2: a01's
// crosswise pair, three tallies and a funeral's flag met; a06's strikes of 2 February no longer
// met by accident): 134 of 202. The rules written at the same time for probes 12–13 (tolls
// raised later, an institution named again, a briefing's speaker), by someone who never saw this
// probe, moved it by nothing: 134 with and without them.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadRefs } from "../../scripts/eval-extract";
import { runProbe, type ProbeExpect } from "../../tests/probe-harness";

const SDF_AR = "قوات سوريا الديمقراطية";
const CTD = "Counter-Terrorism Directorate (CTD)";
const SDF = "Syrian Democratic Forces/actor";
const COALITION = "US-led coalition/actor";
const US = "US forces/actor";
const ISIS = "Islamic State/actor";
const IRI_CLAIM = "Islamic Resistance in Iraq/claimant";

const EXPECTED: Record<string, ProbeExpect[]> = {
  // Saturday 10 February 2024: gunmen on an SDF checkpoint at Dhiban «ليل الجمعة – السبت» (the
  // 9th, approximate, the first night), two dead and one wounded, nobody claims it; the SDF's raid
  // on the town «صباح اليوم السبت»; the clashes with tribal fighters there «أواخر آب الماضي» an
  // earlier incident; 17 dead since the start of the year a tally.
  "a01-syriatv-dhiban-night": [
    {
      date: "2024-02-09",
      precision: "approximate",
      type: "armed_attack",
      place: "dhiban",
      weapons: ["small_arms"],
      casualties: ["killed:2", "injured:1"],
      actors: [],
      sources: ["شبكات محلية"],
    },
    { date: "2024-02-10", precision: "day", type: "security_operation", place: "dhiban", actors: [SDF] },
    { mention: "earlier", type: "clashes", place: "dhiban" },
    { mention: "background" },
  ],
  // Saturday 13 January 2024, the SDF's statement: a joint raid on an IS cell by Markadah «بتاريخ
  // 12/1/2024», one killed; IS cells on an SDF post by al-Hawl «بتاريخ 10/1/2024» with an RPG and
  // light arms, one wounded, told here for the first time (news, not recalled); nine joint
  // operations this year a tally.
  "a02-hawar-sdf-numeric-dates": [
    {
      date: "2024-01-12",
      precision: "day",
      type: "security_operation",
      place: "markadah",
      casualties: ["killed:1"],
      actors: [SDF, COALITION],
      sources: [SDF_AR],
    },
    {
      date: "2024-01-10",
      precision: "day",
      type: "armed_attack",
      place: "al-hawl",
      weapons: ["rpg", "small_arms"],
      casualties: ["injured:1"],
      actors: [ISIS],
      sources: [SDF_AR],
    },
    { mention: "background" },
  ],
  // Thursday 9 November 2023: rockets on the Conoco base «منذ ساعات», «٣» in the lead and «٥» in
  // the update, material damage only, the outlet blaming Iran-backed militias; the coalition's
  // artillery on the edge of al-Mayadin in reply; 11 attacks on Conoco and 40 on US forces a
  // tally.
  "a03-deirezzor24-conoco-hours-update": [
    {
      date: "2023-11-09",
      precision: "day",
      type: "rocket_attack",
      place: "conoco-base",
      weapons: ["rocket"],
      count: 5,
      casualties: ["none"],
      actors: ["Iran-backed militias/actor"],
      sources: ["مصادر محلية"],
    },
    { date: "2023-11-09", precision: "day", type: "shelling", place: "mayadin", weapons: ["artillery"], actors: [COALITION] },
    { mention: "background" },
  ],
  // Thursday 18 January 2024, Petra: border guards and armed smugglers «فجر اليوم الخميس», four
  // smugglers killed, no place but Jordan's border (the north-east, Mafraq, is fair too); the
  // clash «في السادس من كانون الثاني» (five killed) an earlier incident; 90 attempts foiled a tally.
  "a04-petra-jordan-army-border": [
    {
      date: "2024-01-18",
      precision: "day",
      type: "clashes",
      place: ["jordan", "mafraq-governorate"],
      casualties: ["killed:4"],
      sources: ["القيادة العامة للقوات المسلحة الأردنية"],
    },
    { mention: "earlier", date: "2024-01-06", precision: "day", type: "clashes", casualties: ["killed:5"] },
    { mention: "background" },
  ],
  // Saturday 2 December 2023: a drone on Kharab al-Jir «ليل الجمعة – السبت» (the 1st, approximate),
  // claimed through «قناة "صابرين نيوز"», no damage; rockets on al-Shaddadi base «صباح اليوم
  // السبت», told in the passive, nobody named or claiming; 35 attacks a tally.
  "a05-alsouria-telegram-passive": [
    {
      date: "2023-12-01",
      precision: "approximate",
      type: "drone_attack",
      place: "kharab-al-jir-base",
      weapons: ["drone"],
      casualties: ["none"],
      actors: [IRI_CLAIM],
      sources: ["صابرين نيوز"],
    },
    { date: "2023-12-02", precision: "day", type: "rocket_attack", place: "al-shaddadi-base", weapons: ["rocket"], actors: [] },
    { mention: "background" },
  ],
  // Tuesday 5 March 2024, an analysis with no news: the drone on Tower 22 «في 28 من كانون الثاني»
  // (three dead, more than 40 hurt) and the US strikes «في 2 من شباط» (by al-Mayadin and
  // Albukamal among 85 targets in Iraq and Syria) earlier incidents; 170 attacks a tally.
  "a06-enab-analysis-no-incident": [
    {
      mention: "earlier",
      date: "2024-01-28",
      precision: "day",
      type: "drone_attack",
      place: "tower-22",
      weapons: ["drone"],
      casualties: ["killed:3", "injured:40"],
    },
    {
      mention: "earlier",
      date: "2024-02-02",
      precision: "day",
      type: "airstrike",
      place: ["mayadin", "albukamal", "syria", "iraq"],
      weapons: ["airstrike"],
      actors: [US],
    },
    { mention: "background" },
  ],
  // Sunday 26 November 2023: the funeral «اليوم الأحد» is no incident; the attack it follows, IS
  // cells on an SDF post at al-Suwar «أمس السبت» (the 25th), two dead and one wounded, is the
  // article's news though told in the pluperfect; 14 attacks this month a tally.
  "a07-hawar-funeral-suwar": [
    {
      date: "2023-11-25",
      precision: "day",
      type: "armed_attack",
      place: "al-suwar",
      weapons: ["small_arms"],
      casualties: ["killed:2", "injured:1"],
      actors: [ISIS],
      sources: [SDF_AR],
    },
    { mention: "background" },
  ],
  // Sunday 7 January 2024, SANA: 43 tankers out through al-Waleed «اليوم», and «رتلاً آخر» of 30
  // trucks in through the same crossing, the same day; the 50 tankers «في الأول من الشهر الجاري»
  // an earlier convoy.
  "a08-sana-convoys-waleed": [
    {
      date: "2024-01-07",
      precision: "day",
      type: "convoy",
      place: "al-waleed-crossing-hasakah",
      count: 43,
      actors: [US],
      sources: ["مصادر أهلية"],
    },
    {
      date: "2024-01-07",
      precision: "day",
      type: "convoy",
      place: "al-waleed-crossing-hasakah",
      count: 30,
      actors: [US],
      sources: ["مصادر أهلية"],
    },
    { mention: "earlier", date: "2024-01-01", precision: "day", type: "convoy", place: "al-waleed-crossing-hasakah", count: 50 },
  ],
  // Friday 27 October 2023: drones on Erbil airport "earlier today", one in the lead and two in
  // the "Update:", no casualties, claimed; two drones on Harir "On Wednesday" (the 25th) an
  // earlier attack; 16 attacks a tally.
  "e09-rudaw-erbil-earlier-today-update": [
    {
      date: "2023-10-27",
      precision: "day",
      type: "drone_attack",
      place: "erbil-air-base",
      weapons: ["drone"],
      count: 2,
      casualties: ["none"],
      actors: [IRI_CLAIM],
      sources: [CTD],
    },
    { mention: "earlier", date: "2023-10-25", precision: "day", type: "drone_attack", place: "harir-base", weapons: ["drone"], casualties: ["none"] },
    { mention: "background" },
  ],
  // Monday 22 April 2024: a drone shot down by Harir "late on Sunday", "at 11:50 pm on 21/4",
  // unclaimed; five rockets "were launched" toward the base at Rmeilan "on Sunday night", no actor;
  // 170 attacks a tally.
  "e10-k24-harir-passive-numeric": [
    {
      date: "2024-04-21",
      precision: "day",
      type: "drone_attack",
      place: "harir-base",
      weapons: ["drone"],
      casualties: ["none"],
      actors: [],
      sources: ["security sources"],
    },
    {
      date: "2024-04-21",
      precision: "day",
      type: "rocket_attack",
      place: ["kharab-al-jir-base", "rmeilan"],
      weapons: ["rocket"],
      count: 5,
      actors: [],
      sources: ["Iraqi security official"],
    },
    { mention: "background" },
  ],
  // Thursday 28 December 2023, a visit with no news: the clash with smugglers "on Dec. 12" (a
  // soldier killed, two hurt) an earlier incident; 88 attempts foiled and drones shot down a tally.
  "e11-jordantimes-army-visit": [
    { mention: "earlier", date: "2023-12-12", precision: "day", type: "clashes", casualties: ["killed:1", "injured:2"] },
    { mention: "background" },
  ],
  // Saturday 18 November 2023, a week's round-up by day/month: the lead's nine incidents a sum;
  // two rockets by Green Village "On 12/11"; an IED between Hajin and al-Susah "On 13/11"; the
  // SDF's raid on al-Shaafah "On 15/11"; a drone on Conoco "On 16/11", claimed; the protest "On
  // 17/11" no incident; 32 attacks a tally.
  "e12-npa-weekly-roundup-numeric": [
    { mention: "background" },
    {
      date: "2023-11-12",
      precision: "day",
      type: "rocket_attack",
      place: "green-village",
      weapons: ["rocket"],
      count: 2,
      casualties: ["none"],
      sources: ["local sources"],
    },
    {
      date: "2023-11-13",
      precision: "day",
      type: "ied",
      place: ["hajin", "al-susah"],
      weapons: ["ied"],
      casualties: ["killed:2", "injured:1"],
      actors: [],
    },
    { date: "2023-11-15", precision: "day", type: "security_operation", place: "al-shaafah", actors: [SDF, COALITION], sources: ["SDF"] },
    { date: "2023-11-16", precision: "day", type: "drone_attack", place: "conoco-base", weapons: ["drone"], actors: [IRI_CLAIM], sources: ["US official"] },
    { mention: "background" },
  ],
};

// Expectations the assist does not meet yet («article/incident/field», or «article/reports»), and
// why. Remove an entry when it is met.
const KNOWN_GAPS = new Set<string>([
  // The SDF's raid «وفي أعقاب الهجوم، شنّت "قسد" صباح اليوم السبت حملة دهم …» is joined to the
  // attack (one report, not two); «وأُصيب ثالث بجروح» is no injured:1, and the victims («قُتل
  // عنصران من "قوات سوريا الديمقراطية"») are proposed as the actor. Among the flagged, the
  // context «ويشهد ريف دير الزور الشرقي هجمات متكررة …» comes first as background (defensible:
  // context, though not entered here), and the tally «ووثّقت شبكات محلية مقتل 17 عنصراً …» is
  // joined to the recalled clashes of «أواخر آب الماضي» (killed:17), so the two pair crosswise.
  "a01-syriatv-dhiban-night/reports",
  "a01-syriatv-dhiban-night/1/casualties",
  "a01-syriatv-dhiban-night/1/actors",
  "a01-syriatv-dhiban-night/2/date",
  "a01-syriatv-dhiban-night/2/precision",
  "a01-syriatv-dhiban-night/2/type",
  "a01-syriatv-dhiban-night/2/place",
  "a01-syriatv-dhiban-night/2/actors",
  // «ما أدى إلى مقتل أحدهم» and «إصابة أحد المقاتلين» (one, in words) give no figure; the raid's
  // parties («وحدات مكافحة الإرهاب بمشاركة قوات التحالف الدولي») are not read; the tally
  // «ترتفع بذلك حصيلة العمليات المشتركة … إلى 9 عمليات» is a third report of news (a security
  // operation at al-Hawl, killed:9), not background.
  "a02-hawar-sdf-numeric-dates/reports",
  "a02-hawar-sdf-numeric-dates/1/casualties",
  "a02-hawar-sdf-numeric-dates/1/actors",
  "a02-hawar-sdf-numeric-dates/2/casualties",
  "a02-hawar-sdf-numeric-dates/3/mention",
  // «وأفاد مراسل الشبكة بأن دويّ انفجارات سُمع …», the local sources' «إن القذائف أُطلقت …» and
  // the «تحديث (23:10): … بلغ ٥ قذائف» make a report of their own (an explosion at Khasham, count
  // 5, no casualties, «مصادر محلية»), so the rockets keep «٣» and lose their figures and source,
  // and the shelling pairs one place down; «منذ ساعات» is dated the article's day but
  // approximate (the shelling too).
  "a03-deirezzor24-conoco-hours-update/reports",
  "a03-deirezzor24-conoco-hours-update/1/precision",
  "a03-deirezzor24-conoco-hours-update/1/count",
  "a03-deirezzor24-conoco-hours-update/1/casualties",
  "a03-deirezzor24-conoco-hours-update/1/sources",
  "a03-deirezzor24-conoco-hours-update/2/precision",
  "a03-deirezzor24-conoco-hours-update/2/type",
  "a03-deirezzor24-conoco-hours-update/2/place",
  "a03-deirezzor24-conoco-hours-update/2/weapons",
  "a03-deirezzor24-conoco-hours-update/2/actors",
  // «… من الأراضي السورية إلى الأراضي الأردنية» gives no place; «صرّح مصدر عسكري مسؤول في
  // القيادة العامة للقوات المسلحة الأردنية» is cut to «مصدر عسكري»; «في السادس من كانون الثاني
  // الحالي», a full date, is approximate; «أحبطت منذ مطلع العام الماضي أكثر من 90 محاولة …» is
  // not flagged at all.
  "a04-petra-jordan-army-border/1/place",
  "a04-petra-jordan-army-border/1/sources",
  "a04-petra-jordan-army-border/2/precision",
  "a04-petra-jordan-army-border/3/mention",
  // «سقطت في أرض زراعية … من دون أن تُحدث أضراراً» is no "none"; «بيان نشرته قناة "صابرين
  // نيوز"» is no source (the Islamic Resistance, the Pentagon that made no comment and the SDF's
  // «مصدر عسكري» are).
  "a05-alsouria-telegram-passive/1/casualties",
  "a05-alsouria-telegram-passive/1/sources",
  // «وردّت واشنطن في 2 من شباط بضربات جوية …», recalled a month on, is proposed as news (with no
  // actor), so the article with no news has one, and the tally pairs where the strikes are
  // expected among the flagged.
  "a06-enab-analysis-no-incident/reports",
  "a06-enab-analysis-no-incident/2/mention",
  // Met at the first run only through the in-order pairing; paired by kind and date
  // (tests/probe-harness.ts, after the first run), the strikes of 2 February have no flagged
  // report of their own (the /2/mention gap above), so their place and precision are missed too.
  "a06-enab-analysis-no-incident/2/precision",
  "a06-enab-analysis-no-incident/2/place",
  "a06-enab-analysis-no-incident/2/date",
  "a06-enab-analysis-no-incident/2/type",
  "a06-enab-analysis-no-incident/2/weapons",
  "a06-enab-analysis-no-incident/2/actors",
  // The headline and the funeral «شيّع الآلاف … اليوم الأحد» open a report (dated the 26th, no
  // type, killed:2); the attack, told in the pluperfect «وكان المركز الإعلامي … قد أعلن، مساء
  // أمس، … أن مرتزقة داعش هاجموا …», is flagged earlier (approximate, Islamic State as claimant);
  // «أن القوات ردت على مصادر النيران» and the burial «قبل أن يُوارى جثمانا الشهيدين الثرى» are
  // two more reports.
  "a07-hawar-funeral-suwar/reports",
  "a07-hawar-funeral-suwar/1/date",
  "a07-hawar-funeral-suwar/1/type",
  "a07-hawar-funeral-suwar/1/weapons",
  "a07-hawar-funeral-suwar/1/casualties",
  "a07-hawar-funeral-suwar/1/sources",
  // «قوات الاحتلال الأمريكي» is no actor; «أن الرتل انطلق من حقول رميلان …» (the first convoy's
  // route, with the sources) opens a report of its own, so «رتلاً آخر» of 30 pairs a place down;
  // «وكانت قوات الاحتلال الأمريكي قد أخرجت في الأول من الشهر الجاري رتلاً من 50 صهريجاً» is
  // proposed as news (a sequel), not flagged earlier.
  "a08-sana-convoys-waleed/reports",
  "a08-sana-convoys-waleed/1/actors",
  "a08-sana-convoys-waleed/1/sources",
  "a08-sana-convoys-waleed/2/precision",
  "a08-sana-convoys-waleed/2/place",
  "a08-sana-convoys-waleed/2/count",
  "a08-sana-convoys-waleed/2/actors",
  "a08-sana-convoys-waleed/3/mention",
  "a08-sana-convoys-waleed/3/date",
  "a08-sana-convoys-waleed/3/precision",
  "a08-sana-convoys-waleed/3/type",
  "a08-sana-convoys-waleed/3/place",
  "a08-sana-convoys-waleed/3/count",
  // "It was the second attack … On Wednesday, two drones targeted Harir base, …" is proposed
  // neither as news nor flagged (the Harir drones are lost), so the tally pairs where they are
  // expected; Barzani's condemnation ("strikes on the airport … urging Baghdad") is a report of
  // its own, an airstrike at Baghdad.
  "e09-rudaw-erbil-earlier-today-update/reports",
  "e09-rudaw-erbil-earlier-today-update/2/mention",
  "e09-rudaw-erbil-earlier-today-update/2/date",
  "e09-rudaw-erbil-earlier-today-update/2/precision",
  "e09-rudaw-erbil-earlier-today-update/2/type",
  "e09-rudaw-erbil-earlier-today-update/2/place",
  "e09-rudaw-erbil-earlier-today-update/2/weapons",
  "e09-rudaw-erbil-earlier-today-update/2/casualties",
  // "the Eastern Military Zone foiled 88 infiltration and smuggling attempts in 2023, … shot down
  // dozens of drones" is not flagged at all.
  "e11-jordantimes-army-visit/2/mention",
  // The lead "between 11/11 and 17/11" and the first item are read twice, once flagged as the
  // round-up's sum and once as news dated by the lead's "17/11", not the item's "On 12/11";
  // "wounding a third" is no injured:1; "SDF forces backed by coalition helicopters raided …" names
  // no actor.
  "e12-npa-weekly-roundup-numeric/2/date",
  "e12-npa-weekly-roundup-numeric/3/casualties",
  "e12-npa-weekly-roundup-numeric/4/actors",
]);

runProbe({
  title: "the assist on a fourteenth probe of invented articles: east of the Euphrates, numeric dates, updates, Jordan, no-incident pieces, round-ups",
  label: "probe14",
  dir: path.join(path.dirname(fileURLToPath(import.meta.url)), "probe14"),
  expected: EXPECTED,
  knownGaps: KNOWN_GAPS,
  refs: loadRefs(),
});
