// Finds gazetteer places named in a text, tolerant of Arabic spelling variants (hamza, ى/ي, ة/ه,
// diacritics) and of attached one-letter proclitics (و، ف، ب، ل، ك: "بالشدادي", "وقاعدة").
import { foldForMatch } from "../arabic/normalize";

export type GazetteerName = {
  id: string;
  nameAr: string;
  nameEn: string;
  aliasesAr: string[];
  aliasesEn: string[];
  kind: string;
};

export type PlaceMatch = { id: string; name: string; index: number; length: number };

// More specific kinds win ties: a base inside a town is the better answer than the town.
export const SPECIFICITY: Record<string, number> = {
  base: 7,
  border_crossing: 6,
  oil_gas_field: 6,
  airport: 6,
  dam: 6,
  prison: 6,
  // A named site of no listed kind (an embassy, a compound): a place as exact as a base's.
  other: 6,
  camp: 5,
  village: 5,
  town: 4,
  city: 3,
  governorate: 2,
  country: 1,
};

// «حقل "عمر"» and «قاعدة الشدادي» name «حقل العمر» and «قاعدة الشدادي»: after a head noun (base,
// field, airport, crossing…) the name may drop its article. Every name of a place with those
// variants, for matchers that read free text (lib/extract).
const HEADS = ["قاعدة", "حقل", "مطار", "معبر", "منفذ", "معمل", "قرية", "بلدة", "مدينة", "ناحية", "جسر", "سجن"];

export function placeNameForms(p: GazetteerName): string[] {
  const names = [p.nameAr, p.nameEn, ...p.aliasesAr, ...p.aliasesEn].filter((n) => foldForMatch(n).length >= 3);
  const out = new Set(names);
  for (const n of names) {
    const words = n.split(/\s+/);
    if (words.length >= 2 && HEADS.includes(words[0]!) && words[1]!.startsWith("ال") && words[1]!.length > 4) {
      out.add([words[0], words[1]!.slice(2), ...words.slice(2)].join(" "));
    }
    // «the Omar oilfield», «Tanf garrison»: English drops the article of a name of two words or
    // more («al-Omar oilfield»); a one-word name without it may be a person's («Omar»).
    const bare = /^al[- ](\S.*)$/i.exec(n);
    if (bare && /\s/.test(bare[1]!)) out.add(bare[1]!);
    // «the Abu Kamal border crossing», «Yarubiyah border crossing»: English may put «border»
    // before the «crossing» of a name.
    if (words.length >= 2 && /^crossing$/i.test(words.at(-1)!) && !/^border$/i.test(words.at(-2)!)) {
      out.add([...words.slice(0, -1), "border", "crossing"].join(" "));
    }
    // «Qayyarah airbase» / «Qayyarah air base»: English writes the word in one or in two.
    if (words.length >= 2 && /^airbase$/i.test(words.at(-1)!)) out.add([...words.slice(0, -1), "air", "base"].join(" "));
    if (words.length >= 3 && /^air$/i.test(words.at(-2)!) && /^base$/i.test(words.at(-1)!)) out.add([...words.slice(0, -2), "airbase"].join(" "));
  }
  return [...out];
}

// placeNameForms for a whole gazetteer: a derived form that is another place's own name (or
// derived for two places) is left out, so a derived form never makes a name ambiguous.
export function gazetteerNameForms<P extends GazetteerName>(places: P[]): Array<[P, string[]]> {
  const own = new Map<string, string>();
  for (const p of places) for (const n of [p.nameAr, p.nameEn, ...p.aliasesAr, ...p.aliasesEn]) own.set(foldForMatch(n), p.id);
  const all = places.map((p): [P, string[]] => [p, placeNameForms(p)]);
  const derivedBy = new Map<string, Set<string>>();
  for (const [p, forms] of all) for (const f of forms) derivedBy.set(foldForMatch(f), (derivedBy.get(foldForMatch(f)) ?? new Set()).add(p.id));
  return all.map(([p, forms]) => [
    p,
    forms.filter((f) => {
      const k = foldForMatch(f);
      const by = own.get(k);
      return by ? by === p.id : derivedBy.get(k)!.size === 1;
    }),
  ]);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export type PlaceMatcher = (text: string) => PlaceMatch[];

// Compiles the gazetteer once; the returned function ranks places by specificity (a village
// beats the governorate it sits in), then by the length of the matching name, then by position.
export function compilePlaceMatcher(places: GazetteerName[]): PlaceMatcher {
  const names = places.flatMap((p) =>
    [p.nameAr, p.nameEn, ...p.aliasesAr, ...p.aliasesEn]
      .map((n) => foldForMatch(n))
      .filter((n) => n.length >= 3)
      .map((n) => ({ place: p, folded: n, re: new RegExp(`(?:^|\\s)[وفبلك]{0,2}(${escape(n)})(?=\\s|$)`, "gu") })),
  );
  return (text: string) => {
    const folded = foldForMatch(text);
    const spans: Array<PlaceMatch & { kind: string }> = [];
    for (const { place, folded: name, re } of names) {
      for (const m of folded.matchAll(re)) {
        spans.push({ id: place.id, name, index: m.index + m[0].length - name.length, length: name.length, kind: place.kind });
      }
    }
    // "ريف دير الزور" names the governorate, not the city whose name sits inside it; a later
    // mention of the city on its own still counts.
    const free = spans.filter((m) => !spans.some((o) => o.length > m.length && o.index <= m.index && o.index + o.length >= m.index + m.length));
    const best = new Map<string, PlaceMatch & { kind: string }>();
    for (const m of free) {
      const prev = best.get(m.id);
      if (!prev || m.length > prev.length || (m.length === prev.length && m.index < prev.index)) best.set(m.id, m);
    }
    const outer = [...best.values()];
    return outer
      .sort((a, b) => (SPECIFICITY[b.kind] ?? 0) - (SPECIFICITY[a.kind] ?? 0) || b.length - a.length || a.index - b.index)
      .map(({ kind: _kind, ...m }) => m);
  };
}
