// A second English probe (issue 18): ten invented articles in lib/extract/english2/, in styles the
// first probe (english.test.ts) has none of — an AP story under a bare «CITY (AP) —» dateline, a
// Reuters story with its «(Reporting by …; Editing by …)» trailer, a CENTCOM release of two strikes
// on two days, a weekly recap in «On Oct. 19, …» paragraphs, a Kurdish outlet's report of a drone
// on Erbil, a briefing on Thursday about attacks on Monday and Tuesday, figures written as words,
// damage with no one hurt, a live blog of timed entries, and an earlier month's attack told as
// background. Written for this probe, not taken from the gold texts; the places are the gazetteer's
// and a few it lacks (Union III, al-Radwaniyah, Ankawa, al-Jurdi).
//
// Each incident lists what a careful editor would enter, an earlier attack told in passing with its
// own day and site included (as the gold sets log it; the assist may flag it `earlier`). The
// assist's reports not flagged background are paired with the incidents in order, and a background
// tally with the assist's background reports in order. Stricter than the first
// probe where an editor would be: actors, weapons and casualties are the whole list (an actor the
// text does not make one is a miss), sources must include those listed and none of `notSources`
// (the reporters of a trailer, the outlet's own dateline), `count: null` is no count at all.
// Each expectation is its own test; those the assist misses are listed in KNOWN_GAPS as expected
// failures (one that starts to be met fails, so the list stays true). PROBE_SCORE=1 prints the
// tally per field.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractInputOf, readArticleFile } from "../../scripts/article-file";
import { loadRefs } from "../../scripts/eval-extract";
import { suggestReports } from "./suggest";
import type { ProposedReport } from "./types";

type Expect = {
  mention?: "background";
  date?: string;
  precision?: string;
  type?: string;
  place?: string;
  weapons?: string[];
  count?: number | null;
  casualties?: string[];
  actors?: string[];
  sources?: string[];
  notSources?: string[];
};

const IRI = "Islamic Resistance in Iraq/claimant";
const CENTCOM = "US Central Command (CENTCOM)";

