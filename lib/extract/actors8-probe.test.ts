// Issue 18, a probe of actors and incident types (lib/extract/actors8-probe/): fourteen invented
// articles, never taken from the gold texts, eight Arabic and six English, in the styles of Iraqi
// and Syrian outlets, Kurdish and opposition sites, Syrian state media, a wire, a monitor and a
// Yemeni site. Their difficulty is who acted and what kind of attack it was:
// - a claim in the first person, the statement's author being the group («استهدف مجاهدونا»,
//   «قامت قواتنا», "Our mujahideen targeted");
// - a state named by the adjective of its weapon or unit («طائرات أميركية», «مسيّرة تركية»,
//   «طائرات حربية روسية», "U.S. jets", "An Israeli drone"): an actor only where that state's
//   forces are on the actor list (US forces are; Turkey, Russia, Israel, the UK are not);
// - the type told by the verb alone («قصفت … بقذائف المدفعية», «أغارت طائرات», "pounded") and by
//   an agent clause («بغارة نفذتها طائرة مسيرة»: the drone's strike);
// - English institution names: CENTCOM, the SDF, the PMF/Hashd, Hezbollah (not Kataib Hezbollah),
//   the Houthis;
// - negatives: a country named as the place or the victim («قاعدة أمريكية», "U.S. personnel",
//   «قوات الاحتلال الأمريكي» in a claim), a suspicion («رجحت المصادر أن تكون الطائرة تابعة لـ»),
//   an accusation («تتهم واشنطن فصائل…»), a denial ("the U.S. military denied…").
//
// The harness is tests/probe-harness.ts: each expectation is a test, known gaps are expected
// failures; PROBE_SCORE=1 prints the tally. A party that acted is «<name>/actor», one whose own
// statement tells the attack «<name>/claimant».
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadRefs } from "../../scripts/eval-extract";
import { runProbe, type ProbeExpect } from "../../tests/probe-harness";

const IRI = "Islamic Resistance in Iraq/claimant";
const US = "US forces/actor";

