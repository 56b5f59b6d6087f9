// The seam where the searchable pickers (components/place-picker.tsx, reference-picker.tsx) plug
// into the workbench: one small component per picker, with the props (id, name, value, onChange,
// aria-*) the form uses.
import { useRef } from "react";
import { PlacePicker } from "@/components/place-picker";
import { ActorPicker, SourcePicker, type AddResult } from "@/components/reference-picker";
import type { RefOption } from "@/lib/places/search";
import { sourceNamed } from "@/lib/sources/match";
import { addActorAction, addSourceAction, proposePlaceAction } from "../../../reference-actions";
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
      // "none" is the explicit «no place» choice: kept as such in the form (the server gets no place).
      onChange={(p) => onChange(emit(p === "none" ? "none" : idOf(p)))}
      allowPropose
      onPropose={proposePlaceAction}
    />
  );
}

// The actor list by any name or alias (claimant and target); an editor adds a missing actor and
// it is chosen at once, and `onAdded` hands it to the workbench so every actor picker lists it.
export function ActorSelect({
  options,
  onChange,
  onAdded,
  locale,
  value,
  id,
  name,
  ...props
}: ControlProps & { options: Option[]; onAdded?: (o: RefOption) => void }) {
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
      onAdd={async (values) => {
        const result = await addActorAction(values);
        if ("option" in result) onAdded?.(result.option);
        return result;
      }}
    />
  );
}

export const sourceRef = (o: SourceOption): RefOption => ({
  id: String(o.id),
  nameAr: o.name,
  nameEn: o.nameEn ?? "",
  aliases: o.aliases,
  kind: o.kind,
  status: o.status,
});

// A cited source from the source list (components/reference-picker.tsx SourcePicker): any Arabic
// or English name or alias, folded; each entry shows its kind. Nothing chosen and a name typed
// is a source not in the list yet (`value` "new", `query` its name, proposed when the report is
// saved); «أضف مصدراً» adds it to the list at once, with its kind, and chooses it.
export function SourceSelect({
  options,
  value,
  query,
  kind,
  onChoose,
  onQuery,
  onAdded,
  locale,
  id,
  invalid,
  describedBy,
}: {
  id: string;
  invalid?: boolean;
  describedBy?: string;
  value: string;
  query: string;
  kind: string;
  options: SourceOption[];
  locale: Locale;
  onChoose: (o: RefOption | null) => void;
  onQuery: (q: string, listed: SourceOption | null) => void;
  onAdded: (o: RefOption) => void;
}) {
  const { key, emit } = useRemountKey(value);
  const refs = options.map(sourceRef);
  return (
    <SourcePicker
      key={key}
      id={id}
      name="sourceId"
      defaultValue={value}
      defaultQuery={query}
      options={refs}
      locale={locale}
      addDefaults={{ kind }}
      invalid={invalid}
      describedBy={describedBy}
      onChange={(o) => {
        const chosen = o === null || o === "none" ? null : o;
        emit(chosen ? chosen.id : "");
        onChoose(chosen);
      }}
      onQuery={(q) => {
        // A name typed in full that is a listed source's name or alias (either language,
        // Arabic-normalised) is that source, not a new one «not in the list».
        const hit = sourceNamed(q, options);
        emit(hit ? String(hit.id) : q.trim() ? "new" : "");
        onQuery(q, hit);
      }}
      onAdd={async (values): Promise<AddResult<RefOption>> => {
        const result = await addSourceAction(values);
        if ("option" in result) {
          emit(result.option.id);
          onAdded(result.option);
        }
        return result;
      }}
    />
  );
}
