// The domain logic against the real reference data: the gazetteer and the five seed articles
// with their careful annotation (db/seed/data). Read-only; no database.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readGazetteer, seedDataDir } from "@/db/seed/gazetteer";
import { foldForMatch } from "@/lib/arabic/normalize";
import { cleanArticleText } from "@/lib/articles/clean";
import { anchorQuote } from "@/lib/evidence/anchor";
import { compilePlaceMatcher } from "@/lib/places/match";
import { detectLanguage } from "@/lib/text/direction";

const places = readGazetteer();
const match = compilePlaceMatcher(places.map((p) => ({ ...p, aliasesAr: p.aliasesAr ?? [], aliasesEn: p.aliasesEn ?? [] })));
const first = (text: string) => match(text)[0]?.id;

type Gold = {
  files: Array<{ file: string }>;
  incidents: Array<{ id: string; reports: Array<{ file: string; quote: string }> }>;
};
const gold: Gold = JSON.parse(readFileSync(path.join(seedDataDir, "seed-gold.json"), "utf8"));
const raw = (file: string) => readFileSync(path.join(seedDataDir, "articles", file), "utf8");

describe("gazetteer", () => {
  it("has unique ids and the fields the matcher needs", () => {
    expect(places.length).toBeGreaterThan(30);
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    for (const p of places) {
      expect(p.nameAr, p.id).toMatch(/[\u0600-\u06FF]/);
      expect(p.nameEn, p.id).toMatch(/[A-Za-z]/);
      expect(Array.isArray(p.aliasesAr)).toBe(true);
    }
  });

  it("gives no two places the same folded name", () => {
    const owner = new Map<string, string>();
    for (const p of places) {
      for (const name of [p.nameAr, p.nameEn, ...(p.aliasesAr ?? []), ...(p.aliasesEn ?? [])]) {
        const folded = foldForMatch(name);
        const seen = owner.get(folded);
        if (seen && seen !== p.id) expect.fail(`"${name}" names both ${seen} and ${p.id}`);
        owner.set(folded, p.id);
      }
    }
  });

  it("finds the places the seed articles name, in the spellings they use", () => {
    expect(first("فيما عززت الولايات المتحدة قاعدتها في منطقة الشدادي، جنوبي الحسكة")).toBe("al-shaddadi");
    expect(first("تعزيزات عسكرية إلى قواعدها بالشدادي")).toBe("al-shaddadi");
    expect(first("استهداف قاعدة “الشدادى”")).toBe("al-shaddadi-base");
    expect(first("هجوما صاروخيا على حقل كونيكو للغاز في دير الزور")).toBe("conoco-gas-field");
    expect(first("قاعدة كونوكو")).toBe("conoco-base");
    expect(first("قاعدة للتحالف الدولي في حقل العمر النفطي")).toBe("al-omar-oil-field");
  });

  it("finds towns of the Euphrates valley and the Iraqi border in the spellings news uses, not a kunya or a tribe of the same words", () => {
    expect(first("هجوم مسلح على حاجز في بلدة الطيانة شرقي دير الزور")).toBe("al-tayyana");
    expect(first("Clashes in Ghranij left two dead")).toBe("gharanij");
    expect(first("قصف مدفعي على أطراف الكشكية")).toBe("al-kishkiyah");
    expect(first("اشتباكات في بلدة ابو حمام")).toBe("abu-hammam");
    expect(first("a drone hit a car near the town of al-Qouriyah")).toBe("al-quriyah");
    expect(first("a blast hit a checkpoint in Rabia, on the Iraqi side of the border")).toBe("rabia");
    expect(first("سقطت قذيفة قرب مخيم الركبان")).toBe("rukban-camp");
    expect(first("غارة على شاحنة قرب حصيبة عند الحدود")).toBe("husaybah");
    expect(first("an SDF raid in the town of al-Sha'fah, near the Iraqi border")).toBe("al-shaafah");
    expect(match("قال القيادي أبو حمام إن وجهاء ربيعة اجتمعوا").map((m) => m.id)).toEqual([]);
  });

  it('reads "ريف دير الزور" as the governorate, not the city', () => {
    const found = match("قصفت القوات الأميركية مواقع فصائل موالية لإيران في ريف دير الزور الشرقي").map((m) => m.id);
    expect(found[0]).toBe("deir-ez-zor-governorate");
    expect(found).not.toContain("deir-ez-zor");
    expect(first("في مدينة دير الزور")).toBe("deir-ez-zor");
  });
});

describe("seed articles", () => {
  it("clean to bodies without the web boilerplate they were pasted with", () => {
    for (const { file } of gold.files) {
      const body = cleanArticleText(raw(file));
      for (const line of body.split("\n")) {
        expect(line.trim(), file).not.toMatch(/^(مقالات ذات صلة|اترك تعليقاً?|زر الذهاب إلى الأعلى|\+ الخط -)$/);
      }
      expect(detectLanguage(body), file).toBe("ar");
    }
  });

  it("contain every annotated quote, so each can be anchored as evidence", () => {
    const bodies = new Map(gold.files.map(({ file }) => [file, cleanArticleText(raw(file))]));
    let anchored = 0;
    for (const incident of gold.incidents) {
      for (const { file, quote } of incident.reports) {
        const body = bodies.get(file)!;
        const anchor = anchorQuote(body, quote);
        expect(anchor, `${incident.id} in ${file}`).not.toBeNull();
        expect(body.slice(anchor!.start, anchor!.end).replace(/\s+/g, " ")).toBe(quote.trim().replace(/\s+/g, " "));
        anchored++;
      }
    }
    expect(gold.incidents).toHaveLength(28);
    expect(anchored).toBeGreaterThanOrEqual(28);
  });
});
