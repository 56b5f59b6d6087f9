// Shows how the assist read one article, stage by stage: each clause with its facts and
// markers, the rules that fired, and the reports it proposed. For working on the rules:
//   npx tsx scripts/explain-extract.ts FILE [--tags]
import path from "node:path";
import { suggestReports } from "../lib/extract";
import { readArticleFile, extractInputOf } from "./article-file";
import { loadRefs } from "./eval-extract";

const file = process.argv[2];
if (!file) throw new Error("usage: explain-extract FILE [--tags]");
const article = readArticleFile(path.resolve(file));
const input = extractInputOf(article);
const fired: string[] = [];
const out = suggestReports(input, loadRefs(), {
  trace: (rule, value, span) => fired.push(`${span.start}\t${rule}\t${value}\t«${input.body.slice(span.start, span.end).replace(/\s+/g, " ").slice(0, 80)}»`),
});
for (const line of fired.sort((a, b) => Number(a.split("\t")[0]) - Number(b.split("\t")[0]))) console.log(line);
console.log(
  `\narticle date: ${JSON.stringify(out.articleDate && { value: out.articleDate.value, basis: (out.articleDate as { basis?: string }).basis })} needs: ${out.needsArticleDate}`,
);
for (const [n, r] of out.reports.entries()) {
  console.log(`\n#${n + 1}${r.mention ? ` (${r.mention})` : ""}${r.sequel ? " (sequel)" : ""} «${r.evidence.exact.replace(/\s+/g, " ").slice(0, 160)}»`);
  console.log(
    `  date ${r.date ? `${r.date.value.date} ${r.date.value.precision} «${r.date.evidence.exact}» [${r.date.rule ?? ""}]` : "—"} basis ${JSON.stringify(r.dateBasis)} ${r.dateWarnings?.join(",") ?? ""}`,
  );
  console.log(
    `  type ${r.type?.value ?? "—"} | places ${r.places.map((p) => `${p.value.id}(${p.confidence})`).join(", ")} | weapons ${r.weapons.map((w) => w.value).join(",")}`,
  );
  console.log(
    `  counts ${r.counts.map((c) => c.value.count).join(",")} | casualties ${r.casualties.map((c) => `${c.value.kind}:${c.value.count}`).join(",")} | actors ${r.actors.map((a) => `${a.value.name}/${a.value.role}`).join(", ")}`,
  );
  console.log(
    `  sources ${r.sources.map((s) => `${s.value.name}${s.value.person ? ` (${s.value.person})` : ""}${s.value.role ? ` [${s.value.role}]` : ""}`).join("; ")}`,
  );
}
