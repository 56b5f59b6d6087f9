// Every rule of every table reads the invented examples it lists (pos) and none of its
// look-alikes (neg); a rule without both fails. The examples are written against the
// invented places and groups of examples.ts.
import { describe, expect, it } from "vitest";
import { exampleDoc } from "./examples";
import { TABLES } from "./index";
import { fire } from "./rule";

describe.each(TABLES)("rule table $name", ({ rules }) => {
  it("has unique rule ids", () => {
    const ids = rules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it.each(rules.map((r) => [r.id, r] as const))("%s reads its examples", (_id, rule) => {
    expect(rule.pos.length, "positive examples").toBeGreaterThan(0);
    expect(rule.neg.length, "negative examples").toBeGreaterThan(0);
    const fires = (text: string) => {
      const doc = exampleDoc(text);
      return fire(doc, [rule], 0, doc.tokens.length).length > 0;
    };
    expect(
      rule.pos.filter((t) => !fires(t)),
      "positive examples it does not read",
    ).toEqual([]);
    expect(
      rule.neg.filter((t) => fires(t)),
      "negative examples it reads",
    ).toEqual([]);
  });
});