const EXPECTED: Record<string, Expect[]> = {
  "01-ap-beirut": [
    {
      date: "2024-01-08",
      precision: "day",
      type: "rocket_attack",
      place: "green-village",
      weapons: ["rocket"],
      count: 5,
      casualties: ["none"],
      actors: [IRI],
      sources: ["U.S. official", "Syrian Observatory for Human Rights", "Islamic Resistance in Iraq"],
      notSources: ["Associated Press", "Omar Haddad"],
    },
    { mention: "background", sources: ["Pentagon"] },
  ],
  "02-reuters-trailer": [
    {
      date: "2023-11-20",
      precision: "day",
      type: "drone_attack",
      place: "harir-base",
      weapons: ["drone"],
      count: 2,
      casualties: ["none"],
      actors: [IRI],
      sources: ["two Kurdish security officials", "U.S. military official", "Islamic Resistance in Iraq"],
      notSources: ["Reuters", "Dana Karim", "Hadi Salman", "Lina Farouk", "Tom Ashford"],
    },
    { mention: "background" },
  ],
  "03-centcom-release": [
    {
      date: "2024-02-03",
      precision: "day",
      type: "airstrike",
      place: "mayadin",
      weapons: ["airstrike"],
      actors: ["US forces/actor"],
      sources: [CENTCOM],
    },
    {
      date: "2024-02-04",
      precision: "day",
      type: "airstrike",
      place: "albukamal",
      weapons: ["airstrike"],
      actors: ["US forces/actor"],
      sources: [CENTCOM],
    },
  ],
  "04-lwj-week": [
    { mention: "background" },
    {
      date: "2023-10-19",
      precision: "day",
      type: "drone_attack",
      place: "ain-al-asad",
      weapons: ["drone"],
      actors: [IRI],
      sources: ["Islamic Resistance in Iraq", "U.S. officials"],
    },
    // The three rockets found unfired are not the count of those fired.
    { date: "2023-10-20", type: "rocket_attack", place: "victory-base", weapons: ["rocket"], count: null, actors: [] },
    { date: "2023-10-21", type: "drone_attack", place: "al-tanf-garrison", weapons: ["drone"], count: 1, casualties: ["none"], actors: [] },
    // Union III is not in the gazetteer: the city it is in.
    { date: "2023-10-22", type: "drone_attack", place: "baghdad", weapons: ["drone"], count: 1, actors: [] },
    { date: "2023-10-23", type: "drone_attack", place: "harir-base", weapons: ["drone"], count: null, actors: [IRI], sources: ["Islamic Resistance in Iraq"] },
    { date: "2023-10-23", type: "drone_attack", place: "conoco-base", weapons: ["drone"], count: null, actors: [IRI], sources: ["Islamic Resistance in Iraq"] },
  ],
  "05-kurdistan24-erbil": [
    {
      date: "2023-12-27",
      precision: "day",
      type: "drone_attack",
      place: "erbil-air-base",
      weapons: ["drone"],
      count: 1,
      casualties: ["none"],
      actors: [],
      sources: ["Counter-Terrorism Directorate (CTD)"],
      notSources: ["Kurdistan24"],
    },
    { mention: "background" },
  ],
  "06-pentagon-thursday": [
    {
      date: "2023-11-13",
      precision: "day",
      type: "drone_attack",
      place: "al-shaddadi-base",
      weapons: ["drone"],
      count: 1,
      casualties: ["none"],
      actors: [],
      sources: ["Pentagon (Daniel Hollis)"],
    },
    {
      date: "2023-11-14",
      precision: "day",
      type: "rocket_attack",
      place: "ain-al-asad",
      weapons: ["rocket"],
      casualties: ["injured:2"],
      actors: [],
      sources: ["Pentagon (Daniel Hollis)"],
    },
    { mention: "background", sources: ["Pentagon"] },
  ],
  "07-number-words": [
    {
      date: "2024-02-11",
      precision: "day",
      type: "shelling",
      place: "al-omar-base",
      weapons: ["mortar"],
      count: 12,
      casualties: ["injured:3"],
      actors: [],
      sources: ["Syrian Democratic Forces (Kino Salih)"],
    },
    {
      date: "2024-02-11",
      type: "rocket_attack",
      place: "conoco-base",
      weapons: ["rocket"],
      count: 2,
      casualties: ["none"],
      actors: [],
      sources: ["Syrian Democratic Forces"],
    },
  ],
  "08-damage-only": [
    {
      date: "2023-12-12",
      precision: "day",
      type: "drone_attack",
      place: "kharab-al-jir-base",
      weapons: ["drone"],
      count: 1,
      casualties: ["none"],
      actors: [],
      sources: ["U.S. defense official"],
    },
    { mention: "background" },
    { mention: "background" },
  ],
  "09-live-blog": [
    {
      date: "2024-01-25",
      precision: "day",
      type: "rocket_attack",
      place: "victory-base",
      weapons: ["rocket"],
      count: 2,
      casualties: ["none"],
      actors: [],
      sources: ["Security Media Cell"],
    },
    { date: "2024-01-25", type: "drone_attack", place: "conoco-base", weapons: ["drone"], count: 1, actors: [IRI], sources: ["Islamic Resistance in Iraq"] },
    {
      date: "2024-01-25",
      type: "drone_attack",
      place: "al-shaddadi-base",
      weapons: ["drone"],
      count: 1,
      casualties: ["none"],
      actors: [],
      sources: ["Hawar News (ANHA)"],
    },
  ],
  "10-previous-month": [
    {
      date: "2023-12-03",
      precision: "day",
      type: "rocket_attack",
      place: "tell-baydar-base",
      weapons: ["rocket"],
      count: 2,
      casualties: ["none"],
      actors: [],
      sources: ["Hawar News (ANHA)"],
    },
    // Told in passing, with its own day, site and source: an incident an editor logs too (the
    // assist may flag it as earlier).
    {
      date: "2023-11-12",
      type: "drone_attack",
      place: "tell-baydar-base",
      weapons: ["drone"],
      casualties: ["none"],
      sources: ["Syrian Observatory for Human Rights"],
    },
  ],
};

// Expectations the assist does not meet yet («article/incident/field», or «article/reports»):
// expected failures, so the file stays green and its count of what is met stays honest.
const KNOWN_GAPS = new Set<string>([
  // «U.S. Central Command forces conducted a strike»: the actor list gives US forces no English
  // «US Central Command» (its Arabic names have «القيادة المركزية الأميركية»); an admin's choice.
  "03-centcom-release/1/actors",
  // «CENTCOM forces struck a command and control node»: a strike told by the verb alone, no
  // weapon or attack noun to type it.
  "03-centcom-release/2/type",
  "03-centcom-release/2/weapons",
  // «On Oct. 19, the Islamic Resistance in Iraq claimed a drone attack»: the recap's day is read as
  // the claim's (date-then-said), so approximate.
  "04-lwj-week/2/precision",
  // «two separate drone attacks» counted as two drones: the tuned gold counts «N drone attacks»,
  // and reading it as attacks lowered the tuned count (0.97/0.88 -> 0.96/0.84).
  "04-lwj-week/6/count",
  // «the group claimed two separate drone attacks, one on … and another on …»: the group named
  // again is read (named-again.ts), but its claim goes to the first attack only.
  "04-lwj-week/7/actors",
  // «the SDF said»: a speaking group keeps the article's words; the list's English name lowered
  // the tuned sources (0.87/0.92 -> 0.84/0.89), the gold naming groups as written.
  "07-number-words/2/sources",
]);

