// Filling the form from a quote (Alt+digit, «⊕ quote») or from one of the assist's proposals:
// pure steps from one FormState to the next, no React.
import type { ProposedReport } from "@/lib/extract/types";
import type { EvidenceField } from "@/lib/schemas/workbench";
import { sourceNamed } from "@/lib/sources/match";
import { weaponCodeFromLexicon, weaponCodeOf } from "@/lib/weapons/codebook";
import {
  NO_PLACE,
  guessKind,
  matchOption,
  newKey,
  numberIn,
  type EvidenceDraft,
  type FormState,
  type Option,
  type SourceDraft,
  type SourceOption,
  type Span,
  type ValueKey,
} from "./model";

export type Refs = { places: Option[]; actors: Option[]; sources: SourceOption[] };

// The value a quote states for a field whose control holds an id or a number: the place or
// actor it names, the figure it gives. Text fields (weapon, damage…) have none: their words are
// the editor's.
export type Read = { key: ValueKey; value: string };
export function readValue(field: EvidenceField, exact: string, refs: Refs): Read | null {
  switch (field) {
    case "place": {
      const p = matchOption(exact, refs.places);
      return p ? { key: "placeId", value: String(p.id) } : null;
    }
    case "actor":
    case "target": {
      const a = matchOption(exact, refs.actors);
      return a ? { key: field === "actor" ? "actorId" : "targetActorId", value: String(a.id) } : null;
    }
    case "weapon": {
      // The codebook entry the words name: «بطائرة مسيرة» picks «drone».
      const code = weaponCodeOf(exact);
      return code ? { key: "weaponCode", value: code } : null;
    }
    case "munitions":
    case "killed":
    case "injured": {
      const n = numberIn(exact);
      return n === null ? null : { key: field, value: String(n) };
    }
    default:
      return null;
  }
}

// A value read from a quote attached to a field that already holds another one: offered to the
// editor beside the field, never written over the chosen value.
export type Offer = Read & { field: EvidenceField; quote: Span };

export function attachQuote(f: FormState, field: EvidenceField, quote: Span, refs: Refs): { form: FormState; offer: Offer | null } {
  const values = { ...f.values };
  const evidence: EvidenceDraft[] = [...f.evidence, { field, ...quote }];
  const read = readValue(field, quote.exact, refs);
  let offer: Offer | null = null;
  if (read) {
    const held = values[read.key]?.trim();
    if (!held || held === NO_PLACE) values[read.key] = read.value;
    else if (held !== read.value) offer = { ...read, field, quote };
  }
  switch (field) {
    case "summary":
      // The main quote: a new selection replaces it (as «Use selection» always did).
      values.evidenceQuote = quote.exact;
      values.evidenceStart = quote.start !== undefined ? String(quote.start) : "";
      return { form: { ...f, values }, offer: null };
    case "source": {
      const listed = matchOption(quote.exact, refs.sources);
      const row: SourceDraft = listed
        ? { key: newKey(), sourceId: String(listed.id), name: listed.name, kind: listed.kind, role: "original", quote }
        : { key: newKey(), sourceId: "new", name: "", kind: guessKind(quote.exact), role: "original", quote };
      return { form: { ...f, sources: [...f.sources, row] }, offer: null };
    }
    case "date":
      if (!values.datePhrase) values.datePhrase = quote.exact;
      break;
    case "target":
    case "weapon":
    case "damage":
    case "response":
      // Words the editor has not written yet come from the quote; written ones stay.
      if (!values[field]?.trim()) values[field] = quote.exact;
      break;
    default:
      break;
  }
  return { form: { ...f, values, evidence }, offer };
}

export const applyEvidence = (f: FormState, field: EvidenceField, quote: Span, refs: Refs): FormState => attachQuote(f, field, quote, refs).form;

// The offer taken: the value and its quote together, in one step. The field's other quotes
// backed the value being replaced and go with it.
export function acceptOffer(f: FormState, offer: Offer, refs: Refs): FormState {
  const evidence = f.evidence.filter(
    (e) => e.field !== offer.field || (e.exact === offer.quote.exact && e.start === offer.quote.start) || readValue(e.field, e.exact, refs)?.key !== offer.key,
  );
  return { ...f, values: { ...f.values, [offer.key]: offer.value }, evidence };
}

