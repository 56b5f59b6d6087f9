// Issue 18, a probe of event dates: ten invented articles (lib/extract/dates-probe/, six Arabic,
// four English), never taken from the gold texts, whose difficulty is the date: a claim told on
// one day of an attack on another («أعلنت X، الخميس، أن طائرة استهدفت ليل الثلاثاء»), a weekly
// roundup dated item by item by weekdays, «مطلع الشهر» and «في الثالث من الشهر الجاري», an
// article with no date anywhere (no silent date: null), a state-media dateline that dates the
// article («دير الزور - 14 آذار 2024 (سانا) -»), «منتصف ليل الأحد-الاثنين», "late Monday" and
// "early Tuesday", an earlier incident or an anniversary with its own date (flagged), Levantine
// and Egyptian month names, and a stated date after the publication date (a typo: kept, warned).
//
// Only the dates are checked here (the other fields are the other probes'): the assist is run as
// the desk runs it, its news reports paired in order with the incidents that are news, its
// flagged ones (`mention`) with those expected flagged. Expectations not met yet are KNOWN_GAPS,
// run as expected failures. PROBE_SCORE=1 prints the tally.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadRefs } from "../../scripts/eval-extract";
import { runProbe, type ProbeExpect } from "../../tests/probe-harness";

// date: null is «no date proposed»; precision as the desk stores it: «day» for a stated or
// counted day, «approximate» for a night across two days, a part of a month or a hedged span,
// «month» for a month alone. warnings: those the desk must show (all of them, [] for none).
type Expect = ProbeExpect;

const EXPECTED: Record<string, Expect[]> = {
  // Published Friday 8 March 2024; the claim is Thursday's, the strike «ليل الثلاثاء» (the 5th).
  // The accusation «في 12 فبراير الماضي» is an earlier incident, told with its own date.
  "a01-reported-speech": [
    { date: "2024-03-05", precision: "day", warnings: [] },
    { mention: "earlier", date: "2024-02-12", precision: "day" },
  ],
  // Friday 12 April 2024: the week's items by weekday, Saturday the 6th, Sunday the 7th and
  // Tuesday the 9th.
  "a02-weekly-roundup": [
    { date: "2024-04-06", precision: "day" },
    { date: "2024-04-07", precision: "day" },
    { date: "2024-04-09", precision: "day" },
  ],
  // Monday 20 May 2024: the news is «مساء أمس الأحد» (the 19th); «مطلع الشهر» (early May,
  // approximate) and «في الثالث من الشهر الجاري» (3 May) are earlier incidents.
  "a03-month-words": [
    { date: "2024-05-19", precision: "day", warnings: [] },
    { mention: "earlier", date: "2024-05-05", precision: "approximate" },
    { mention: "earlier", date: "2024-05-03", precision: "day" },
  ],
  // No date in the metadata, the URL or the text: «مساء أمس» and «قبل يومين» cannot be placed,
  // and the desk asks for the article's date.
  "a04-undated-relative": [{ date: null, warnings: ["no_article_date"] }],
  // No metadata date: the dateline («دير الزور - 14 آذار 2024 (سانا) -») dates the article, and
  // «فجر اليوم» is that day.
  "a05-sana-dateline": [{ date: "2024-03-14", precision: "day", warnings: [] }],
  // Monday 12 February 2024: «منتصف ليل الأحد-الاثنين» is Sunday night, approximate (the strike
  // may be after midnight); the strike «في 28 كانون الثاني الماضي» is an earlier one.
  "a06-midnight-levantine": [
    { date: "2024-02-11", precision: "approximate", warnings: [] },
    { mention: "earlier", date: "2024-01-28", precision: "day" },
  ],
  // Thursday 26 September 2024: "late Monday" is the 23rd, "early Tuesday" the 24th; the
  // officials spoke on Wednesday.
  "e01-late-early": [
    { date: "2024-09-23", precision: "day" },
    { date: "2024-09-24", precision: "day" },
  ],
  // Thursday 9 January 2025: "Wednesday evening" is the 8th; the Tower 22 attack of a year
  // before is told with its own date, flagged.
  "e02-anniversary": [
    { date: "2025-01-08", precision: "day", warnings: [] },
    { mention: "earlier", date: "2024-01-28", precision: "day" },
  ],
  // Tuesday 3 December 2024: CENTCOM spoke Monday, the strikes were "late Saturday" (30
  // November); the rocket attack of Friday (the 29th) is the cause, told as earlier, and the one
  // of "mid-November" earlier still.
  "e03-reported-speech": [
    { date: "2024-11-30", precision: "day", warnings: [] },
    { mention: "earlier", date: "2024-11-29", precision: "day" },
    { mention: "earlier", date: "2024-11-15", precision: "approximate" },
  ],
  // Friday 15 November 2024, and the text says "On November 18": a typo the assist keeps as
  // written (it cannot know the right day) but warns about.
  "e04-future-typo": [{ date: "2024-11-18", precision: "day", warnings: ["after_published"] }],
};

// Expectations the assist does not meet yet («article/incident/field», or «article/reports»), and
// why. Remove an entry when it is met.
// (a06's headline, a strike «بطائرة مسيّرة», is now a drone attack like the body's, and joins it.)
const KNOWN_GAPS = new Set<string>([]);

runProbe({
  title: "the assist on a probe of invented articles whose difficulty is the date",
  label: "dates-probe",
  dir: path.join(path.dirname(fileURLToPath(import.meta.url)), "dates-probe"),
  expected: EXPECTED,
  knownGaps: KNOWN_GAPS,
  refs: loadRefs(),
});
