// The governorates the gazetteer names, for the place form's suggestions.
export function governoratesOf(places: ReadonlyArray<{ governorate: string | null }>): string[] {
  return [...new Set(places.map((p) => p.governorate).filter((g): g is string => !!g))].sort();
}
