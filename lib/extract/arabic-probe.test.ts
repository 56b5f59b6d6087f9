// Issue 18, generalisation on Arabic: thirteen short news articles written for this probe (never
// taken from the gold texts), in the styles of Syrian and Iraqi outlets, in lib/extract/probe/.
// Each incident lists what a careful editor would enter; the assist is run on the article as the
// desk runs it (cleaned body, published date, the seeded gazetteer and actors) and its non-mention
// reports are paired with the incidents in order. A background tally or an earlier incident
// mentioned in passing is no incident here: the assist may propose it, flagged.
//
// Every expectation the assist meets is asserted; the ones it misses are listed in MISSES (a
// miss that starts to be met fails the test, so the list stays true). PROBE_SCORE=1 prints the
// tally.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractInputOf, readArticleFile } from "../../scripts/article-file";
import { loadRefs } from "../../scripts/eval-extract";
import { suggestReports } from "./suggest";
import type { ProposedReport } from "./types";

type Expected = {
  date: string;
  precision?: "day" | "approximate";
  type: string;
  place: string;
  weapon?: string;
  count?: number;
  killed?: number;
  actor?: string;
  source?: string;
};

const SDF = "قوات سوريا الديمقراطية";
const IRI = "المقاومة الإسلامية في العراق";
const MILITIAS = "الميليشيات الإيرانية";
const COALITION = "التحالف الدولي";
const US = "القوات الأميركية";

const EXPECTED: Record<string, Expected[]> = {
  ar01: [{ date: "2024-09-15", type: "drone_attack", place: "al-omar-base", weapon: "drone", count: 3, actor: MILITIAS, source: "دير الزور 24" }],
  ar02: [
    {
      date: "2024-10-21",
      precision: "day",
      type: "rocket_attack",
      place: "conoco-base",
      weapon: "rocket",
      count: 6,
      actor: MILITIAS,
      source: "المرصد السوري لحقوق الإنسان",
    },
    // The coalition's reply on the launch site, told as such: an incident of its own.
    { date: "2024-10-21", type: "shelling", place: "khasham", weapon: "artillery", actor: COALITION, source: "المرصد السوري لحقوق الإنسان" },
  ],
  // Israel is not among the seeded actors: no actor to expect.
  ar03: [{ date: "2024-11-09", precision: "day", type: "airstrike", place: "albukamal", weapon: "airstrike", killed: 2, source: "سانا" }],
  ar04: [{ date: "2024-08-04", precision: "day", type: "security_operation", place: "dhiban", actor: SDF, source: "عنب بلدي" }],
  ar05: [{ date: "2024-07-29", type: "convoy", place: "al-waleed-crossing", count: 25, actor: US, source: "شفق نيوز" }],
  ar06: [
    { date: "2024-01-29", type: "drone_attack", place: "al-shaddadi-base", weapon: "drone", actor: IRI, source: IRI },
    { date: "2024-01-29", type: "drone_attack", place: "kharab-al-jir-base", weapon: "drone", count: 1, actor: IRI, source: IRI },
  ],
  ar07: [{ date: "2024-06-13", precision: "day", type: "ied", place: "al-busayrah", weapon: "ied", killed: 2, source: "فرات بوست" }],
  ar08: [
    { date: "2024-03-16", type: "drone_attack", place: "al-tanf-garrison", weapon: "drone", count: 1, source: "نورث برس" },
    { date: "2024-03-12", precision: "day", type: "rocket_attack", place: "kharab-al-jir-base", weapon: "rocket", count: 2 },
  ],
  ar09: [{ date: "2024-09-02", type: "airstrike", place: "mayadin", weapon: "airstrike", killed: 4, source: "المرصد السوري لحقوق الإنسان" }],
  ar10: [{ date: "2024-08-08", precision: "day", type: "clashes", place: "al-dahla", killed: 3, actor: SDF, source: "دير الزور 24" }],
  ar11: [
    { date: "2024-12-01", precision: "day", type: "convoy", place: "al-yarubiyah-crossing", count: 40, actor: COALITION, source: "شفق نيوز" },
    { date: "2024-12-01", precision: "day", type: "convoy", place: "al-yarubiyah-crossing", count: 15, actor: COALITION },
  ],
  ar12: [
    { date: "2024-04-22", precision: "day", type: "rocket_attack", place: "al-omar-base", weapon: "rocket", count: 5, actor: IRI, source: "عنب بلدي" },
    { date: "2024-04-22", type: "shelling", place: "mayadin", weapon: "artillery", actor: US, source: "عنب بلدي" },
  ],
  ar13: [{ date: "2024-02-03", precision: "day", type: "airstrike", place: "albukamal", weapon: "airstrike", actor: US, source: "الميادين" }],
};