const EXPECTED: Record<string, ProbeExpect[]> = {
  // The group's own statement: «استهدف مجاهدونا مساء أمس الأربعاء قاعدة حرير … بواسطة طائرة
  // مسيّرة»; «قوات الاحتلال الأمريكي» is what it fights, not who struck.
  "a01-ar-claim-mujahiduna": [
    {
      date: "2024-02-07",
      type: "drone_attack",
      place: "harir-base",
      weapons: ["drone"],
      actors: [IRI],
      sources: ["المقاومة الإسلامية في العراق"],
    },
  ],
  // «شنت طائرات حربية أميركية … ثلاث غارات»: US forces by the adjective. The factions whose sites
  // were struck are the target. The drone attack «بعد يومين» on the US base is told in passing,
  // unclaimed.
  "a02-ar-us-jets-albukamal": [
    { date: "2024-08-14", type: "airstrike", place: "albukamal", weapons: ["airstrike"], count: 3, casualties: ["killed:4"], actors: [US] },
    { mention: "earlier", type: "drone_attack", actors: [] },
  ],
  // Turkey's army is on no list: the shelling and the Turkish drone have no actor to propose.
  "a03-ar-turkish-shelling": [
    { date: "2024-09-22", type: "shelling", place: "manbij", weapons: ["artillery"], casualties: ["injured:2"], actors: [] },
    { date: "2024-09-22", type: "drone_attack", weapons: ["drone"], actors: [] },
  ],
  // «قصفت قوات النظام السوري … بقذائف المدفعية وراجمات الصواريخ»: shelling by the regime's
  // forces; then «أغارت طائرات حربية روسية»: an airstrike by the verb, Russia not listed.
  "a04-ar-regime-verb-shelling": [
    { date: "2024-11-03", type: "shelling", casualties: ["killed:1", "injured:3"], actors: ["Syrian government forces/actor"] },
    { date: "2024-11-03", type: "airstrike", actors: [] },
  ],
  // The army's statement in the first person («قامت قواتنا … باستهداف … بالمدفعية»), its author
  // named in the headline as «الجيش السوري».
  "a05-ar-syrian-army-qawatuna": [{ type: "shelling", weapons: ["artillery"], actors: ["Syrian government forces/claimant"] }],
  // «بغارة نفذتها طائرة مسيرة مجهولة»: a drone's strike; «رجحت المصادر أن تكون الطائرة تابعة
  // للتحالف» is a guess, no actor.
  "a06-ar-drone-agent-clause": [{ date: "2024-05-10", precision: "day", type: "drone_attack", place: "mayadin", weapons: ["drone"], actors: [] }],
  // US and British jets over Hodeidah: US forces (the UK is not listed), CENTCOM's statement of the
  // same strikes; then the Houthis' claim in the first person on the carrier: no listed actor,
  // and «الأمريكية» is the carrier's, the target's.
  "a07-ar-yemen-raids": [
    { date: "2024-05-30", type: "airstrike", casualties: ["killed:16", "injured:41"], actors: [US], sources: ["القيادة المركزية الأميركية (سنتكوم)"] },
    { type: "rocket_attack", actors: [] },
  ],
  // A US base as the victim: no actor; «تتهم واشنطن فصائل مدعومة من إيران» is an accusation.
  "a08-ar-us-base-victim": [
    { date: "2024-03-04", precision: "day", type: "drone_attack", place: "al-omar-base", weapons: ["drone"], count: 2, casualties: ["none"], actors: [] },
  ],
  // "U.S. jets struck two weapons depots … late Friday": US forces; the rocket attack on Green
  // Village earlier Friday, "No U.S. personnel were hurt", no claim.
  "e01-en-ap-us-jets": [
    { date: "2024-08-23", type: "airstrike", place: "mayadin", actors: [US] },
    { date: "2024-08-23", type: "rocket_attack", place: "green-village", weapons: ["rocket"], count: 3, casualties: ["none"], actors: [] },
  ],
  // The Houthis' missiles at a tanker (no listed actor; "Our naval forces targeted"), then
  // CENTCOM's strikes on two missiles: US forces, CENTCOM as the source.
  "e02-en-centcom-houthi": [
    { type: "rocket_attack", weapons: ["missile"], actors: [] },
    { type: "airstrike", actors: [US], sources: ["US Central Command (CENTCOM)"] },
  ],
  // "An Israeli drone struck a car": no listed actor; Hezbollah's rockets: Hezbollah is not
  // Kataib Hezbollah; the Israeli artillery "pounded the launch sites": shelling by the verb.
  "e03-en-lebanon-drone": [
    { date: "2024-06-19", type: "drone_attack", weapons: ["drone"], casualties: ["killed:2"], actors: [] },
    { type: "rocket_attack", weapons: ["rocket"], actors: [] },
    { type: "shelling", weapons: ["artillery"], actors: [] },
  ],
  // "Our mujahideen targeted the occupation base at al-Shaddadi with a drone," the group said:
  // the claimant; then "its fighters had also attacked the Conoco base" (one of the two drone
  // attacks of the lead).
  "e04-en-iri-statement": [
    { type: "drone_attack", place: "al-shaddadi-base", weapons: ["drone"], actors: [IRI], sources: ["Islamic Resistance in Iraq"] },
    { type: "drone_attack", place: "conoco-base", actors: [IRI] },
  ],
  // Clashes between the SDF and an IS cell: both parties; the SDF's statement. Then a shooting
  // by "suspected ISIS militants" at a checkpoint.
  "e05-en-sdf-isis": [
    {
      date: "2024-07-08",
      type: "clashes",
      place: "al-busayrah",
      casualties: ["killed:2", "injured:1"],
      actors: ["Syrian Democratic Forces/actor", "Islamic State/actor"],
      // A group's statement keeps the article's name for it in English.
      sources: ["SDF"],
    },
    { type: "armed_attack", place: "al-sabha", casualties: ["killed:1"] },
  ],
  // An explosion of disputed cause at a PMF base: the PMF says airstrike, the US military denies
  // it: no actor, and the type stays the blast.
  "e06-en-pmf-drone": [{ date: "2024-04-19", type: "explosion", place: "babil-governorate", casualties: ["killed:1", "injured:8"], actors: [] }],
};

