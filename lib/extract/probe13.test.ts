// Issue 18, a thirteenth probe of the assist on articles nobody tuned it on: twelve invented
// articles (lib/extract/probe13/, three Arabic, nine English), never taken from the gold texts, in
// the forms of the wires and of Washington: wire stories whose lead gives "late Tuesday" and a
// later paragraph recalls earlier attacks by their date ("On Jan. 28, a drone killed three
// soldiers at Tower 22", "A week earlier, on Jan. 20, …"); the day an official spoke apart from
// the attack's ("The U.S. military said Sunday that an attack Saturday …"), a night across two
// days ("overnight Friday into Saturday") and "Earlier this week"; a Pentagon briefing's
// transcript, its attacks told in answers ("Sabrina Singh: … On Sunday there were two attacks",
// "Yesterday, multiple drones …"); a think tank's tracker, one bullet an attack ("Jan. 18 —
// rockets at Ain al-Asad", "Jan. 20 — ballistic missiles and rockets at al-Asad, 4 wounded"); a US
// strike in Iraq with the government's condemnation and the group's funeral the next day («وشيّع
// المئات … ظهر اليوم الأربعاء», "attended the funeral … on Thursday"); figures in words ("three
// one-way attack drones", "a dozen rockets", «ثلاث طائرات مسيّرة»); injuries raised («ارتفاع عدد
// المصابين … إلى خمسة، بعد أن كانت الحصيلة الأولية … اثنين», "initially reported two injuries,
// but later raised the number to eight"); a denial ("Kataib Hezbollah … denied involvement", «نفت
// "كتائب حزب الله" أي علاقة لها بالهجوم»); Iraqi outlets' hours («في الساعة 11:40 من ليلة أمس»,
// «قرابة الساعة 11:15 من ليلة أمس الثلاثاء»); names spelt otherwise than the gazetteer ("Ayn al
// Asad", "Al-Tanf garrison", "Rumeilan", "al-Asad", "Mission Support Site Euphrates"); and an
// earlier attack's sequel dated from it ("on Dec. 25 … the following day").
//
// Run through tests/probe-harness.ts: each expectation is a test, known gaps are expected
// failures; PROBE_SCORE=1 prints the tally. Expectations written by hand before any run: 189 of
// 267 met (reports 5/12). The commonest misses: an earlier attack recalled with its own date ("On
// Jan. 28, …", "A week earlier, on Jan. 20, …") or its sequel ("… the following day") proposed
// as news rather than flagged earlier; a lead that sums up the attacks ("Militants targeted US
// forces at three bases … between Saturday evening and Sunday morning") opening reports of its
// own; a two-clause headline joined whole to the second clause's incident; "the third" of three
// drones read as another attack; a sentence that names the strike again ("in the strike, which
// came shortly before midnight", «لـ"بغداد اليوم"» read as today, the funeral) opening a report;
// a briefing's speaker no source; an injury count raised ("later raised the number to eight") kept
// at its first figure.
// Then «the third struck …» after «three drones» read as one of them, not a sequel: 198 of 267;
// a headline's "days after deadly drone strike in Jordan" flagging the strike recalled, "A week
// earlier, …" an earlier incident of its stated day, and "Tuesday's attack" the incident of that
// day: 200 of 267; then a toll raised later («ارتفاع عدد المصابين … إلى خمسة», "later raised the
// number to eight") the incident's toll, its sentence no report of its own: 202 of 267; then a
// briefing's speaker ("Sabrina Singh:", named before as "Deputy Pentagon Press Secretary") the
// source of the attacks told in the answers: 205 of 267. Then the harness pairs flagged reports
// by kind and date, not in order: e04's recalled attacks no longer pair one place down behind the
// lead's tally, e05's and e12's tallies pair with the tally (+14); e12's strike, proposed as news,
// loses the date and place it met only by taking the tally's place (−2): 217 of 267.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadRefs } from "../../scripts/eval-extract";
import { runProbe, type ProbeExpect } from "../../tests/probe-harness";

const SECURITY_CELL = "خلية الإعلام الأمني";
const CENTCOM_AR = "القيادة المركزية الأميركية (سنتكوم)";
const CENTCOM = "US Central Command (CENTCOM)";
const CTD = "Counter-Terrorism Directorate (CTD)";
const SOHR = "Syrian Observatory for Human Rights";
const IRI_CLAIM = "Islamic Resistance in Iraq/claimant";
const US = "US forces/actor";