// What the assist does not yet meet (article.incident.field; «reports» is the number of incidents
// an article tells), and why:
// - ar01, ar02: the attackers are named only as who holds the launch area («انطلقت من مناطق سيطرة
//   X»); the assist proposes no holder of an area as the actor, by design.
// - ar02.2, ar12.2: a response on the launch site («وردت القوات بقصف مدفعي على مصادر إطلاق
//   الصواريخ»): its place is the launch town told in another sentence.
// - ar06.2: the group named again by a short form («استهدفت المقاومة»).
// - ar13.1: the gazetteer has al-Mayadin as a town and Albukamal as a city, so the town ranks
//   first.
const MISSES = new Set<string>(["ar01.1.actor", "ar02.1.actor", "ar02.2.place", "ar06.2.actor", "ar12.2.place", "ar13.1.place"]);

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "probe");
const refs = loadRefs();

function read(name: string): ProposedReport[] {
  const article = readArticleFile(path.join(dir, `${name}.txt`));
  return suggestReports(extractInputOf(article), refs).reports.filter((r) => !r.mention);
}

// Each expectation of one article, met or not.
function score(name: string): Map<string, boolean> {
  const reports = read(name);
  const out = new Map<string, boolean>([[`${name}.reports`, reports.length === EXPECTED[name]!.length]]);
  for (const [i, want] of EXPECTED[name]!.entries()) {
    const r = reports[i];
    const key = (field: string) => `${name}.${i + 1}.${field}`;
    const met: Record<string, (r: ProposedReport) => boolean> = {
      date: (r) => r.date?.value.date === want.date && (!want.precision || r.date.value.precision === want.precision),
      type: (r) => r.type?.value === want.type,
      place: (r) => r.places[0]?.value.id === want.place,
      weapon: (r) => r.weapons[0]?.value === want.weapon,
      count: (r) => r.counts[0]?.value.count === want.count,
      killed: (r) => r.casualties.some((c) => c.value.kind === "killed" && c.value.count === want.killed),
      actor: (r) => r.actors.some((a) => a.value.name === want.actor),
      // The outlet, or its correspondent («مراسل X»), which the assist keeps as told.
      source: (r) => r.sources.some((s) => s.value.name === want.source || s.value.name.endsWith(` ${want.source}`)),
    };
    for (const field of Object.keys(met)) if (want[field as keyof Expected] !== undefined) out.set(key(field), !!r && met[field]!(r));
  }
  return out;
}

const names = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();

describe("the assist on invented Arabic articles", () => {
  it("has an expectation list for every article", () => {
    expect(names).toEqual(Object.keys(EXPECTED).sort());
  });
  const all = new Map(names.flatMap((n) => [...score(n)]));
  if (process.env.PROBE_SCORE) {
    const met = [...all.values()].filter(Boolean).length;
    console.log(
      `probe: ${met} of ${all.size} met; misses:\n${[...all]
        .filter(([, ok]) => !ok)
        .map(([k]) => `  "${k}",`)
        .join("\n")}`,
    );
  }
  for (const name of names)
    it(`reads ${name} as an editor would, but for its known misses`, () => {
      const got = [...score(name)].map(([k, ok]) => [k, ok || MISSES.has(k) ? "as known" : "missed"]);
      const known = [...score(name)].filter(([k]) => MISSES.has(k)).map(([k, ok]) => [k, ok]);
      expect(got.filter(([, v]) => v !== "as known")).toEqual([]);
      // A known miss the assist now meets: take it off the list.
      expect(known.filter(([, ok]) => ok)).toEqual([]);
    });
});
