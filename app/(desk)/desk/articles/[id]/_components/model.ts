// The workbench's form state and the pure steps around it: to and from the saveReport input,
// highlights from evidence, sentences for keyboard selection, values read from a quote.
// No React here.
import { reanchor } from "@/lib/evidence/anchor";
import { toUtf16Index } from "@/lib/evidence/offsets";
import { SPECIFICITY } from "@/lib/places/match";
import type { EvidenceField } from "@/lib/schemas/workbench";
import type { SourceKind, SourceRole } from "@/lib/domain";
import { guessSourceKind, sourceNamed } from "@/lib/sources/match";
import { asText } from "@/lib/text/as-text";

export type Option = { id: string | number; nameAr: string; nameEn: string; aliases?: string[]; kind?: string };
export type SourceOption = { id: number; name: string; nameEn: string | null; kind: SourceKind; aliases: string[]; status?: "confirmed" | "proposed" };

// A span as the browser holds it: UTF-16 offsets into the article body.
export type Span = { exact: string; start?: number };
export type EvidenceDraft = Span & { field: EvidenceField };
// attributedActorId: who this source says did it (an actor id, "" for nobody).
export type SourceDraft = { key: string; sourceId: string; name: string; kind: SourceKind; role: SourceRole; quote?: Span; attributedActorId?: string };

export const VALUE_KEYS = [
  "date",
  "datePrecision",
  "datePhrase",
  "type",
  "placeId",
  "actorId",
  "claimStatus",
  "targetActorId",
  "target",
  "weapon",
  // The weapon from the codebook (lib/weapons/codebook.ts), beside the article's words above.
  "weaponCode",
  "munitions",
  "killed",
  "killedHigh",
  "injured",
  "injuredHigh",
  "damage",
  "response",
  "summary",
  "summaryEn",
  // The main quote (summary evidence) and where it was selected.
  "evidenceQuote",
  "evidenceStart",
] as const;
export type ValueKey = (typeof VALUE_KEYS)[number];
export type Values = Partial<Record<ValueKey, string>>;

export type FormState = {
  reportId?: number;
  version?: number;
  values: Values;
  // Evidence other than the main quote (which is values.evidenceQuote).
  evidence: EvidenceDraft[];
  sources: SourceDraft[];
};

// The fields a selection can be attached to, in the order of the Alt+1…9, Alt+0 shortcuts.
export const ATTACH_FIELDS = [
  "summary",
  "date",
  "place",
  "actor",
  "target",
  "weapon",
  "munitions",
  "killed",
  "injured",
  "source",
] as const satisfies readonly EvidenceField[];
export const attachKey = (field: EvidenceField): string | null => {
  const i = (ATTACH_FIELDS as readonly string[]).indexOf(field);
  return i < 0 ? null : String((i + 1) % 10);
};

// Which form control shows a field's evidence and errors.
export const CONTROL_OF: Record<EvidenceField, string> = {
  summary: "evidenceQuote",
  date: "date",
  type: "type",
  place: "placeId",
  actor: "actorId",
  target: "target",
  weapon: "weapon",
  munitions: "munitions",
  killed: "killed",
  injured: "injured",
  damage: "damage",
  claim: "claimStatus",
  response: "response",
  source: "sources",
};
// The target has two controls: who was targeted (from the actor list) and what was hit (text,
// where its evidence is shown); both bring the target's highlight into view.
export const FIELD_OF_CONTROL: Record<string, EvidenceField> = {
  ...Object.fromEntries(Object.entries(CONTROL_OF).map(([f, c]) => [c, f as EvidenceField])),
  targetActorId: "target",
};

// The place picker's explicit «no place» (components/reference-picker.tsx NONE_VALUE).
export const NO_PLACE = "none";

export const emptyForm = (defaults: Values = {}): FormState => ({ values: { datePrecision: "day", ...defaults }, evidence: [], sources: [] });

let keySeq = 0;
export const newKey = () => `s${Date.now().toString(36)}${(++keySeq).toString(36)}`;