const EXPECTED: Record<string, ProbeExpect[]> = {
  // Thursday 11 January 2024: two drones on Harir «في الساعة 11:40 من ليلة أمس» (the 10th),
  // claimed by the Islamic Resistance; three Katyushas by Ain al-Asad «ظهر اليوم الخميس»; 130
  // attacks since 17 October a tally.
  "a01-shafaq-hour-last-night": [
    {
      date: "2024-01-10",
      precision: "day",
      type: "drone_attack",
      place: "harir-base",
      weapons: ["drone"],
      count: 2,
      casualties: ["none"],
      actors: [IRI_CLAIM],
      sources: ["مصدر أمني"],
    },
    {
      date: "2024-01-11",
      precision: "day",
      type: "rocket_attack",
      place: "ain-al-asad",
      weapons: ["rocket"],
      count: 3,
      casualties: ["none"],
      sources: [SECURITY_CELL],
    },
    { mention: "background" },
  ],
  // Wednesday 24 January 2024: a US strike by al-Qaim «قرابة الساعة 11:15 من ليلة أمس الثلاثاء»
  // (the 23rd), two dead and three wounded; CENTCOM's statement recalls the ballistic missiles on
  // Ain al-Asad «في 20 كانون الثاني» (four wounded), an earlier attack; the government's
  // condemnation and the funeral «ظهر اليوم الأربعاء» are no incident.
  "a02-baghdadtoday-strike-funeral": [
    {
      date: "2024-01-23",
      precision: "day",
      type: "airstrike",
      place: "al-qaim",
      weapons: ["airstrike"],
      casualties: ["killed:2", "injured:3"],
      actors: [US],
      sources: ["مصدر أمني", CENTCOM_AR],
    },
    {
      mention: "earlier",
      date: "2024-01-20",
      precision: "day",
      type: "rocket_attack",
      place: "ain-al-asad",
      weapons: ["missile"],
      casualties: ["injured:4"],
    },
  ],
  // Tuesday 21 November 2023: three drones on Victory base «قرابة الساعة التاسعة والنصف من مساء
  // أمس الاثنين» (the 20th), the wounded raised from two to five; Kataib Hezbollah denies it and
  // nobody claims it (no actor); two rockets by Balad air base «فجر اليوم»; 66 attacks a tally.
  "a03-shafaq-victory-denial": [
    {
      date: "2023-11-20",
      precision: "day",
      type: "drone_attack",
      place: "victory-base",
      weapons: ["drone"],
      count: 3,
      casualties: ["injured:5"],
      actors: [],
      sources: ["مصدر أمني عراقي"],
    },
    { date: "2023-11-21", precision: "day", type: "rocket_attack", place: "balad-air-base", weapons: ["rocket"], count: 2, casualties: ["none"] },
    { mention: "background" },
  ],
  // Wednesday 31 January 2024: four rockets on al-Shaddadi base "late Tuesday" (the 30th); "On
  // Jan. 28, a drone killed three soldiers at Tower 22" (more than 40 hurt) and "on Jan. 20, …
  // ballistic missiles and rockets at Ain al-Asad" (four wounded) earlier attacks; 165 attacks a
  // tally.
  "e04-ap-late-tuesday-recall": [
    {
      date: "2024-01-30",
      precision: "day",
      type: "rocket_attack",
      place: "al-shaddadi-base",
      weapons: ["rocket"],
      count: 4,
      casualties: ["none"],
      sources: ["U.S. defense official"],
    },
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
      date: "2024-01-20",
      precision: "day",
      type: "rocket_attack",
      place: "ain-al-asad",
      weapons: ["missile", "rocket"],
      casualties: ["injured:4"],
    },
    { mention: "background" },
  ],
  // Sunday 14 January 2024: "The U.S. military said Sunday that an attack Saturday on the Conoco
  // base" (the 13th), two drones, unclaimed: the US military speaks, it does not act; three
  // rockets toward Erbil airport "overnight Friday into Saturday" (the 12th, approximate, the
  // first night as the desk reads «ليل السبت - الأحد»), unclaimed; a drone on Tell Baydar
  // "Earlier this week" (three days back, approximate); 130 attacks a tally.
  "e05-reuters-said-sunday": [
    {
      date: "2024-01-13",
      precision: "day",
      type: "drone_attack",
      place: "conoco-base",
      weapons: ["drone"],
      count: 2,
      casualties: ["none"],
      actors: [],
      sources: [CENTCOM],
    },
    {
      date: "2024-01-12",
      precision: "approximate",
      type: "rocket_attack",
      place: "erbil-air-base",
      weapons: ["rocket"],
      count: 3,
      casualties: ["none"],
      actors: [],
      sources: [CTD],
    },
    { date: "2024-01-11", precision: "approximate", type: "drone_attack", place: "tell-baydar-base", weapons: ["drone"], sources: [SOHR] },
    { mention: "background" },
  ],
  // Tuesday 7 November 2023, a briefing's transcript: "On Sunday there were two attacks" (the
  // 5th), a drone on Erbil air base and rockets on Mission Support Site Euphrates (Conoco);
  // "Yesterday" (the 6th) drones on al-Tanf, one service member hurt; all told by the Pentagon's
  // deputy press secretary; 40 attacks since Oct. 17 a tally.
  "e06-pentagon-briefing-singh": [
    { date: "2023-11-05", precision: "day", type: "drone_attack", place: "erbil-air-base", weapons: ["drone"], casualties: ["none"], sources: ["Pentagon"] },
    { date: "2023-11-05", precision: "day", type: "rocket_attack", place: "conoco-base", weapons: ["rocket"], casualties: ["none"], sources: ["Pentagon"] },
    {
      date: "2023-11-06",
      precision: "day",
      type: "drone_attack",
      place: "al-tanf-garrison",
      weapons: ["drone"],
      casualties: ["injured:1"],
      sources: ["Pentagon"],
    },
    { mention: "background" },
  ],
  // Saturday 27 January 2024, a tracker's bullets, each its own day: the 15th (Erbil air base),
  // the 18th and the 20th (Ain al-Asad, then "al-Asad"), the 21st (Kharab al-Jir), the 23rd (US
  // strikes on Jurf al-Sakhar and al-Qaim, "in response to the Jan. 20 attack" no new incident),
  // the 24th (Hemo, claimed); the assessment names the 20th again; 14 and 160 attacks a tally.
  "e07-tracker-bullets": [
    { date: "2024-01-15", precision: "day", type: "drone_attack", place: "erbil-air-base", weapons: ["drone"] },
    { date: "2024-01-18", precision: "day", type: "rocket_attack", place: "ain-al-asad", weapons: ["rocket"], casualties: ["none"] },
    { date: "2024-01-20", precision: "day", type: "rocket_attack", place: "ain-al-asad", weapons: ["missile", "rocket"], casualties: ["injured:4"] },
    { date: "2024-01-21", precision: "day", type: "drone_attack", place: "kharab-al-jir-base", weapons: ["drone"], count: 2 },
    { date: "2024-01-23", precision: "day", type: "airstrike", place: ["jurf-al-sakhar", "al-qaim"], weapons: ["airstrike"], actors: [US] },
    { date: "2024-01-24", precision: "day", type: "rocket_attack", place: "hemo-base", weapons: ["rocket"], actors: [IRI_CLAIM] },
    { mention: "background" },
  ],
  // Friday 15 December 2023: a US strike by Jurf al-Sakhar "late Wednesday" (the 13th), two dead
  // and three wounded; the drone on Harir "on Monday" (the 11th) it answered an earlier attack;
  // the condemnation and the funeral "in Baghdad on Thursday" no incident; 100 attacks a tally.
  "e08-afp-strike-funeral": [
    {
      date: "2023-12-13",
      precision: "day",
      type: "airstrike",
      place: "jurf-al-sakhar",
      weapons: ["airstrike"],
      casualties: ["killed:2", "injured:3"],
      actors: [US],
      sources: [CENTCOM],
    },
    { mention: "earlier", date: "2023-12-11", precision: "day", type: "drone_attack", place: "harir-base", weapons: ["drone"], casualties: ["injured:1"] },
    { mention: "background" },
  ],
  // Wednesday 3 January 2024: "three one-way attack drones" on al-Omar base "on Tuesday" (the
  // 2nd), the injuries "initially reported two, … later raised … to eight"; "a dozen rockets" on
  // Green Village "On Monday" (the 1st); both claimed; 115 attacks a tally, the strikes "in Iraq
  // last week" no incident.
  "e09-stripes-injuries-raised": [
    {
      date: "2024-01-02",
      precision: "day",
      type: "drone_attack",
      place: "al-omar-base",
      weapons: ["drone"],
      count: 3,
      casualties: ["injured:8"],
      actors: [IRI_CLAIM],
      sources: ["defense officials", "Pentagon"],
    },
    {
      date: "2024-01-01",
      precision: "day",
      type: "rocket_attack",
      place: "green-village",
      weapons: ["rocket"],
      count: 12,
      casualties: ["none"],
      actors: [IRI_CLAIM],
    },
    { mention: "background" },
  ],
  // Sunday 10 December 2023: two drones at "Ayn al Asad airbase" "shortly after dawn on Sunday";
  // rockets in "Al-Tanf garrison" "on Saturday evening" (the 9th), not claimed ("made no mention
  // of Al-Tanf"); a drone by "the US airstrip at Rumeilan" "Early on Sunday", "material damage
  // only"; the lead's summary no incident; 92 attacks a tally.
  "e10-national-transliterations": [
    {
      date: "2023-12-10",
      precision: "day",
      type: "drone_attack",
      place: "ain-al-asad",
      weapons: ["drone"],
      count: 2,
      casualties: ["none"],
      actors: [IRI_CLAIM],
      sources: ["Iraqi security official"],
    },
    { date: "2023-12-09", precision: "day", type: "rocket_attack", place: "al-tanf-garrison", weapons: ["rocket"], actors: [], sources: [SOHR] },
    {
      date: "2023-12-10",
      precision: "day",
      type: "drone_attack",
      place: ["kharab-al-jir-base", "rmeilan"],
      weapons: ["drone"],
      casualties: ["none"],
      actors: [IRI_CLAIM],
      sources: [SOHR],
    },
    { mention: "background" },
  ],
  // Wednesday 20 December 2023: five rockets by the US embassy "early Wednesday", "Kataib
  // Hezbollah … denied involvement" (no actor); a drone on Qasrak "late Tuesday" (the 19th),
  // claimed "on the Syrian base"; 110 attacks a tally.
  "e11-ap-denial": [
    {
      date: "2023-12-20",
      precision: "day",
      type: "rocket_attack",
      place: "us-embassy-baghdad",
      weapons: ["rocket"],
      count: 5,
      casualties: ["none"],
      actors: [],
      sources: ["Iraqi security officials"],
    },
    { date: "2023-12-19", precision: "day", type: "drone_attack", place: "qasrak-base", weapons: ["drone"], actors: [IRI_CLAIM], sources: [SOHR] },
    { mention: "background" },
  ],
  // Thursday 4 January 2024: a drone on Harir "late Wednesday" (the 3rd), claimed; "a one-way
  // attack drone struck Erbil air base on Dec. 25" (three wounded) and US strikes in Iraq "the
  // following day" (the 26th, one killed, 18 wounded) earlier incidents, "the Christmas Day
  // attack" the 25th again; 115 attacks a tally.
  "e12-reuters-following-day": [
    {
      date: "2024-01-03",
      precision: "day",
      type: "drone_attack",
      place: "harir-base",
      weapons: ["drone"],
      casualties: ["none"],
      actors: [IRI_CLAIM],
      sources: [CTD],
    },
    { mention: "earlier", date: "2023-12-25", precision: "day", type: "drone_attack", place: "erbil-air-base", weapons: ["drone"], casualties: ["injured:3"] },
    { mention: "earlier", date: "2023-12-26", precision: "day", type: "airstrike", place: "iraq", casualties: ["killed:1", "injured:18"], actors: [US] },
    { mention: "background" },
  ],
};

