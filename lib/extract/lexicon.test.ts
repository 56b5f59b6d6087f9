// The lexicons hold stems, once each: a form listed twice, or a form the tokenizer already reads
// off another form of the same list (a plural in ات, a dual, a pronoun, a verb ending), is noise.
import { describe, expect, it } from "vitest";
import { foldForMatch, foldWithOffsets } from "../arabic/normalize";
import calendar from "./lexicon/calendar.json";
import relative from "./lexicon/relative-dates.json";
import { LEXICON_LISTS } from "./lexicon";
import { tokenize } from "./tokens";

// The readings of a one-word form other than its surface.
function otherReadings(form: string): string[] {
  const t = tokenize(foldWithOffsets(form), form);
  if (t.length !== 1) return [];
  return t[0]!.readings.slice(1).map((r) => r.form);
}

describe("lexicons", () => {
  for (const [name, lists] of Object.entries(LEXICON_LISTS)) {
    it(`${name}: no form is listed twice in one list`, () => {
      const dupes = lists.flatMap((list) => {
        const folded = list.map(foldForMatch);
        return folded.filter((f, i) => folded.indexOf(f) !== i);
      });
      expect(dupes).toEqual([]);
    });
    it(`${name}: no form is an inflection of another form of its list`, () => {
      const redundant = lists.flatMap((list) => {
        const folded = new Set(list.map(foldForMatch));
        // A nisba adjective («مدفعي») is a stem of its own: its feminine needs it. A form written
        // with «ة» («محمّلة») is read as written: its «ه» is no pronoun, so it is no inflection.
        const inflectionOf = (raw: string) => {
          const f = foldForMatch(raw);
          return otherReadings(raw).find((r) => r !== f && folded.has(r) && f !== r + "ي");
        };
        return [...new Set(list)].filter((f) => inflectionOf(f)).map((f) => `${foldForMatch(f)} ← ${inflectionOf(f)}`);
      });
      expect(redundant).toEqual([]);
    });
  }

  it("calendar and relative words: no form listed twice", () => {
    const lists = [...Object.values(calendar.months), ...Object.values(calendar.weekdays), ...relative.expressions.map((e) => e.forms)];
    const all = lists.flat().map(foldForMatch);
    expect(all.filter((f, i) => all.indexOf(f) !== i)).toEqual([]);
  });
});
