// Issue 18, a third generalisation probe, on Arabic: ten invented articles (lib/extract/probe3/),
// never taken from the gold texts, in styles the first probe (probe/) does not cover: state media
// (SANA), a local outlet (North Press), a Kurdish agency (Hawar), a weekly roundup with dated items
// (Asharq al-Awsat), an Iraqi outlet on rockets at a base near Baghdad, a claim and its denial, an
// earlier incident told as background, two incidents of one day in two governorates, an article
// with no date but relative ones, and casualty ranges. Places are from the gazetteer, and some are
// not (villages and districts it lacks: the editor then picks the listed place that locates them).
//
// Each incident lists what a careful editor would enter. The assist is run as the desk runs it
// (cleaned body, published date, the seeded gazetteer and actors); its reports that are the news
// are paired in order with the incidents that are, and its flagged ones (`mention`) with the
// incidents expected flagged. A background tally is no incident: the assist may propose it,
// flagged, or leave it out. Each expectation is its own test, as in english.test.ts; the ones
// the assist does not meet yet are KNOWN_GAPS, run as expected failures (one that starts to pass
// fails, so the list stays true). PROBE_SCORE=1 prints the tally.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadRefs } from "../../scripts/eval-extract";
import { runProbe, type ProbeExpect } from "../../tests/probe-harness";

// date: null is «no date proposed» (an article with no date of its own); a range of casualties is
// entered by its lower bound, as the assist keeps it; actors are «English name/role» and [] is «no
// actor proposed» (a party only suspected, a target, or one the actor list lacks); sources must be
// among those proposed (the name, or the outlet of a correspondent «مراسل X»).
type Expect = ProbeExpect;

const SOHR = "المرصد السوري لحقوق الإنسان";
const IRI = "المقاومة الإسلامية في العراق";

const EXPECTED: Record<string, Expect[]> = {
  // State media: «الاحتلال الأمريكي» is the US forces; the village is not in the gazetteer, the
  // governorate's countryside locates it; the oil convoy left the day before.
  "p01-sana-state-media": [
    {
      date: "2024-08-11",
      precision: "day",
      type: "airstrike",
      place: "deir-ez-zor-governorate",
      weapons: ["airstrike"],
      casualties: ["killed:2", "injured:3"],
      actors: ["US forces/actor"],
      sources: ["سانا"],
    },
    { date: "2024-08-10", precision: "day", type: "convoy", place: "al-waleed-crossing-hasakah", count: 37, actors: ["US forces/actor"] },
  ],
  // The SDF are the ones struck, the Islamic State only suspected: no actor.
  "p02-northpress-ied": [
    {
      date: "2024-06-25",
      precision: "day",
      type: "ied",
      place: "al-hawl",
      weapons: ["ied"],
      casualties: ["killed:1", "injured:2"],
      actors: [],
      sources: ["نورث برس"],
    },
  ],
  // Turkey is not among the seeded actors. Zirgan and its villages are not in the gazetteer; the
  // shelling was fired from around Ras al-Ain (a launch point) and the wounded taken to Qamishli.
  "p03-hawar-kurdish": [
    {
      date: "2024-05-20",
      precision: "day",
      type: "shelling",
      place: "hasakah-governorate",
      weapons: ["artillery"],
      count: 20,
      casualties: ["injured:2"],
      actors: [],
      sources: ["هاوار"],
    },
    // «دون ورود معلومات عن إصابات»: no word of casualties is not «none».
    { date: "2024-05-19", precision: "day", type: "drone_attack", place: "tell-tamer", weapons: ["drone"], actors: [] },
  ],
  "p04-asharq-weekly": [
    {
      date: "2024-01-14",
      precision: "day",
      type: "drone_attack",
      place: "al-shaddadi-base",
      weapons: ["drone"],
      count: 2,
      casualties: ["none"],
      sources: [SOHR],
    },
    {
      date: "2024-01-16",
      precision: "day",
      type: "rocket_attack",
      place: "conoco-base",
      weapons: ["rocket"],
      count: 4,
      actors: ["Islamic Resistance in Iraq/claimant"],
      sources: [IRI],
    },
    {
      date: "2024-01-18",
      precision: "day",
      type: "airstrike",
      place: "mayadin",
      weapons: ["airstrike"],
      casualties: ["killed:6"],
      actors: ["US forces/actor"],
      sources: [SOHR],
    },
  ],
  // Two unfired rockets found with the launcher are no munitions of the attack; Kataib Hezbollah
  // is named for its truce, not as the attacker.
  "p05-iraqi-victoria": [
    {
      date: "2024-02-06",
      precision: "day",
      type: "rocket_attack",
      place: "victory-base",
      weapons: ["rocket"],
      count: 3,
      casualties: ["none"],
      actors: [],
      sources: ["خلية الإعلام الأمني"],
    },
  ],
  // One incident, claimed and denied: the count is disputed (two drones claimed, one fallen), so
  // none is expected; the day is the claim's («أعلنت X، مساء الخميس، أنها استهدفت»), approximate;
  // «أصابتا أهدافهما» (the drones hit their targets) wounds nobody, and the denial says no one was hurt.
  "p06-denial-counterclaim": [
    {
      date: "2024-10-03",
      precision: "approximate",
      type: "drone_attack",
      place: "harir-base",
      weapons: ["drone"],
      casualties: ["none"],
      actors: ["Islamic Resistance in Iraq/claimant"],
      sources: [IRI],
    },
  ],
  // The attack of four days before, at a town the gazetteer lacks, is told in passing: flagged,
  // approximate, in the governorate of the news.
  "p07-earlier-background": [
    {
      date: "2024-09-11",
      precision: "day",
      type: "armed_attack",
      place: "dhiban",
      weapons: ["small_arms", "rpg"],
      casualties: ["killed:2"],
      actors: [],
      sources: ["دير الزور 24"],
    },
    { mention: "earlier", date: "2024-09-07", precision: "approximate", place: "deir-ez-zor-governorate", casualties: ["injured:1"] },
    // The operation of a year before, told as background: its month.
    { mention: "earlier", date: "2023-08-01", precision: "month" },
  ],
  // One day, two governorates: a Turkish drone near Manbij (Aleppo), a claimed attack in rural Raqqa.
  "p08-two-governorates": [
    {
      date: "2024-07-16",
      precision: "day",
      type: "drone_attack",
      place: "manbij",
      weapons: ["drone"],
      casualties: ["killed:3", "injured:1"],
      actors: [],
      sources: ["مصادر محلية"],
    },
    {
      date: "2024-07-16",
      precision: "day",
      type: "armed_attack",
      place: "raqqa-governorate",
      casualties: ["killed:1", "injured:2"],
      actors: ["Islamic State/claimant"],
    },
  ],
  // No date in the metadata, the URL or the text: the weekdays cannot be placed.
  "p09-undated-relative": [
    {
      date: null,
      type: "shelling",
      place: "al-tayyana",
      weapons: ["mortar"],
      count: 4,
      casualties: ["injured:1"],
      actors: ["Syrian government forces/actor"],
      sources: ["فرات بوست"],
    },
    {
      date: null,
      type: "armed_attack",
      place: "deir-ez-zor-governorate",
      weapons: ["small_arms"],
      casualties: ["none"],
      actors: ["Syrian government forces/actor"],
    },
  ],
  // Ranges entered by their lower bound; the aircraft are unidentified (no actor).
  "p10-casualty-ranges": [
    {
      date: "2024-11-25",
      precision: "approximate",
      type: "airstrike",
      place: "imam-ali-base",
      weapons: ["airstrike"],
      count: 3,
      casualties: ["killed:3", "injured:7"],
      actors: [],
      sources: [SOHR],
    },
  ],
};

