// Per-rule figures for eval:extract -- --rules: how often each rule of the assist fired, on how
// many distinct articles of each split, and its precision — of the values it produced that
// reached a proposal, the share that match the article's gold (a date, a place, a figure, an
// actor, a source; for a clause, marker or grouping rule, the reports it shaped, right when
// their date or first place matches a gold incident of the article). Rules that fire on one
// tuned article only are listed apart: suspects of fitting the texts they were tuned on.
import type { RuleTrace } from "../lib/extract/rules/rule";
import { TABLES } from "../lib/extract/rules/index";
import { AR_PARSERS } from "../lib/dates/mentions";
import { EN_PARSERS } from "../lib/dates/english";
import { GROUP_RULES } from "../lib/extract/group";
import type { Split } from "./eval-extract";

type Row = { fired: number; articles: Record<string, Set<string>>; judged: number; right: number };

export class RuleStats {
  rows = new Map<string, Row>();

  private row(rule: string): Row {
    let r = this.rows.get(rule);
    if (!r) this.rows.set(rule, (r = { fired: 0, articles: {}, judged: 0, right: 0 }));
    return r;
  }

  trace(split: Split, file: string): RuleTrace {
    return (rule) => {
      const r = this.row(rule);
      r.fired++;
      (r.articles[split] ??= new Set()).add(file);
    };
  }

  judge(rule: string | undefined, right: boolean): void {
    if (!rule) return;
    const r = this.row(rule);
    r.judged++;
    if (right) r.right++;
  }

  // Every rule the assist has, so a rule that never fired shows too.
  static known(): string[] {
    return [
      ...TABLES.flatMap((t) => t.rules.map((r) => r.id)),
      ...AR_PARSERS.map((p) => p.id),
      ...EN_PARSERS.map((p) => p.id),
      "en-chrono-date",
      "en-chrono-weekday",
      "en-chrono-month",
      "en-chrono-relative",
      ...GROUP_RULES.map((r) => r.id),
    ];
  }

  summary() {
    const ids = [...new Set([...RuleStats.known(), ...this.rows.keys()])].sort();
    const rows = ids.map((id) => {
      const r = this.rows.get(id) ?? { fired: 0, articles: {}, judged: 0, right: 0 };
      return {
        rule: id,
        fired: r.fired,
        articlesTuned: r.articles.tuned?.size ?? 0,
        articlesUnseen: r.articles.unseen?.size ?? 0,
        articlesAll: r.articles.all?.size ?? 0,
        judged: r.judged,
        precision: r.judged ? Math.round((r.right / r.judged) * 100) / 100 : null,
      };
    });
    return {
      rules: rows,
      oneTunedArticle: rows.filter((r) => r.articlesTuned === 1).map((r) => r.rule),
      neverFired: rows.filter((r) => r.fired === 0).map((r) => r.rule),
    };
  }

  print(): void {
    const s = this.summary();
    console.log("| rule | fired | articles tuned | articles unseen | values judged | precision |\n|---|---|---|---|---|---|");
    for (const r of s.rules)
      console.log(
        `| ${r.rule} | ${r.fired} | ${r.articlesTuned} | ${r.articlesUnseen} | ${r.judged} | ${r.precision === null ? "–" : r.precision.toFixed(2)} |`,
      );
    console.log(`\n${s.rules.length} rules; ${s.oneTunedArticle.length} fire on one tuned article only: ${s.oneTunedArticle.join(", ") || "none"}`);
    console.log(`${s.neverFired.length} never fired on these articles: ${s.neverFired.join(", ") || "none"}`);
  }
}
