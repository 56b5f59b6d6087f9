// Parties and weapons of the seeded lists, read from invented sentences (never words of the gold
// articles): a listed armed group only when it acts (the Revolutionary Guards are not on the list:
// named, they are no listed party, acting or struck); the US-led coalition named «التحالف» / «the Coalition» alone where the article gives it a
// context, and no other coalition or alliance; ballistic and cruise missiles as missiles, not
// rockets.
import { describe, expect, it } from "vitest";
import { loadRefs } from "../../scripts/eval-extract";
import { suggestReports } from "./suggest";

const refs = loadRefs();
const read = (body: string) => suggestReports({ body, publishedAt: "2025-05-20", pasteDate: "2025-05-20" }, refs).reports;
const actors = (body: string) => read(body).flatMap((r) => r.actors.map((a) => `${a.value.name}/${a.value.role}`));
const weapons = (body: string) => read(body).flatMap((r) => r.weapons.map((w) => w.value));

const COALITION = "التحالف الدولي";

describe("an armed group of the list", () => {
  it("is the claimant of its own announcement", () => {
    expect(actors("أعلنت كتائب حزب الله أنها استهدفت بطائرات مسيرة مواقع في أربيل مساء أمس.")).toEqual(["كتائب حزب الله/claimant"]);
  });
  it("is no actor where it is struck, backs or supplies another, or only vows to respond", () => {
    expect(actors("قصفت طائرات حربية مقرا لكتائب حزب الله قرب البوكمال فجر اليوم.")).toEqual([]);
    expect(actors("A strike hit a depot used by Kataib Hezbollah near Albukamal on Sunday.")).toEqual([]);
    expect(actors("Fighters linked to Kataib Hezbollah launched a drone at al-Omar base on Sunday.")).toEqual([]);
    expect(actors("A drone supplied by Kataib Hezbollah struck al-Omar base on Sunday.")).toEqual([]);
    expect(actors("وتوعدت كتائب حزب الله بالرد على الغارة التي استهدفت البوكمال أمس.")).toEqual([]);
    expect(actors("استهدفت الغارات قادة كتائب حزب الله في البوكمال فجر اليوم.")).toEqual([]);
  });
});

describe("a party named with its short name in brackets", () => {
  it("is one party: the short name takes the name's role, and those killed are no attacker", () => {
    expect(actors("Two guards of the Syrian Democratic Forces (SDF) died when a drone hit al-Omar base on Sunday.")).toEqual([]);
    expect(actors("Fighters of the Kurdish-led Syrian Democratic Forces fired mortars at a village near Albukamal on Sunday.")).toEqual([
      "قوات سوريا الديمقراطية/actor",
    ]);
    expect(actors("قتل ثلاثة عناصر من قوات سوريا الديمقراطية (قسد) في هجوم على قاعدة حقل العمر أمس.")).toEqual([]);
    expect(actors("The Syrian Democratic Forces (SDF) shelled a village near Albukamal on Sunday.")).toContain("قوات سوريا الديمقراطية/actor");
  });
});

describe("the coalition named alone", () => {
  it("is the US-led coalition where the article places it in a country where it holds a base", () => {
    expect(actors("أعلن التحالف أنه نفذ غارة جوية على موقع قرب البوكمال فجر اليوم.")).toEqual([`${COALITION}/claimant`]);
    expect(actors("The coalition said its aircraft carried out an airstrike near Albukamal on Sunday.")).toEqual([`${COALITION}/claimant`]);
    expect(actors("استهدفت طائرات التحالف مواقع قرب البوكمال فجر اليوم.")).toEqual([`${COALITION}/actor`]);
  });
  it("is not another coalition, an alliance, or a party with no context", () => {
    expect(actors("The Saudi-led coalition said it carried out an airstrike near Albukamal on Sunday.")).toEqual([]);
    expect(actors("A coalition of militias said it launched a drone at a site near Albukamal on Sunday.")).toEqual([]);
    expect(actors("قال التحالف الوطني إن مسلحين هاجموا حاجزا قرب البوكمال أمس.")).toEqual([]);
    expect(actors("وقالت كتلة تحالف الفتح إن قصفا استهدف موقعا قرب البوكمال أمس.")).toEqual([]);
    expect(actors("The coalition said its jets struck a depot on Sunday.")).toEqual([]);
  });
});

describe("missiles", () => {
  it("are missiles when the words say ballistic, cruise or missile", () => {
    expect(weapons("أطلقت صواريخ باليستية على مقر في أربيل مساء أمس.")).toEqual(["missile"]);
    expect(weapons("Two cruise missiles hit a site near Erbil on Monday.")).toEqual(["missile"]);
    expect(weapons("سقط صاروخ جوال على مقر قرب أربيل مساء أمس.")).toEqual(["missile"]);
  });
  it("leave a bare «صاروخ» and a rocket a rocket", () => {
    expect(weapons("سقط صاروخان على قاعدة حقل العمر فجر اليوم.")).toEqual(["rocket"]);
    expect(weapons("A rocket hit al-Omar base on Sunday.")).toEqual(["rocket"]);
  });
});

const sources = (body: string) =>
  suggestReports({ body, publishedAt: "2025-05-20", pasteDate: "2025-05-20" }, refs).sources.map(
    (s) => `${s.value.name} {${s.value.kind}}${s.value.role ? ` [${s.value.role}]` : ""}`,
  );

describe("sources of the lists", () => {
  it("are the outlet where its correspondent speaks", () => {
    expect(sources("وأفاد مراسل تلفزيون سوريا بأن طائرة مسيرة استهدفت قاعدة حقل العمر صباح اليوم.")).toEqual(["تلفزيون سوريا {outlet}"]);
    expect(sources("A drone hit al-Omar base on Sunday, Al Mayadeen's correspondent reported.")).toEqual(["Al Mayadeen {outlet}"]);
    // Sources who told the outlet stay who they are.
    expect(sources("وقالت مصادر لقناة الميادين إن صواريخ سقطت على قاعدة حقل العمر صباح اليوم.")).toEqual(["مصادر لقناة الميادين {local}"]);
  });
  it("make an outlet that carries another's report a relay", () => {
    expect(sources("ونقلت قناة الميادين عن وكالة رويترز أن طائرة مسيرة استهدفت قاعدة حقل العمر أمس.")).toEqual([
      "الميادين {outlet} [relay]",
      "رويترز {agency}",
    ]);
    expect(sources("Al Mayadeen, citing Reuters, said a drone hit al-Omar base on Sunday.")).toEqual(["Al Mayadeen {outlet} [relay]", "Reuters {agency}"]);
    expect(sources("وقالت قناة الميادين إن طائرة مسيرة استهدفت قاعدة حقل العمر أمس.")).toEqual(["الميادين {outlet}"]);
  });
  it("are no group whose commander is only struck", () => {
    expect(sources("A Kataib Hezbollah commander was killed in an airstrike near Albukamal on Sunday.")).toEqual([]);
    expect(sources("استهدفت الغارة قائد كتائب حزب الله في البوكمال فجر اليوم.")).toEqual([]);
    expect(sources("Kataib Hezbollah spokesman Jaafar al-Husseini said a drone hit al-Omar base on Sunday.")).toEqual(["Kataib Hezbollah {armed_group}"]);
  });
  it("read «two U.S. officials» as unnamed officials", () => {
    expect(sources("Two U.S. officials said a drone struck al-Omar base on Sunday.")).toEqual(["Two U.S. officials {official}"]);
  });
});