// The saveReport input for a form. `propose: false` (the autosave) holds back the cited sources
// that are only a typed name: a name is proposed as a new source on an explicit save, never
// from a half-typed word.
export function toInput(articleId: number, form: FormState, opts: { propose?: boolean } = {}) {
  const v = form.values;
  const evidence: Array<{ field: EvidenceField; exact: string; start?: number }> = [];
  if (v.evidenceQuote?.trim()) evidence.push({ field: "summary", exact: v.evidenceQuote, start: v.evidenceStart ? Number(v.evidenceStart) : undefined });
  for (const e of form.evidence) evidence.push({ field: e.field, exact: e.exact, start: e.start });
  const sources = form.sources
    .filter((s) => s.sourceId || s.name.trim())
    .filter((s) => opts.propose !== false || s.sourceId !== "new")
    .map((s) => {
      let index: number | undefined;
      if (s.quote?.exact.trim()) {
        index = evidence.length;
        evidence.push({ field: "source", exact: s.quote.exact, start: s.quote.start });
      }
      const attributedActorId = s.attributedActorId ? Number(s.attributedActorId) : undefined;
      return s.sourceId && s.sourceId !== "new"
        ? { sourceId: Number(s.sourceId), role: s.role, evidence: index, attributedActorId }
        : { name: s.name.trim(), kind: s.kind, role: s.role, evidence: index, attributedActorId };
    });
  const { evidenceQuote: _q, evidenceStart: _s, ...values } = v;
  // «No place» chosen explicitly is a report without a place.
  if (values.placeId === NO_PLACE) values.placeId = "";
  return { ...values, articleId, reportId: form.reportId, version: form.version, evidence, sources };
}

// What the server keeps of a report (server/reports/save.ts readReportDraft), as the browser gets it.
export type SavedEvidence = { id: number; field: string; exact: string; prefix: string; suffix: string; start: number; end: number };
export type SavedDraft = {
  report: Record<string, unknown> & { id: number; version: number; status: string; summary: string; date: string; type: string; placeId: string | null };
  evidence: SavedEvidence[];
  sources: Array<{
    sourceId: number;
    role: SourceRole;
    position: number;
    quote: string | null;
    evidenceId: number | null;
    name: string;
    nameEn: string | null;
    kind: SourceKind;
    attributedActorId?: number | null;
  }>;
};

// Where a saved span is in the body now, in UTF-16: its offsets, or found again by its quote
// and context when the offsets no longer point at it.
export function locate(body: string, e: SavedEvidence): { start: number; end: number } | null {
  const s = toUtf16Index(body, e.start);
  const end = toUtf16Index(body, e.end);
  if (body.slice(s, end) === e.exact) return { start: s, end };
  const again = reanchor(body, e);
  return again ? { start: toUtf16Index(body, again.start), end: toUtf16Index(body, again.end) } : null;
}

const str = asText;

export function fromDraft(body: string, d: SavedDraft): FormState {
  const r = d.report;
  const values: Values = {};
  for (const k of VALUE_KEYS) if (k !== "evidenceQuote" && k !== "evidenceStart") values[k] = str(r[k]);
  // A saved report without a place says so («no place»), rather than showing an empty picker.
  if (!values.placeId) values.placeId = NO_PLACE;
  const sourceEvidence = new Set(d.sources.map((s) => s.evidenceId).filter((x): x is number => x !== null));
  const evidence: EvidenceDraft[] = [];
  for (const e of d.evidence) {
    if (sourceEvidence.has(e.id)) continue;
    const at = locate(body, e);
    const span = { exact: e.exact, start: at?.start };
    if (e.field === "summary" && !values.evidenceQuote) {
      values.evidenceQuote = e.exact;
      values.evidenceStart = at ? String(at.start) : "";
    } else evidence.push({ ...span, field: e.field as EvidenceField });
  }
  const sources: SourceDraft[] = d.sources
    .filter((s) => s.position > 0 || s.evidenceId !== null)
    .map((s) => {
      const e = d.evidence.find((x) => x.id === s.evidenceId);
      const at = e ? locate(body, e) : null;
      const attributedActorId = s.attributedActorId ? String(s.attributedActorId) : undefined;
      return {
        key: newKey(),
        sourceId: String(s.sourceId),
        name: s.name,
        kind: s.kind,
        role: s.role,
        quote: e ? { exact: e.exact, start: at?.start } : undefined,
        attributedActorId,
      };
    });
  return { reportId: r.id, version: r.version, values, evidence, sources };
}

