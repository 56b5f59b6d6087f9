// The seam where the searchable pickers (components/place-picker.tsx, reference-picker.tsx,
// built on another branch) plug into the workbench: one small component per picker, each a
// plain <select> today, with the same props (id, name, value, onChange, aria-*) the form uses.
import { useRef } from "react";
import { Options } from "@/components/options";
import { PlacePicker } from "@/components/place-picker";
import { ActorPicker } from "@/components/reference-picker";
import type { RefOption } from "@/lib/places/search";
import { addActorAction, proposePlaceAction } from "../../../reference-actions";
import type { Locale } from "@/lib/i18n";
import type { Option, SourceOption } from "./model";

type ControlProps = {
  id: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  className: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  locale: Locale;
  none: string;
};

const nameOf = (locale: Locale, o: { nameAr?: string; nameEn?: string | null; name?: string }) =>
  (locale === "ar" ? o.nameAr || o.name || o.nameEn : o.nameEn || o.nameAr || o.name) ?? "";

// The gazetteer picker (components/place-picker.tsx): any name or alias, Arabic folded, "no
// place" as an explicit choice, and a new place proposed and used at once. It keeps its own
// state, so a value set from outside (a suggestion, the previous report) remounts it.
// The pickers keep their own state, so a value set from outside (a suggestion, the previous
// report) remounts them; their own choices coming back as the form's value do not, so they keep
// focus and keyboard state.
function useRemountKey(value: string) {
  const emitted = useRef(value);
  const generation = useRef(0);
  const seen = useRef(value);
  if (value !== seen.current) {
    seen.current = value;
    if (value !== emitted.current) generation.current += 1;
  }
  const emit = (next: string) => {
    emitted.current = next;
    return next;
  };
  return { key: generation.current, emit };
}

const idOf = (p: RefOption | null | "none") => (p === null || p === "none" ? "" : String(p.id));

// The gazetteer picker (components/place-picker.tsx): any name or alias, Arabic folded, "no
// place" as an explicit choice, and a new place proposed and used at once.
export function PlaceSelect({ options, onChange, locale, value, id, name, ...props }: ControlProps & { options: Option[] }) {
  const { key, emit } = useRemountKey(value);
  return (
    <PlacePicker
      key={key}
      id={id}
      name={name}
      defaultValue={value}
      places={options}
      locale={locale}
      invalid={props["aria-invalid"]}
      describedBy={props["aria-describedby"]}
      onChange={(p) => onChange(emit(idOf(p)))}
      allowPropose
      onPropose={proposePlaceAction}
    />
  );
}

// The actor list by any name or alias; an editor adds a missing actor and it is chosen at once.
export function ActorSelect({ options, onChange, locale, value, id, name, ...props }: ControlProps & { options: Option[] }) {
  const { key, emit } = useRemountKey(value);
  return (
    <ActorPicker
      key={key}
      id={id}
      name={name}
      defaultValue={value}
      options={options.map((o) => ({ ...o, id: String(o.id) }))}
      locale={locale}
      invalid={props["aria-invalid"]}
      describedBy={props["aria-describedby"]}
      onChange={(p) => onChange(emit(idOf(p)))}
      onAdd={addActorAction}
    />
  );
}

// A cited source: a listed one, or "new" (the form then asks for its name and kind).
export function SourceSelect({ options, onChange, locale, none, newLabel, ...props }: ControlProps & { options: SourceOption[]; newLabel: string }) {
  return (
    <select {...props} onChange={(e) => onChange(e.target.value)}>
      <Options none={none} choices={[...options.map((o) => [o.id, nameOf(locale, o)] as const), ["new", newLabel] as const]} />
    </select>
  );
}
