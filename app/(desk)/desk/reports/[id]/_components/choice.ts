// Which incident the submit form starts with, and what each choice will really do.
// - A candidate at or above the auto threshold (preselected) is chosen.
// - A report sent back from an incident goes back to it: that incident, named, is chosen. When
//   the report was its only one, "new" reuses it (server/reports/submit.ts), so that choice is
//   said as «incident #N again», not as a new incident.
// - Otherwise, beside any candidate, nothing is chosen: a 61% candidate next to a preselected
//   «new incident» invited a click past it. The editor chooses (the server asks if not).
// - With no candidate at all, a new incident.
export type Previous = { id: number; status: string; closed: boolean; onlyThis: boolean } | null;
type Candidate = { id: number; preselected: boolean };

export function initialChoice(candidates: Candidate[], previous: Previous): string {
  const preselected = candidates.find((c) => c.preselected);
  if (preselected) return String(preselected.id);
  if (previous && !previous.closed) return previous.onlyThis ? "new" : String(previous.id);
  return candidates.length ? "" : "new";
}

// Only the candidate the form starts with is labelled pre-selected: two candidates at or above the
// auto bar are two incidents the editor must tell apart (and perhaps the same one twice).
export function oneChosen<C extends Candidate>(candidates: C[]): C[] {
  const chosen = candidates.find((c) => c.preselected)?.id;
  return candidates.map((c) => ({ ...c, preselected: c.id === chosen }));
}

// The previous incident as a choice of its own, when joining it is not what "new" does.
export const previousAsCandidate = (previous: Previous, candidates: Candidate[]) =>
  !!previous && !previous.closed && !previous.onlyThis && !candidates.some((c) => c.id === previous.id);
