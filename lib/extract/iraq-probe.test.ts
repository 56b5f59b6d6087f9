// Issue 18, a probe of invented articles on attacks in Iraq (lib/extract/iraq-probe/), never
// taken from the gold texts: five Arabic in the styles of Iraqi and Kurdish outlets (Shafaq News,
// Baghdad Today, Rudaw Arabic, Al Sumaria, the Iraqi News Agency) and three English (Rudaw
// English, Kurdistan24, The National). They tell rockets on Ain al-Asad, Victoria base by Baghdad
// airport and Harir, a drone on Erbil airport and on a Peshmerga post, IEDs on the «الدعم
// اللوجستي» convoys on the highways of Babil, Diwaniyah and Anbar, statements of the Security
// Media Cell, of the PMF and of the Peshmerga ministry, a claim by the Islamic Resistance in Iraq,
// and Kurdish spellings (هولير, Hewler, Makhmour). Places the gazetteer lacks (Sidakan, the
// Hamza district of Diwaniyah, the villages near Hilla) are entered as the listed place that
// locates them: the governorate.
//
// Run as the desk runs it, through tests/probe-harness.ts: each expectation is a test, known
// gaps are expected failures; PROBE_SCORE=1 prints the tally.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadRefs } from "../../scripts/eval-extract";
import { runProbe, type ProbeExpect } from "../../tests/probe-harness";

const IRI = "المقاومة الإسلامية في العراق";
const CELL = "خلية الإعلام الأمني";
// An English article's sources are proposed by their English names.
const IRI_EN = "Islamic Resistance in Iraq";
const CELL_EN = "Security Media Cell";

const EXPECTED: Record<string, ProbeExpect[]> = {
  // The claim's evening («تبنت، مساء يوم الاثنين، استهداف»): the attack's day, approximate, as in
  // probe3's p06. Two of the four rockets fell inside: no one hurt.
  "i01-shafaq-ain-al-asad": [
    {
      date: "2024-03-11",
      precision: "approximate",
      type: "rocket_attack",
      place: "ain-al-asad",
      weapons: ["rocket"],
      count: 4,
      casualties: ["none"],
      actors: ["Islamic Resistance in Iraq/claimant"],
      sources: [IRI],
    },
  ],
  // Two IEDs on two convoys, one day, two governorates: the gazetteer lacks the places near Hilla
  // (Babil is listed) and the Hamza district (its governorate, al-Qadisiyah, is). The second one,
  // «في حادث منفصل», is of the same day. «بغداد اليوم» is the outlet, not Baghdad.
  "i02-baghdadtoday-convoys": [
    {
      date: "2024-05-21",
      precision: "day",
      type: "ied",
      place: "babil-governorate",
      weapons: ["ied"],
      casualties: ["none"],
      actors: [],
    },
    {
      date: "2024-05-21",
      precision: "day",
      type: "ied",
      place: "qadisiyah-governorate",
      weapons: ["ied"],
      casualties: ["injured:1"],
      actors: [],
    },
  ],
  // The drone's attacker is not named; Sidakan is not in the gazetteer: Erbil governorate.
  "i03-rudaw-ar-peshmerga": [
    {
      date: "2024-06-07",
      precision: "day",
      type: "drone_attack",
      place: "erbil-governorate",
      weapons: ["drone"],
      casualties: ["killed:1", "injured:2"],
      actors: [],
      sources: ["وزارة شؤون البيشمركة"],
    },
  ],
  // The PMF search for the launcher is no incident of its own.
  "i04-sumaria-victoria": [
    {
      date: "2024-07-17",
      precision: "day",
      type: "rocket_attack",
      place: "victory-base",
      weapons: ["rocket"],
      count: 2,
      casualties: ["none"],
      actors: [],
      sources: [CELL],
    },
  ],
  // «قرب قضاء الرطبة» on the highway: al-Rutba, or its governorate.
  "i05-ina-anbar-convoy": [
    {
      date: "2024-09-02",
      precision: "day",
      type: "ied",
      place: ["rutba", "anbar-governorate"],
      weapons: ["ied"],
      casualties: ["none"],
      actors: [],
      sources: [CELL],
    },
  ],
  "e01-rudaw-erbil-airport": [
    {
      date: "2024-01-24",
      precision: "day",
      type: "drone_attack",
      place: "erbil-air-base",
      weapons: ["drone"],
      casualties: ["none"],
      actors: ["Islamic Resistance in Iraq/claimant"],
      sources: [IRI_EN],
    },
  ],
  // Fired from near Makhmour (a launch point), landing near Harir base.
  "e02-kurdistan24-harir": [
    {
      date: "2024-02-13",
      precision: "day",
      type: "rocket_attack",
      place: "harir-base",
      weapons: ["rocket"],
      count: 3,
      casualties: ["none"],
      actors: [],
    },
  ],
  // Two attacks of one Monday; Kataib Hezbollah is named for its truce, not as an attacker.
  "e03-thenational-two-attacks": [
    {
      date: "2024-04-22",
      precision: "day",
      type: "rocket_attack",
      place: "victory-base",
      weapons: ["rocket"],
      count: 2,
      casualties: ["none"],
      actors: [],
      sources: [CELL_EN],
    },
    {
      date: "2024-04-22",
      precision: "day",
      type: "drone_attack",
      place: "ain-al-asad",
      weapons: ["drone"],
      casualties: ["none"],
      actors: ["Islamic Resistance in Iraq/claimant"],
      sources: [IRI_EN],
    },
  ],
};

// Expectations the assist does not meet yet, and why. Remove an entry when it is met.
const KNOWN_GAPS = new Set<string>([
  // The mayor's account («Harir sub-district mayor … said the rockets fell … near the village of
  // Batas») and the security council's statement (a launch point near Makhmour, which the
  // gazetteer lacks, and «the federal government in Baghdad») are proposed as a second rocket
  // attack, and the mayor's «caused no casualties» goes with it. Without «in Baghdad» the split
  // stays: the cause is in the grouping, not found yet.
  "e02-kurdistan24-harir/reports",
  "e02-kurdistan24-harir/1/casualties",
  // «وفي حادث منفصل، انفجرت عبوة ناسفة ثانية» has no day of its own: the assist leaves the day of
  // the lead approximate for it, where an editor reads the same day.
  "i02-baghdadtoday-convoys/2/precision",
]);

runProbe({
  title: "the assist on a probe of invented articles on attacks in Iraq",
  label: "iraq-probe",
  dir: path.join(path.dirname(fileURLToPath(import.meta.url)), "iraq-probe"),
  expected: EXPECTED,
  knownGaps: KNOWN_GAPS,
  refs: loadRefs(),
});
