// Issue 18, a places probe: ten invented articles (lib/extract/places-probe/, six Arabic, four
// English), never taken from the gold texts, whose difficulty is the place: a base named only by
// description («أكبر قواعد التحالف في سوريا», «القاعدة الأمريكية في حقل الغاز», "the U.S. garrison
// near the Jordanian border"), an attack on the road between two towns, a village the gazetteer
// lacks with its countryside named, a border crossing by another of its names, a launch point and a
// target both named, an Iraqi base with its city named first, English spellings of towns and
// provinces (Abu Kamal, Dayr al-Zawr, Hasaka), a place named in the headline only, and a place
// named only in a spokesman's quote.
//
// Each incident lists the gazetteer id an editor would pick (a list: any of them is a fair pick).
// The harness is the one of arabic-probe3.test.ts: the assist is run as the desk runs it, its
// news reports are paired in order with the incidents; each expectation is its own test, the
// ones not met yet are KNOWN_GAPS, run as expected failures. PROBE_SCORE=1 prints the tally.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadRefs } from "../../scripts/eval-extract";
import { runProbe, type ProbeExpect } from "../../tests/probe-harness";

type Expect = ProbeExpect;

const EXPECTED: Record<string, Expect[]> = {
  // «أكبر قواعد التحالف في سوريا»: the gazetteer's descriptor says «أكبر قاعدة للتحالف في سوريا».
  "q01-largest-coalition-base": [{ place: "al-omar-base" }],
  // A road between two towns of one governorate: either town, or the governorate, is a fair pick;
  // the hospital's city is not.
  "q02-road-between-towns": [{ place: ["markadah", "al-shaddadi", "hasakah-governorate"] }],
  // A village the gazetteer lacks, «بريف الحسكة الجنوبي»: the governorate locates it.
  "q03-unlisted-village": [{ place: "hasakah-governorate" }],
  // «معبر ربيعة» is an alias of the al-Yarubiyah crossing; the town opposite is named after it.
  "q04-crossing": [{ place: "al-yarubiyah-crossing" }],
  // The target is described («القاعدة الأمريكية في حقل الغاز»), the launch point named: the target.
  "q05-launch-and-target": [{ place: "conoco-base" }],
  // The base, not the city north of which it lies.
  "q06-harir-erbil": [{ place: "harir-base" }],
  // "the U.S. garrison near the Jordanian border" (the descriptor: "the coalition base near the
  // Jordanian border").
  "q07-jordanian-border-garrison": [{ place: "al-tanf-garrison" }],
  // "Abu Kamal" (an alias) in "Dayr al-Zawr province" (a spelling no alias lists): the town.
  "q08-abu-kamal-variants": [{ place: "albukamal" }],
  // The city is named in the headline only; the body says «the city».
  "q09-headline-only": [{ place: "hasakah" }],
  // The base is named only inside the spokesman's quote.
  "q10-spokesman-quote": [{ place: "ain-al-asad" }],
};

// Expectations the assist does not meet yet («article/incident/field», or «article/reports»), and
// why. Remove an entry when it is met.
const KNOWN_GAPS = new Set<string>([
  // The coalition's return fire («ردت بقصف مدفعي على مصادر النيران») is proposed as a report of
  // its own (a grouping matter, not a place one).
  "q05-launch-and-target/reports",
]);

runProbe({
  title: "the assist on a probe of invented articles whose difficulty is the place",
  label: "places-probe",
  dir: path.join(path.dirname(fileURLToPath(import.meta.url)), "places-probe"),
  expected: EXPECTED,
  knownGaps: KNOWN_GAPS,
  refs: loadRefs(),
});
