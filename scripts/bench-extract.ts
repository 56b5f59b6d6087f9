// Times the Arabic assist on every seed and dev article: npm run bench:extract
// Prints the median and p95 milliseconds per article (suggestReports end to end, reference data
// compiled once beforehand as the server would keep it), wall clock and CPU time: on a shared
// machine the wall clock also counts the time other processes held the CPU. Target: median < 10 ms.
import { readdirSync } from "node:fs";
import path from "node:path";
import { cleanArticle } from "../lib/articles/clean";
import { suggestReports } from "../lib/extract";
import { readArticleFile } from "./article-file";
import { DEFAULT_SETS, loadRefs } from "./eval-extract";

const ROUNDS = Number(process.env.BENCH_ROUNDS || 20);

const refs = loadRefs();
const articles = DEFAULT_SETS.flatMap((set) =>
  readdirSync(set.articles)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readArticleFile(path.join(set.articles, f)))
    .map((a) => {
      const c = cleanArticle(a.text);
      return { ...a, body: c.body, stamps: c.removed.filter((r) => r.reason === "timestamp").map((r) => r.line) };
    }),
);
// The input the desk passes (and eval:extract scores): the metadata date and URL when the file
// has them, the paste day, the stamp lines.
const input = (a: (typeof articles)[number]) => ({
  body: a.body,
  publishedAt: a.publishedAt,
  url: a.url,
  pasteDate: a.publishedAt ?? undefined,
  stamps: a.stamps,
});
// Warm-up: compiles the lexicons and the reference matchers, and lets the JIT settle.
for (const a of articles) suggestReports(input(a), refs);

const times: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const a of articles) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    suggestReports(input(a), refs);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const q = (list: number[], p: number) => list[Math.min(list.length - 1, Math.floor(p * list.length))]!;
const at = (p: number) => q(times, p);
const chars = articles.map((a) => a.body.length).sort((a, b) => a - b);
console.log(`${articles.length} articles (median ${chars[chars.length >> 1]} characters), ${ROUNDS} rounds`);
console.log(`wall: median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${times[times.length - 1]!.toFixed(2)} ms per article`);
console.log(`cpu:  median ${q(cpu, 0.5).toFixed(2)} ms, p95 ${q(cpu, 0.95).toFixed(2)} ms per article`);