// Expectations the assist does not meet yet («article/incident/field», or «article/reports»), and
// why. Remove an entry when it is met.
const KNOWN_GAPS = new Set<string>([
  // «وقال المصدر لـ"بغداد اليوم"، إن "الضربة أسفرت عن مقتل اثنين …"»: the outlet's name is read as
  // «اليوم», a new day, so the toll and CENTCOM's statement open a report of their own (dated the
  // 24th, no type); the funeral «وشيّع المئات … ظهر اليوم الأربعاء، جثماني القتيلين» is a third,
  // killed:2.
  "a02-baghdadtoday-strike-funeral/reports",
  "a02-baghdadtoday-strike-funeral/1/casualties",
  "a02-baghdadtoday-strike-funeral/1/sources",
  // the headline "US says drone attack on Syria base caused no injuries; rockets fired at Erbil
  // airport" goes whole to the Erbil rockets, which come first and become a drone attack: the two
  // reports pair crosswise; Conoco takes the Islamic Resistance as claimant from "has claimed
  // dozens of similar attacks" after "No group immediately claimed the attacks on Conoco or
  // Erbil"; "Earlier this week, a drone targeted … Tell Baydar" is flagged earlier
  // (mark-earlier-in-period, by design), read here as news.
  "e05-reuters-said-sunday/reports",
  "e05-reuters-said-sunday/1/date",
  "e05-reuters-said-sunday/1/precision",
  "e05-reuters-said-sunday/1/place",
  "e05-reuters-said-sunday/1/count",
  "e05-reuters-said-sunday/1/sources",
  "e05-reuters-said-sunday/2/date",
  "e05-reuters-said-sunday/2/precision",
  "e05-reuters-said-sunday/2/type",
  "e05-reuters-said-sunday/2/place",
  "e05-reuters-said-sunday/2/weapons",
  "e05-reuters-said-sunday/2/count",
  "e05-reuters-said-sunday/2/actors",
  "e05-reuters-said-sunday/2/sources",
  "e05-reuters-said-sunday/3/date",
  "e05-reuters-said-sunday/3/precision",
  "e05-reuters-said-sunday/3/type",
  "e05-reuters-said-sunday/3/place",
  "e05-reuters-said-sunday/3/weapons",
  "e05-reuters-said-sunday/3/sources",
  // "Separately, rockets targeted …" after "On Sunday there were two attacks." is dated the 5th
  // but approximate.
  "e06-pentagon-briefing-singh/2/precision",
  // "three other members … were wounded in the strike, which came shortly before midnight" opens
  // a report of its own (a drone attack on Harir dated the 15th, approximate): the strike lacks
  // its wounded.
  "e08-afp-strike-funeral/reports",
  "e08-afp-strike-funeral/1/casualties",
  // "claimed both attacks" goes to the rockets only.
  "e09-stripes-injuries-raised/1/actors",
  // the lead "Militants targeted US forces at three bases … between Saturday evening and Sunday
  // morning" is two reports (an armed attack at Baghdad, one per day), so every report pairs one
  // place down; the names are all found ("Ayn al Asad", "Al-Tanf garrison", "Rumeilan").
  "e10-national-transliterations/reports",
  "e10-national-transliterations/1/date",
  "e10-national-transliterations/1/type",
  "e10-national-transliterations/1/place",
  "e10-national-transliterations/1/weapons",
  "e10-national-transliterations/1/count",
  "e10-national-transliterations/1/casualties",
  "e10-national-transliterations/1/actors",
  "e10-national-transliterations/1/sources",
  "e10-national-transliterations/2/date",
  "e10-national-transliterations/2/type",
  "e10-national-transliterations/2/place",
  "e10-national-transliterations/2/weapons",
  "e10-national-transliterations/3/place",
  "e10-national-transliterations/3/sources",
  // "U.S. forces struck three facilities … in Iraq the following day" (the 26th, rightly dated) is
  // proposed as news, not as the earlier attack's sequel, and placed at Baghdad ("Baghdad
  // condemned those strikes"): no flagged report is left for it (its date and place were met
  // while the harness paired flagged reports in order and gave it the tally, dated the 26th from
  // the report before and placed in Iraq).
  "e12-reuters-following-day/reports",
  "e12-reuters-following-day/3/mention",
  "e12-reuters-following-day/3/date",
  "e12-reuters-following-day/3/precision",
  "e12-reuters-following-day/3/type",
  "e12-reuters-following-day/3/place",
  "e12-reuters-following-day/3/casualties",
  "e12-reuters-following-day/3/actors",
]);

runProbe({
  title: "the assist on a thirteenth probe of invented articles: wires' recalled dates, briefings, trackers, strikes and funerals, denials, spellings",
  label: "probe13",
  dir: path.join(path.dirname(fileURLToPath(import.meta.url)), "probe13"),
  expected: EXPECTED,
  knownGaps: KNOWN_GAPS,
  refs: loadRefs(),
});