// A highlight: a span of the body backing a field of a report.
export type Mark = { start: number; end: number; field: EvidenceField; report: string; colour: number };

export function spanOf(body: string, s: Span): { start: number; end: number } | null {
  if (!s.exact) return null;
  if (s.start !== undefined && body.slice(s.start, s.start + s.exact.length) === s.exact) return { start: s.start, end: s.start + s.exact.length };
  const at = body.indexOf(s.exact, s.start !== undefined ? Math.max(0, s.start - s.exact.length) : 0);
  const found = at >= 0 ? at : body.indexOf(s.exact);
  return found >= 0 ? { start: found, end: found + s.exact.length } : null;
}

export function formMarks(body: string, form: FormState, report: string, colour: number): Mark[] {
  const out: Mark[] = [];
  const push = (s: Span | undefined, field: EvidenceField) => {
    const at = s && spanOf(body, s);
    if (at) out.push({ ...at, field, report, colour });
  };
  if (form.values.evidenceQuote)
    push({ exact: form.values.evidenceQuote, start: form.values.evidenceStart ? Number(form.values.evidenceStart) : undefined }, "summary");
  for (const e of form.evidence) push(e, e.field);
  for (const s of form.sources) push(s.quote, "source");
  return out;
}

export function savedMarks(body: string, d: SavedDraft, report: string, colour: number): Mark[] {
  return d.evidence.flatMap((e) => {
    const at = locate(body, e);
    return at ? [{ ...at, field: e.field as EvidenceField, report, colour }] : [];
  });
}

// A paragraph of the body cut where highlights start and end.
export type Segment = { start: number; end: number; marks: Mark[] };
export type Paragraph = { start: number; end: number; segments: Segment[] };

export function paragraphs(body: string, marks: Mark[]): Paragraph[] {
  const out: Paragraph[] = [];
  let ls = 0;
  while (ls <= body.length) {
    let le = body.indexOf("\n", ls);
    if (le < 0) le = body.length;
    if (le > ls) {
      const cuts = new Set([ls, le]);
      for (const m of marks) {
        if (m.start > ls && m.start < le) cuts.add(m.start);
        if (m.end > ls && m.end < le) cuts.add(m.end);
      }
      const points = [...cuts].sort((a, b) => a - b);
      const segments: Segment[] = [];
      for (let i = 0; i + 1 < points.length; i++) {
        const a = points[i]!;
        const b = points[i + 1]!;
        segments.push({ start: a, end: b, marks: marks.filter((m) => m.start <= a && m.end >= b).sort((x, y) => x.end - x.start - (y.end - y.start)) });
      }
      out.push({ start: ls, end: le, segments });
    }
    ls = le + 1;
  }
  return out;
}

// Sentences of the body (UTF-16 spans, trimmed), for selecting with the keyboard.
export function sentences(body: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of body.matchAll(/[^.!?؟\n]+[.!?؟]*/g)) {
    const text = m[0];
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    const start = m.index + lead;
    const end = m.index + text.length - trail;
    if (end - start >= 2) out.push({ start, end });
  }
  return out;
}

// The end of the next (grow) or previous (shrink) word after/before `end`.
export function moveWordEnd(body: string, start: number, end: number, grow: boolean): number {
  if (grow) {
    let i = end;
    while (i < body.length && /\s/.test(body[i]!)) i++;
    while (i < body.length && !/\s/.test(body[i]!)) i++;
    return i;
  }
  let i = end;
  while (i > start && /\s/.test(body[i - 1]!)) i--;
  while (i > start && !/\s/.test(body[i - 1]!)) i--;
  while (i > start && /\s/.test(body[i - 1]!)) i--;
  return i > start ? i : end;
}