// Expectations the assist does not meet yet («article/incident/field», or «article/reports»), and
// why. Remove an entry when it is met.
const KNOWN_GAPS = new Set<string>([
  // «طيران الاحتلال الأمريكي», «قوات الاحتلال الأمريكي»: state media's name for the US forces.
  // Read as such (a synonym «الجيش» ~ «الاحتلال» in actor names) the unseen articles' actor
  // precision fell from 0.90 to 0.82 (the occupation named where the annotators named no actor):
  // not kept.
  "p01-sana-state-media/1/actors",
  "p01-sana-state-media/2/actors",
  // «قصف … بالأسلحة الثقيلة» tells no kind, and the correspondent's account of the shelling is a
  // report of its own: it names the gunners' town («المتمركزين في محيط مدينة X»: no word of
  // stationing right before the town) and villages the gazetteer lacks, which no rule can place
  // inside the district the lead named (two unlisted names are two sites); the outlet
  // («مراسل وكالتنا») is read, in that second report.
  "p03-hawar-kurdish/reports",
  "p03-hawar-kurdish/1/type",
  "p03-hawar-kurdish/1/weapons",
  "p03-hawar-kurdish/1/count",
  "p03-hawar-kurdish/1/sources",
  "p03-hawar-kurdish/2/date",
  "p03-hawar-kurdish/2/precision",
  "p03-hawar-kurdish/2/type",
  "p03-hawar-kurdish/2/place",
  "p03-hawar-kurdish/2/weapons",
]);

runProbe({
  title: "the assist on a third probe of invented Arabic articles",
  label: "probe3",
  dir: path.join(path.dirname(fileURLToPath(import.meta.url)), "probe3"),
  expected: EXPECTED,
  knownGaps: KNOWN_GAPS,
  refs: loadRefs(),
});
