// A place keeps its Arabic and its Latin-script aliases apart (aliases_ar, aliases_en): an
// alias goes where its script says.
export const isArabic = (s: string) => /[\u0600-\u06FF]/.test(s);

export function splitAliases(aliases: readonly string[]): { aliasesAr: string[]; aliasesEn: string[] } {
  return { aliasesAr: aliases.filter(isArabic), aliasesEn: aliases.filter((a) => !isArabic(a)) };
}
