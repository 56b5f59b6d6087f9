// Attribution per source (issue 19 item 15): what each cited source says about who did it. One
// outlet names a militia, another the regime; the incident's actor is one reading, and readers
// are told where the sources differ. Pure: the server reads the cited sources with their
// attributed actors (report_sources.attributed_actor_id), this decides what to say.
export type AttributedSource = {
  source: { name: string; nameEn: string | null };
  actor: { id: number; nameAr: string; nameEn: string } | null;
};

export type Attribution = { source: { name: string; nameEn: string | null }; actor: { id: number; nameAr: string; nameEn: string } };

// Each source once with the actor it names (a source cited by two reports naming one actor
// counts once), in the order cited; sources naming no one are left out.
export function attributions(cited: readonly AttributedSource[]): Attribution[] {
  const seen = new Set<string>();
  const out: Attribution[] = [];
  for (const c of cited) {
    if (!c.actor) continue;
    const key = `${c.source.name}\u0000${c.actor.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ source: c.source, actor: c.actor });
  }
  return out;
}

/** Whether the sources name more than one actor: then the public page says they disagree. */
export const sourcesDisagree = (list: readonly Attribution[]): boolean => new Set(list.map((a) => a.actor.id)).size > 1;
