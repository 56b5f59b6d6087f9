// The seam where the searchable pickers (components/place-picker.tsx, reference-picker.tsx,
// built on another branch) plug into the workbench: one small component per picker, each a
// plain <select> today, with the same props (id, name, value, onChange, aria-*) the form uses.
import { useRef } from "react";
import { Options } from "@/components/options";
import { PlacePicker } from "@/components/place-picker";
import { proposePlaceAction } from "../../../reference-actions";
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
export function PlaceSelect({ options, onChange, locale, value, id, name, ...props }: ControlProps & { options: Option[] }) {
  // Remount only for a value that did not come from the picker itself: its own choices keep
  // their focus and keyboard state.
  const emitted = useRef(value);
  const generation = useRef(0);
  const seen = useRef(value);
  if (value !== seen.current) {
    seen.current = value;
    if (value !== emitted.current) generation.current += 1;
  }
  return (
    <PlacePicker
      key={generation.current}
      id={id}
      name={name}
      defaultValue={value}
      places={options}
      locale={locale}
      invalid={props["aria-invalid"]}
      describedBy={props["aria-describedby"]}
      onChange={(p) => {
        const next = p === null || p === "none" ? "" : String(p.id);
        emitted.current = next;
        onChange(next);
      }}
      allowPropose
      onPropose={proposePlaceAction}
    />
  );
}

export function ActorSelect({ options, onChange, locale, none, ...props }: ControlProps & { options: Option[] }) {
  return (
    <select {...props} onChange={(e) => onChange(e.target.value)}>
      <Options none={none} choices={options.map((o) => [o.id, nameOf(locale, o)] as const)} />
    </select>
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