// A value the editor changed by hand: the field's quotes that stated the old value no longer
// back it and are dropped (returned, so the editor is told which).
export function correctValue(f: FormState, key: ValueKey, value: string, refs: Refs): { form: FormState; dropped: EvidenceDraft[] } {
  const old = f.values[key] ?? "";
  const dropped =
    old && old !== value ? f.evidence.filter((e) => readValue(e.field, e.exact, refs)?.key === key && readValue(e.field, e.exact, refs)?.value === old) : [];
  const form = { ...f, values: { ...f.values, [key]: value }, evidence: dropped.length ? f.evidence.filter((e) => !dropped.includes(e)) : f.evidence };
  return { form, dropped };
}

export type ProposalPart = "all" | "date" | "type" | "place" | "weapon" | "count" | "casualties" | "actor" | "sources" | "summary";

// A proposal's values into the form: all of them («use this report») or one part. A value the
// assist offers from a verified incident of the log (fromIncident) comes in only by its own
// «use» button, where it is labelled «from incident #N»: never with the rest, never silently.
// The summary is the editor's: never the quote's text, at most the short line given (`line`).
export function applyProposal(f: FormState, p: ProposedReport, part: ProposalPart, refs: Refs, line = ""): FormState {
  let out = { ...f, values: { ...f.values }, evidence: [...f.evidence], sources: [...f.sources] };
  const ev = (field: EvidenceField, e: { exact: string; start: number }) => {
    if (!out.evidence.some((x) => x.field === field && x.start === e.start && x.exact === e.exact))
      out.evidence.push({ field, exact: e.exact, start: e.start });
  };
  const all = part === "all";
  const own = <T extends { fromIncident?: number }>(x: T | null | undefined): x is T => !!x && (!all || x.fromIncident === undefined);
  if ((all || part === "summary") && p.evidence) {
    out.values.evidenceQuote = p.evidence.exact;
    out.values.evidenceStart = String(p.evidence.start);
    if (!out.values.summary?.trim() && line) out.values.summary = line;
  }
  if ((all || part === "date") && own(p.date)) {
    out.values.date = p.date.value.date;
    out.values.datePrecision = p.date.value.precision;
    out.values.datePhrase = p.date.evidence.exact;
    ev("date", p.date.evidence);
  }
  if ((all || part === "type") && own(p.type)) {
    out.values.type = p.type.value;
    ev("type", p.type.evidence);
  }
  const place = p.places.find((x) => refs.places.some((o) => String(o.id) === String(x.value.id)));
  if ((all || part === "place") && own(place)) {
    out.values.placeId = String(place.value.id);
    ev("place", place.evidence);
  }
  const weapon = p.weapons[0];
  if ((all || part === "weapon") && own(weapon)) {
    out.values.weapon = weapon.evidence.exact;
    // The assist's lexicon id, as a codebook code (a shell is left to the editor).
    const code = weaponCodeFromLexicon(weapon.value, weapon.evidence.exact);
    if (code) out.values.weaponCode = code;
    ev("weapon", weapon.evidence);
  }
  const count = p.counts[0];
  if ((all || part === "count") && own(count)) {
    out.values.munitions = String(count.value.count);
    ev("munitions", count.evidence);
  }
  if (all || part === "casualties") {
    for (const c of p.casualties.filter(own)) {
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
  if ((all || part === "actor") && own(actor)) {
    out.values.actorId = String(actor.value.id);
    if (actor.value.role === "claimant") out.values.claimStatus = "claimed";
    ev("actor", actor.evidence);
  }
  if (all || part === "sources") {
    for (const s of p.sources.filter(own)) {
      if (out.sources.some((x) => x.quote?.start === s.evidence.start)) continue;
      const listed =
        (s.value.sourceId !== null ? refs.sources.find((o) => String(o.id) === String(s.value.sourceId)) : undefined) ??
        sourceNamed(s.value.name, refs.sources) ??
        undefined;
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
