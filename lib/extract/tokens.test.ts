// The tokenizer and the token trie, on invented words and phrases.
import { describe, expect, it } from "vitest";
import { foldWithOffsets } from "../arabic/normalize";
import { entryWords, forms, tokenize } from "./tokens";
import { TokenTrie } from "./trie";

const toks = (s: string) => tokenize(foldWithOffsets(s), s);
const readingsOf = (w: string) => forms(toks(w)[0]!);

describe("tokenize", () => {
  it("keeps offsets into the original body, through diacritics, tatweel and quotes", () => {
    const body = 'قصفتْ «المدفعيّةُ» بـ"القذائف" موقعاً';
    const t = toks(body);
    expect(t.map((x) => body.slice(x.from, x.to))).toEqual(["قصفتْ", "المدفعيّةُ", 'بـ"القذائف', "موقعاً"]);
    expect(t.map((x) => x.text)).toEqual(["قصفت", "المدفعيه", "بالقذايف", "موقعا"]);
  });

  it("cuts numbers with their separators and a glued proclitic, and keeps dashes and line breaks", () => {
    const t = toks("نحو ١٬٢٥٠ عنصراً و12 آلية\nOct. 3 – shells fell");
    expect(t.filter((x) => x.kind === "num").map((x) => [x.value, x.pre ?? ""])).toEqual([
      [1250, ""],
      [12, "و"],
      [3, ""],
    ]);
    expect(t.map((x) => x.kind)).toContain("break");
    expect(t.some((x) => x.kind === "punct" && x.text === "–")).toBe(true);
  });

  it("reads an acronym with points as one word, and a hyphen as no token", () => {
    expect(toks("U.S.-backed fighters").map((x) => x.text)).toEqual(["us", "backed", "fighters"]);
  });
});

describe("Arabic readings", () => {
  it("take proclitic chains off, with «لل» read as ل + ال", () => {
    expect(readingsOf("وبالمدافع")).toContain("مدافع");
    expect(readingsOf("للمعبر")).toEqual(expect.arrayContaining(["المعبر", "معبر"]));
    expect(readingsOf("فسيقصفون")).toContain("يقصف");
  });
  it("take pronouns off, and give a feminine noun its ة back", () => {
    expect(readingsOf("هجومهم")).toContain("هجوم");
    expect(readingsOf("ثكنتها")).toContain("ثكنه");
  });
  it("read duals, sound plurals, the accusative alef and past-tense endings to the stem", () => {
    expect(readingsOf("شاحنتين")).toContain("شاحنه");
    expect(readingsOf("مدرعات")).toContain("مدرعه");
    expect(readingsOf("قنبلتي")).toContain("قنبله");
    expect(readingsOf("لغما")).toContain("لغم");
    expect(readingsOf("أغاروا")).toContain("اغار");
    expect(readingsOf("داهمت")).toContain("داهم");
  });
  it("read a feminine nisba as the masculine", () => {
    expect(readingsOf("البحرية")).toContain("بحري");
  });
  it("read the dual of a feminine nisba as the masculine too", () => {
    expect(readingsOf("جويتين")).toContain("جوي");
    expect(readingsOf("بحريتان")).toContain("بحري");
    expect(readingsOf("قذيفتان")).not.toContain("قذيف");
  });
  it("never cut a word to less than two letters, and always keep the surface first", () => {
    const r = toks("وقف")[0]!.readings;
    expect(r[0]!.form).toBe("وقف");
    expect(r.every((x) => x.form.length >= 2)).toBe(true);
  });
});

describe("English readings", () => {
  it("take plural, past, gerund and possessive endings off", () => {
    expect(readingsOf("barracks'")).toContain("barracks");
    expect(readingsOf("militias")).toContain("militia");
    expect(readingsOf("casualties")).toContain("casualty");
    expect(readingsOf("bombed")).toContain("bomb");
    expect(readingsOf("raiding")).toContain("raid");
    expect(readingsOf("army's")).toContain("army");
    expect(readingsOf("shelled")).toContain("shell");
  });
});

describe("TokenTrie", () => {
  const trie = new TokenTrie<string>();
  const add = (entry: string, v: string) => trie.add(entryWords(foldWithOffsets(entry).text), v);
  add("قنبلة يدوية", "grenade");
  add("قنبلة", "bomb");
  add("حقل النخيل", "palm-field");
  add("half-track vehicle", "vehicle");

  it("matches the first word through any clitic and later words through the article", () => {
    const m = trie.scan(toks("ألقوا بالقنبلة اليدوية على حقل النخيل"));
    expect(m.map((x) => x.values[0])).toEqual(["grenade", "palm-field"]);
  });
  it("prefers the longest entry, and reports the ending of the last word (a dual)", () => {
    const m = trie.scan(toks("سقطت قنبلتان"));
    expect(m.map((x) => [x.values[0], x.last.suf])).toEqual([["bomb", "تان"]]);
  });
  it("lets no conjunction glue the words of one entry, nor punctuation sit between them", () => {
    expect(trie.scan(toks("قنبلة ويدوية")).map((x) => x.values[0])).toEqual(["bomb"]);
    expect(trie.scan(toks("حقل، النخيل"))).toEqual([]);
  });
  it("reads hyphens in English entries and texts alike", () => {
    expect(trie.scan(toks("two half-track vehicles")).map((x) => x.values[0])).toEqual(["vehicle"]);
  });
});