// Expectations the assist does not meet yet, and why. Remove an entry when it is met.
const KNOWN_GAPS = new Set<string>([
  // The army's statement names no place the gazetteer lists (the Hama countryside) and no day:
  // the clause is not placed, and the headline («X: وحداتنا تستهدف…») is held as a lead-in for a
  // report that never comes. No report, so no type, weapon or actor.
  "a05-ar-syrian-army-qawatuna/reports",
  "a05-ar-syrian-army-qawatuna/1/type",
  "a05-ar-syrian-army-qawatuna/1/weapons",
  "a05-ar-syrian-army-qawatuna/1/actors",
  // The Houthis' claim on the carrier names no listed place and no day of its own: it joins the
  // raids' report (its missiles and drones among that report's weapons) instead of making one.
  "a07-ar-yemen-raids/reports",
  "a07-ar-yemen-raids/2/type",
  "a07-ar-yemen-raids/2/actors",
  // «دون ورود أنباء عن إصابات» (no news of injuries) is not read as «nobody hurt».
  "a08-ar-us-base-victim/1/casualties",
  // The tanker attack is cut at «the latest in a series of attacks» and flagged background; the
  // CENTCOM strikes name no place or day and make no report. «U.S. Central Command» is a known
  // source but no alias of US forces in the actor list (db/seed/data/actors.json has «CENTCOM»
  // and the Arabic name only; a new alias needs a data migration, as the list's history shows).
  "e02-en-centcom-houthi/reports",
  "e02-en-centcom-houthi/1/type",
  "e02-en-centcom-houthi/1/weapons",
  "e02-en-centcom-houthi/1/actors",
  "e02-en-centcom-houthi/2/type",
  "e02-en-centcom-houthi/2/actors",
  "e02-en-centcom-houthi/2/sources",
  // Hezbollah's rockets («targeted an Israeli army post across the border») name no listed place
  // and no day: the sentence is skipped, its rockets go to the drone strike's report, and the
  // Israeli statement (the projectiles and the artillery's answer) makes one report for both.
  "e03-en-lebanon-drone/reports",
  "e03-en-lebanon-drone/2/type",
  "e03-en-lebanon-drone/2/weapons",
  "e03-en-lebanon-drone/3/type",
  "e03-en-lebanon-drone/3/weapons",
  "e03-en-lebanon-drone/3/actors",
  // «In a second statement it said its fighters had also attacked the Conoco base»: «it» is not
  // resolved to the group named the sentence before, and «attacked» names no kind (the lead's
  // «two drone attacks» does, for both).
  "e04-en-iri-statement/2/type",
  "e04-en-iri-statement/2/actors",
  // The headline («Hashd blames airstrike», «south of Baghdad») is proposed as a report of its
  // own, an airstrike near Baghdad; the body's explosion comes second with the toll.
  "e06-en-pmf-drone/reports",
  // Since the headline's items are split at its semicolon (tolls8), «Blast hits PMF base south of
  // Baghdad» opens a report of its own ahead of the body's: placed by description at the base
  // south of Baghdad, dated approximately to the article. Its type is the body's (explosion), its
  // date and place are not.
  "e06-en-pmf-drone/1/date",
  "e06-en-pmf-drone/1/place",
  "e06-en-pmf-drone/1/casualties",
]);

runProbe({
  title: "the assist on a probe of invented articles on actors and incident types",
  label: "actors8-probe",
  dir: path.join(path.dirname(fileURLToPath(import.meta.url)), "actors8-probe"),
  expected: EXPECTED,
  knownGaps: KNOWN_GAPS,
  refs: loadRefs(),
});
