// Filling the form from a quote (Alt+digit, «⊕ quote») or from one of the assist's proposals:
// pure steps from one FormState to the next, no React.
import type { ProposedReport } from "@/lib/extract/types";
import type { EvidenceField } from "@/lib/schemas/workbench";
import { guessKind, matchOption, newKey, numberIn, type EvidenceDraft, type FormState, type Option, type SourceDraft, type SourceOption, type Span } from "./model";

export type Refs = { places: Option[]; actors: Option[]; sources: SourceOption[] };

export function applyEvidence(f: FormState, field: EvidenceField, quote: Span, refs: Refs): FormState {
  const values = { ...f.values };
  const addEvidence = (): EvidenceDraft[] => [...f.evidence, { field, ...quote }];
  switch (field) {
    case "summary":
      // The main quote: a new selection replaces it (as «Use selection» always did).
      values.evidenceQuote = quote.exact;
      values.evidenceStart = quote.start !== undefined ? String(quote.start) : "";
      return { ...f, values };
    case "source": {
      const listed = matchOption(quote.exact, refs.sources);
      const row: SourceDraft = listed
        ? { key: newKey(), sourceId: String(listed.id), name: listed.name, kind: listed.kind, role: "original", quote }
        : { key: newKey(), sourceId: "new", name: "", kind: guessKind(quote.exact), role: "original", quote };
      return { ...f, sources: [...f.sources, row] };
    }
    case "date":
      if (!values.datePhrase) values.datePhrase = quote.exact;
      break;
    case "place": {
      const p = matchOption(quote.exact, refs.places);
      if (p) values.placeId = String(p.id);
      break;
    }
    case "actor": {
      const a = matchOption(quote.exact, refs.actors);
      if (a) values.actorId = String(a.id);
      break;
    }
    case "munitions":
    case "killed":
    case "injured": {
      const n = numberIn(quote.exact);
      if (n !== null) values[field] = String(n);
      break;
    }
    case "target": {
      // The party the quote names becomes the targeted actor; the words fill the target text.
      const a = matchOption(quote.exact, refs.actors);
      if (a && !values.targetActorId) values.targetActorId = String(a.id);
      if (!values.target?.trim()) values.target = quote.exact;
      break;
    }
    case "weapon":
    case "damage":
    case "response":
      if (!values[field]?.trim()) values[field] = quote.exact;
      break;
    default:
      break;
  }
  return { ...f, values, evidence: addEvidence() };
}

export type ProposalPart = "all" | "date" | "type" | "place" | "weapon" | "count" | "casualties" | "actor" | "sources" | "summary";

export function applyProposal(f: FormState, p: ProposedReport, part: ProposalPart, refs: Refs): FormState {
  let out = { ...f, values: { ...f.values }, evidence: [...f.evidence], sources: [...f.sources] };
  const ev = (field: EvidenceField, e: { exact: string; start: number }) => {
    if (!out.evidence.some((x) => x.field === field && x.start === e.start && x.exact === e.exact)) out.evidence.push({ field, exact: e.exact, start: e.start });
  };
  const all = part === "all";
  if ((all || part === "summary") && p.evidence) {
    out.values.evidenceQuote = p.evidence.exact;
    out.values.evidenceStart = String(p.evidence.start);
    if (!out.values.summary?.trim()) out.values.summary = p.evidence.exact.length > 300 ? `${p.evidence.exact.slice(0, 300)}…` : p.evidence.exact;
  }
  if ((all || part === "date") && p.date) {
    out.values.date = p.date.value.date;
    out.values.datePrecision = p.date.value.precision;
    out.values.datePhrase = p.date.evidence.exact;
    ev("date", p.date.evidence);
  }
  if ((all || part === "type") && p.type) {
    out.values.type = p.type.value;
    ev("type", p.type.evidence);
  }
  const place = p.places.find((x) => refs.places.some((o) => String(o.id) === String(x.value.id)));
  if ((all || part === "place") && place) {
    out.values.placeId = String(place.value.id);
    ev("place", place.evidence);
  }
  const weapon = p.weapons[0];
  if ((all || part === "weapon") && weapon) {
    out.values.weapon = weapon.evidence.exact;
    ev("weapon", weapon.evidence);
  }
  const count = p.counts[0];
  if ((all || part === "count") && count) {
    out.values.munitions = String(count.value.count);
    ev("munitions", count.evidence);
  }
  if (all || part === "casualties") {
    for (const c of p.casualties) {
      if (c.value.kind === "none") {
        out.values.killed ||= "0";
        out.values.injured ||= "0";
        ev("killed", c.evidence);
      } else if (c.value.count !== null) {
        out.values[c.value.kind] = String(c.value.count);
        ev(c.value.kind, c.evidence);
      }
    }
  }
  const actor = p.actors.find((x) => refs.actors.some((o) => String(o.id) === String(x.value.id)));
  if ((all || part === "actor") && actor) {
    out.values.actorId = String(actor.value.id);
    if (actor.value.role === "claimant") out.values.claimStatus = "claimed";
    ev("actor", actor.evidence);
  }
  if (all || part === "sources") {
    for (const s of p.sources) {
      if (out.sources.some((x) => x.quote?.start === s.evidence.start)) continue;
      const listed = s.value.sourceId !== null ? refs.sources.find((o) => String(o.id) === String(s.value.sourceId)) : undefined;
      out.sources.push({
        key: newKey(),
        sourceId: listed ? String(listed.id) : "new",
        name: listed ? listed.name : s.value.name,
        kind: listed ? listed.kind : s.value.kind,
        role: "original",
        quote: { exact: s.evidence.exact, start: s.evidence.start },
      });
    }
  }
  out = { ...out };
  return out;
}