const dir = path.join(__dirname, "english2");
const refs = loadRefs();
const sourceText = (s: ProposedReport["sources"][number]) =>
  `${s.value.name}${s.value.person ? ` (${s.value.person})` : ""}${s.value.role ? ` [${s.value.role}]` : ""}`;

function actual(r: ProposedReport | undefined, field: keyof Expect): unknown {
  if (!r) return undefined;
  switch (field) {
    case "date":
      return r.date?.value.date;
    case "precision":
      return r.date?.value.precision;
    case "type":
      return r.type?.value;
    case "place":
      return r.places[0]?.value.id;
    case "weapons":
      return r.weapons.map((w) => w.value);
    case "count":
      return r.counts[0]?.value.count ?? null;
    case "casualties":
      return r.casualties.map((c) => (c.value.kind === "none" ? "none" : `${c.value.kind}:${c.value.count}`));
    case "actors":
      return r.actors.map((a) => `${refs.actors.find((x) => x.nameAr === a.value.name)?.nameEn ?? a.value.name}/${a.value.role}`);
    case "sources":
    case "notSources":
      return r.sources.map(sourceText);
    case "mention":
      return r.mention;
  }
}

const sameSet = (a: string[], b: string[]) => new Set(a).size === new Set(b).size && b.every((x) => a.includes(x));

function meets(r: ProposedReport | undefined, field: keyof Expect, want: unknown): boolean {
  if (!r) return false;
  const got = actual(r, field);
  switch (field) {
    case "weapons":
    case "casualties":
    case "actors":
      return sameSet(got as string[], want as string[]);
    case "sources":
      return (want as string[]).every((w) => (got as string[]).includes(w));
    case "notSources":
      return !(got as string[]).some((g) => (want as string[]).some((w) => g.includes(w)));
    default:
      return got === want;
  }
}

// Pair each expectation with a report: incidents with the reports not flagged background, in
// order; a background tally with the first background report left that meets all it asks (a
// trend the article names in passing may come before it), else the next one left.
const isBackground = (r: { mention?: string | null }) => r.mention === "background";
function pair(reports: ProposedReport[], wants: Expect[]): Array<ProposedReport | undefined> {
  const main = reports.filter((r) => !isBackground(r));
  const left = reports.filter(isBackground);
  let n = 0;
  return wants.map((w) => {
    if (!isBackground(w)) return main[n++];
    const fields = Object.entries(w).filter(([f]) => f !== "mention") as Array<[keyof Expect, unknown]>;
    const k = Math.max(
      0,
      left.findIndex((r) => fields.every(([f, v]) => meets(r, f, v))),
    );
    return left.splice(k, 1)[0];
  });
}

const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
const tally = new Map<string, { met: number; all: number }>();
const count = (field: string, ok: boolean) => {
  const t = tally.get(field) ?? { met: 0, all: 0 };
  t.all += 1;
  if (ok) t.met += 1;
  tally.set(field, t);
};

describe("English wire articles, second probe", () => {
  it("has an expectation list for every article", () => {
    expect(files.map((f) => f.replace(/\.txt$/, "")).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const file of files) {
    const name = file.replace(/\.txt$/, "");
    const out = suggestReports(extractInputOf(readArticleFile(path.join(dir, file))), refs);
    const wants = EXPECTED[name]!;
    const main = out.reports.filter((r) => !isBackground(r));
    const incidents = wants.filter((e) => !isBackground(e)).length;
    count("reports", main.length === incidents);
    const reports = () => expect(main.length).toBe(incidents);
    if (KNOWN_GAPS.has(`${name}/reports`)) it.fails(`${name}/reports (known gap)`, reports);
    else it(`${name}/reports: one per incident told`, reports);
    const paired = pair(out.reports, wants);
    wants.forEach((want, n) => {
      const r = paired[n];
      for (const [field, value] of Object.entries(want) as Array<[keyof Expect, unknown]>) {
        if (field === "mention") continue;
        const key = `${name}/${n + 1}/${field}`;
        const ok = meets(r, field, value);
        count(field, ok);
        if (KNOWN_GAPS.has(key)) it.fails(`${key} (known gap)`, () => expect(ok).toBe(true));
        else it(key, () => expect(actual(r, field)).toSatisfy(() => ok));
      }
    });
  }
  afterAll(() => {
    if (!process.env.PROBE_SCORE) return;
    const rows = [...tally].map(([f, t]) => `${f.padEnd(11)} ${t.met}/${t.all}`);
    const met = [...tally.values()].reduce((s, t) => s + t.met, 0);
    const all = [...tally.values()].reduce((s, t) => s + t.all, 0);
    console.log(`second English probe, met / expected per field:\n${rows.join("\n")}\nall         ${met}/${all}`);
  });
});