const DIGITS: Record<string, string> = {
  "٠": "0",
  "١": "1",
  "٢": "2",
  "٣": "3",
  "٤": "4",
  "٥": "5",
  "٦": "6",
  "٧": "7",
  "٨": "8",
  "٩": "9",
  "۰": "0",
  "۱": "1",
  "۲": "2",
  "۳": "3",
  "۴": "4",
  "۵": "5",
  "۶": "6",
  "۷": "7",
  "۸": "8",
  "۹": "9",
};
const WORDS: Array<[RegExp, number]> = [
  [/(?:^|\s)(?:واحد|واحدة|واحدا|صاروخا واحدا)(?:\s|$)/, 1],
  [/(?:^|\s)(?:اثنان|اثنين|اثنتين|اثنتان)(?:\s|$)/, 2],
  [/(?:^|\s)(?:ثلاث|ثلاثة)(?:\s|$)/, 3],
  [/(?:^|\s)(?:أربع|أربعة|اربع|اربعة)(?:\s|$)/, 4],
  [/(?:^|\s)(?:خمس|خمسة|بخمسة|بخمس)(?:\s|$)/, 5],
  [/(?:^|\s)(?:ست|ستة|بستة|بست)(?:\s|$)/, 6],
  [/(?:^|\s)(?:سبع|سبعة)(?:\s|$)/, 7],
  [/(?:^|\s)(?:ثماني|ثمانية|ثمان)(?:\s|$)/, 8],
  [/(?:^|\s)(?:تسع|تسعة)(?:\s|$)/, 9],
  [/(?:^|\s)(?:عشر|عشرة)(?:\s|$)/, 10],
];

// The first number a quote states, in digits (Latin or Arabic-Indic) or as a small Arabic word.
export function numberIn(quote: string): number | null {
  const latin = quote.replace(/[٠-٩۰-۹]/g, (d) => DIGITS[d]!);
  const m = latin.match(/\d+/);
  if (m) return Number(m[0]);
  for (const [re, n] of WORDS) if (re.test(latin)) return n;
  return null;
}

const fold = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .toLowerCase();

// The listed entry whose name or alias the quote contains: the most specific kind of place
// first (a field or base over the governorate it is in), then the longest name.
export function matchOption<T extends { nameAr?: string; nameEn?: string | null; name?: string; aliases?: string[]; aliasesAr?: string[]; kind?: string }>(
  quote: string,
  options: T[],
): T | null {
  const q = fold(quote);
  let best: T | null = null;
  let bestScore = 0;
  for (const o of options) {
    const rank = (o.kind && SPECIFICITY[o.kind]) || 0;
    for (const n of [o.nameAr, o.nameEn, o.name, ...(o.aliases ?? []), ...(o.aliasesAr ?? [])]) {
      if (!n || n.length < 3) continue;
      const f = fold(n);
      const score = rank * 1000 + f.length;
      if (score > bestScore && q.includes(f)) {
        best = o;
        bestScore = score;
      }
    }
  }
  return best;
}

// A cited source's kind guessed from its words (lib/sources/match.ts).
export const guessKind = guessSourceKind;

// The rows that are only a typed name (proposed on an explicit save).
export const heldSources = (form: FormState) => form.sources.filter((s) => s.sourceId === "new" && s.name.trim() !== "");

// After a save: a typed name the server found or proposed is that source now (by its name),
// so a later autosave does not drop it from the chain.
export function resolveSaved(form: FormState, saved: SavedDraft | undefined): FormState {
  if (!saved || !form.sources.some((s) => s.sourceId === "new")) return form;
  const sources = form.sources.map((s) => {
    if (s.sourceId !== "new") return s;
    const found = sourceNamed(
      s.name,
      saved.sources.map((x) => ({ ...x, id: x.sourceId })),
    );
    return found ? { ...s, sourceId: String(found.sourceId), name: found.name, kind: found.kind } : s;
  });
  return { ...form, sources };
}

// What a save says, without where it stands (report id, version, offsets): two saves with the
// same content are the same save. A resend whose answer was lost (the connection dropped after
// the server had saved) then comes back as "already saved", not as a conflict.
export function contentOf(articleId: number, form: FormState): string {
  const { reportId: _r, version: _v, evidence, sources, ...values } = toInput(articleId, form);
  const clean = Object.fromEntries(Object.entries(values).filter(([, x]) => x !== undefined && x !== null && x !== ""));
  return JSON.stringify({
    values: Object.keys(clean)
      .sort()
      .map((k) => [k, String(clean[k as keyof typeof clean])]),
    evidence: evidence.map((e) => `${e.field}:${e.exact.trim()}`).sort(),
    sources: sources.map((s) => s.attributedActorId ?? 0),
  });
}
