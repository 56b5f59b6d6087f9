// One body, one source record: a name typed or read is the listed source whose Arabic name,
// English name or any alias it is, Arabic-normalised (lib/arabic: hamza and alef forms, ى/ي,
// ة/ه, diacritics, quote marks, spacing) and in either language. Used by the workbench's source
// picker, the server when a report names a source not chosen from the list, and the seed.
import { foldForMatch } from "../arabic/normalize";
import type { SourceKind } from "../domain";

export type NamedSource = { name?: string | null; nameAr?: string | null; nameEn?: string | null; aliases?: readonly string[] | null };

export const namesOf = (s: NamedSource): string[] => [s.name, s.nameAr, s.nameEn, ...(s.aliases ?? [])].filter((n): n is string => !!n && n.trim() !== "");

// The listed source this exact name (folded) names, if any; the first listed wins a tie.
export function sourceNamed<T extends NamedSource>(name: string, list: readonly T[]): T | null {
  const key = foldForMatch(name);
  if (!key) return null;
  return list.find((s) => namesOf(s).some((n) => foldForMatch(n) === key)) ?? null;
}

// A cited source's kind guessed from its words («المرصد» a monitor, «مصادر محلية» local…),
// for a source not in the list yet; the editor can change it.
export function guessSourceKind(words: string): SourceKind {
  const q = foldForMatch(words);
  if (/مرصد|observatory/.test(q)) return "monitor";
  if (/مصادر محليه|ناشطون|اهالي|local sources|residents/.test(q)) return "local";
  if (/وكاله|agency|رويترز|reuters|afp|فرانس برس/.test(q)) return "agency";
  if (/مسوول|وزاره|متحدث|قياده|بنتاغون|official|ministry|spokes|pentagon|centcom|سنتكوم/.test(q)) return "official";
  if (/مقاومه|فصايل|كتايب|militia|faction|brigade/.test(q)) return "armed_group";
  return "other";
}
