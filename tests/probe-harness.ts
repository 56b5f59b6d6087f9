// The harness of the assist's probes: folders of invented articles, each with the incidents it
// tells written out by hand (lib/extract/arabic-probe3.test.ts, group-probe, dates-probe,
// places-probe). Every expectation is a test; a known gap is an `it.fails` that fails the run the
// day it starts being met. PROBE_SCORE=1 prints the tally per field and the misses.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractInputOf, readArticleFile } from "../scripts/article-file";
import type { loadRefs } from "../scripts/eval-extract";
import { suggestReports } from "../lib/extract/suggest";
import type { ProposedReport } from "../lib/extract/types";

// What an expectation may say of one incident. An array of weapons, casualties, actors or
// warnings must all be proposed (an empty one: none may be); sources must all be among those
// proposed (a source written whole may be expected by its last words); a place given as an array
// is any one of them (where an editor could fairly pick either).
export type ProbeExpect = {
  date?: string | null;
  precision?: "day" | "approximate" | "month";
  type?: string;
  place?: string | string[];
  weapons?: string[];
  count?: number;
  casualties?: string[];
  actors?: string[];
  sources?: string[];
  warnings?: string[];
  mention?: "background" | "earlier";
};
type Field = keyof ProbeExpect;
type Refs = ReturnType<typeof loadRefs>;

function actual(r: ProposedReport | undefined, field: Field, refs: Refs): unknown {
  if (!r) return undefined;
  switch (field) {
    case "date":
      return r.date?.value.date ?? null;
    case "precision":
      return r.date?.value.precision;
    case "type":
      return r.type?.value;
    case "place":
      return r.places[0]?.value.id;
    case "weapons":
      return r.weapons.map((w) => w.value);
    case "count":
      return r.counts[0]?.value.count;
    case "casualties":
      return r.casualties.map((c) => (c.value.kind === "none" ? "none" : `${c.value.kind}:${c.value.count}`));
    case "actors":
      return r.actors.map((a) => `${refs.actors.find((x) => x.nameAr === a.value.name)?.nameEn ?? a.value.name}/${a.value.role}`);
    case "sources":
      return r.sources.map((s) => s.value.name);
    case "warnings":
      return r.dateWarnings ?? [];
    case "mention":
      return r.mention ?? null;
  }
}

function meets(r: ProposedReport | undefined, field: Field, want: unknown, refs: Refs): boolean {
  const got = actual(r, field, refs);
  if (field === "place" && Array.isArray(want)) return want.includes(got);
  if (field === "sources") return Array.isArray(got) && (want as string[]).every((w) => got.some((g: string) => g === w || g.endsWith(` ${w}`)));
  if (Array.isArray(want)) return Array.isArray(got) && (want.length === 0 ? got.length === 0 : want.every((w) => got.includes(w)));
  return got === want;
}

// The flagged reports paired with the flagged expectations by how well they agree — the same
// mention (background, earlier), then the same date, then the same type — the best pairs first,
// ties in the order both are told; an expectation left over takes a report left over, in order.
// So a background tally cut off the lead does not shift the earlier incidents one place down.
export function pairFlagged(expected: ProbeExpect[], flagged: ProposedReport[]): Map<number, ProposedReport> {
  const wanted = [...expected.entries()].filter(([, e]) => e.mention);
  const likeness = (e: ProbeExpect, r: ProposedReport) =>
    (e.mention === r.mention ? 4 : 0) +
    (e.date !== undefined && (r.date?.value.date ?? null) === e.date ? 2 : 0) +
    (e.type !== undefined && r.type?.value === e.type ? 1 : 0);
  const pairs = wanted
    .flatMap(([k, e], a) => flagged.map((r, b) => ({ k, r, a, b, s: likeness(e, r) })))
    .filter((x) => x.s > 0)
    .sort((x, y) => y.s - x.s || x.a - y.a || x.b - y.b);
  const out = new Map<number, ProposedReport>();
  const used = new Set<ProposedReport>();
  for (const p of pairs) {
    if (out.has(p.k) || used.has(p.r)) continue;
    out.set(p.k, p.r);
    used.add(p.r);
  }
  const left = flagged.filter((r) => !used.has(r));
  for (const [k] of wanted) if (!out.has(k) && left.length) out.set(k, left.shift()!);
  return out;
}

export function runProbe({
  title,
  label,
  dir,
  expected,
  knownGaps,
  refs,
}: {
  title: string;
  // The name PROBE_SCORE prints.
  label: string;
  dir: string;
  expected: Record<string, ProbeExpect[]>;
  knownGaps: Set<string>;
  refs: Refs;
}) {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
  const read = (name: string) => suggestReports(extractInputOf(readArticleFile(path.join(dir, `${name}.txt`))), refs).reports;

  describe(title, () => {
    it("has an expectation list for every article", () => {
      expect(names).toEqual(Object.keys(expected).sort());
    });
    const tally: Array<[string, boolean]> = [];
    for (const name of names) {
      const out = read(name);
      const news = out.filter((r) => !r.mention);
      const flagged = out.filter((r) => r.mention);
      const [got, want] = [news.length, expected[name]!.filter((e) => !e.mention).length];
      tally.push([`${name}/reports`, got === want]);
      const reports = () => expect(got).toBe(want);
      if (knownGaps.has(`${name}/reports`)) it.fails(`${name}/reports (known gap)`, reports);
      else it(`${name}/reports: one per incident told`, reports);
      // The assist's reports paired with the expected incidents: the news in order, the flagged by
      // kind and date (pairFlagged).
      const paired = pairFlagged(expected[name]!, flagged);
      let n = 0;
      for (const [k, expect_] of expected[name]!.entries()) {
        const r = expect_.mention ? paired.get(k) : news[n++];
        for (const [field, value] of Object.entries(expect_) as Array<[Field, unknown]>) {
          const key = `${name}/${k + 1}/${field}`;
          const ok = meets(r, field, value, refs);
          tally.push([key, ok]);
          const test = () => expect({ key, got: actual(r, field, refs) }).toSatisfy(() => meets(r, field, value, refs));
          if (knownGaps.has(key)) it.fails(`${key} (known gap)`, test);
          else it(key, test);
        }
      }
    }
    if (process.env.PROBE_SCORE) {
      const fields = new Map<string, [number, number]>();
      for (const [key, ok] of tally) {
        const field = key.split("/").at(-1)!;
        const [m, t] = fields.get(field) ?? [0, 0];
        fields.set(field, [m + (ok ? 1 : 0), t + 1]);
      }
      console.log(
        `${label}: ${tally.filter(([, ok]) => ok).length} of ${tally.length} met\n${[...fields].map(([f, [m, t]]) => `  ${f}: ${m}/${t}`).join("\n")}\nmisses:\n${tally
          .filter(([, ok]) => !ok)
          .map(([k]) => `  "${k}",`)
          .join("\n")}`,
      );
    }
  });
}
