// Article cleaning and title inference against real pastes: the five seed articles (in the
// repository) and the development articles with their gold annotation (../shared/data, when
// present). Cleaning may only drop short boilerplate lines, never a line a gold quote needs.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedDataDir } from "@/db/seed/gazetteer";
import { boilerplateReason } from "@/lib/articles/boilerplate";
import { cleanArticle, inferTitle } from "@/lib/articles/clean";
import { anchorQuote } from "@/lib/evidence/anchor";

type GoldQuotes = {
  incidents: Array<{ reports: Array<{ file: string; quote: string }> }>;
  non_incident_mentions?: Array<{ file: string; kind: string; quote?: string }>;
};

const sharedData = [process.env.SIJILL_SHARED_DATA, "../shared/data", "../../shared/data"]
  .filter((d): d is string => !!d)
  .map((d) => path.resolve(d))
  .find((d) => existsSync(path.join(d, "dev-gold.json")));

// Development articles begin with "source:"/"date:" lines of the collection, not of the paste.
const withoutHeader = (text: string) => text.replace(/^(?:(?:source|date):[^\n]*\n)+/, "");

// quotes: what the body must keep; relatedLinks: "read also" headlines of other stories, which
// the annotation says are not part of the article and cleaning must drop.
type Corpus = {
  name: string;
  articles: Array<{ file: string; raw: string }>;
  quotes: Map<string, string[]>;
  relatedLinks: Array<{ file: string; quote: string }>;
};

function corpus(name: string, dir: string, goldFile: string, strip: (t: string) => string): Corpus {
  const gold: GoldQuotes = JSON.parse(readFileSync(goldFile, "utf8"));
  const quotes = new Map<string, string[]>();
  const add = (file: string, quote: string) => quotes.set(file, [...(quotes.get(file) ?? []), quote]);
  for (const i of gold.incidents) for (const r of i.reports) add(r.file, r.quote);
  const relatedLinks: Corpus["relatedLinks"] = [];
  for (const m of gold.non_incident_mentions ?? []) {
    if (!m.quote) continue;
    if (/^related-link/.test(m.kind)) relatedLinks.push({ file: m.file, quote: m.quote });
    else add(m.file, m.quote);
  }
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, raw: strip(readFileSync(path.join(dir, file), "utf8")) }));
  return { name, articles, quotes, relatedLinks };
}

const corpora: Corpus[] = [corpus("seed", path.join(seedDataDir, "articles"), path.join(seedDataDir, "seed-gold.json"), (t) => t)];
if (sharedData) corpora.push(corpus("dev", path.join(sharedData, "dev-articles"), path.join(sharedData, "dev-gold.json"), withoutHeader));

describe.each(corpora)("$name articles", ({ articles, quotes, relatedLinks }) => {
  it("keep every line a gold quote needs", () => {
    let checked = 0;
    for (const { file, raw } of articles) {
      const { body } = cleanArticle(raw);
      for (const quote of quotes.get(file) ?? []) {
        expect(anchorQuote(body, quote), `${file}: ${quote.slice(0, 60)}`).not.toBeNull();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('drop the "read also" headlines of other stories', () => {
    for (const { file, quote } of relatedLinks) {
      const { body } = cleanArticle(articles.find((a) => a.file === file)!.raw);
      expect(anchorQuote(body, quote), `${file}: ${quote}`).toBeNull();
    }
  });

  it("drop only short boilerplate lines, each for a named reason", () => {
    const log: string[] = [];
    for (const { file, raw } of articles) {
      for (const r of cleanArticle(raw).removed) {
        log.push(`${file}:${r.index} [${r.reason}] ${r.line.trim()}`);
        expect(r.line.trim().length, r.line).toBeLessThanOrEqual(100);
        expect(boilerplateReason(r.line), r.line).toBe(r.reason);
        for (const quote of quotes.get(file) ?? []) expect(quote.includes(r.line.trim()) && r.line.trim().length > 3, `${file}: ${r.line}`).toBe(false);
      }
    }
    if (process.env.SIJILL_LOG_CLEANING) console.log(log.join("\n"));
  });

  it("infer a title of 4+ words, at most 90 characters, that is not boilerplate", () => {
    for (const { file, raw } of articles) {
      const title = inferTitle(cleanArticle(raw).body);
      expect(title.length, file).toBeLessThanOrEqual(91);
      expect(title.split(/\s+/).length, `${file}: ${title}`).toBeGreaterThanOrEqual(4);
      expect(boilerplateReason(title), file).toBeNull();
    }
  });
});
