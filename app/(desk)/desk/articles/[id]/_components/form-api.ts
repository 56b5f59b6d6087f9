// What every panel of the report form is handed: the words, the values and errors, and the
// ways to change them. A new field or panel (a weapon-code picker, a per-source attribution)
// takes a FormApi and renders with <Field>; nothing else to wire.
import { inputClass } from "@/components/form";
import type { ErrorKey, Locale, Messages } from "@/lib/i18n";
import type { EvidenceField } from "@/lib/schemas/workbench";
import type { Offer } from "./apply";
import { NO_PLACE, type FormState, type Option, type SourceOption, type ValueKey } from "./model";
import type { Action } from "./state";
import { weaponByCode } from "@/lib/weapons/codebook";

export type M = Pick<Messages, "fields" | "desk" | "errors" | "types" | "precisions" | "workbench" | "statuses" | "decisions" | "codebook">;

// A reviewer's decision on a report sent back, shown where the editor fixes it.
export type Returned = { reportId: number; decision: string; comment: string | null; reviewerName: string; at: string };

export type FormApi = {
  m: M;
  locale: Locale;
  form: FormState;
  errors: Record<string, ErrorKey>;
  places: Option[];
  actors: Option[];
  sources: SourceOption[];
  dispatch: (a: Action) => void;
  setValue: (key: ValueKey, value: string) => void;
  attach: (field: EvidenceField) => void;
  fieldLabel: (field: string) => string;
  // A value read from a quote, waiting for the editor's choice beside its field.
  offer: Offer | null;
};

// A value as the editor reads it: a place's or an actor's name, else the value itself.
export function valueLabel(api: Pick<FormApi, "locale" | "places" | "actors" | "m">, key: ValueKey, value: string): string {
  const name = (o: Option | undefined) => (o ? (api.locale === "ar" ? o.nameAr : o.nameEn) || o.nameAr : value);
  if (key === "placeId") return value === NO_PLACE || !value ? api.m.desk.none : name(api.places.find((o) => String(o.id) === value));
  if (key === "actorId" || key === "targetActorId") return name(api.actors.find((o) => String(o.id) === value));
  if (key === "weaponCode") {
    const w = weaponByCode(value);
    return w ? (api.locale === "ar" ? w.nameAr : w.nameEn) : value;
  }
  return value;
}

// The props of a form control named `name`: its id (labels point at it), error state and name.
export function control(api: FormApi, name: string) {
  return {
    id: `field-${name}`,
    name,
    className: inputClass,
    "aria-invalid": !!api.errors[name],
    "aria-describedby": api.errors[name] ? `field-${name}-error` : undefined,
  };
}

// A plain input, select or textarea bound to one value of the form.
export function bound(api: FormApi, key: ValueKey) {
  return {
    ...control(api, key),
    value: api.form.values[key] ?? "",
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => api.setValue(key, e.target.value),
  };
}

export const optionalLabel = (api: FormApi, label: string) => `${label} (${api.m.desk.optional})`;

// The label of each field a quote can back, in the reader's language.
export function fieldLabels(m: M): Record<EvidenceField, string> {
  const w = m.workbench;
  return {
    summary: m.fields.evidenceQuote,
    date: m.fields.date,
    type: m.fields.type,
    place: m.fields.place,
    actor: m.fields.actor,
    target: m.fields.target,
    weapon: m.fields.weapon,
    munitions: m.fields.munitions,
    killed: m.fields.killed,
    injured: m.fields.injured,
    damage: w.damage,
    claim: w.claimStatus,
    response: w.response,
    source: w.source,
  };
}
