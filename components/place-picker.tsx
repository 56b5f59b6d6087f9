"use client";
/**
 * PlacePicker — the gazetteer picker of the report form (and any form that needs a place).
 *
 * Props contract:
 *   name           name of the hidden input carrying the place id (e.g. "placeId"; "" when none)
 *   id?            id of the visible combobox input (for <label htmlFor>; <Field> gives it)
 *   defaultValue?  a place id, or "none" for the explicit "no place" choice
 *   places         PlaceOption[]: id, nameAr, nameEn, aliases?, kind?, governorate?, status?
 *                  (server/gazetteer listPlaceOptions / listPlaceChoices give exactly this)
 *   locale         "ar" | "en": the name shown and ranked first
 *   labels?        PickerLabels (lib/i18n/pickers.ts); default PICKER_LABELS[locale]
 *   onChange?      (place | null | "none")
 *   allowPropose?  shows "Propose a new place" (names, kind, governorate, optional coordinates)
 *   onPropose?     (values) → Promise<AddResult>: a server action calling proposePlace; the new
 *                  place (status "proposed") is chosen at once
 *   noneFlag?      name of the hidden flag sent as "1" when "no place" is chosen (default "noPlace");
 *                  the place input is then ""
 *   invalid?, describedBy?  from the surrounding <Field>
 * Search: any Arabic or English name or alias, hamza/alef, ى/ي, ة/ه, tatweel, diacritics and the
 * article ال ignored; exact name > prefix > alias > substring (lib/places/search.ts).
 */
import { PICKER_LABELS, type PickerLabels } from "@/lib/i18n/pickers";
import type { RefOption, SearchLocale } from "@/lib/places/search";
import { PLACE_KINDS } from "@/lib/schemas/references";
import { NONE_VALUE, ReferencePicker, type AddResult } from "./reference-picker";

export type PlaceOption = Omit<RefOption, "id"> & { id: string | number };

export type PlacePickerProps = {
  name: string;
  id?: string;
  defaultValue?: string;
  places: readonly PlaceOption[];
  locale: SearchLocale;
  labels?: PickerLabels;
  onChange?: (place: RefOption | null | typeof NONE_VALUE) => void;
  allowPropose?: boolean;
  onPropose?: (values: Record<string, string>) => Promise<AddResult<RefOption>>;
  noneFlag?: string;
  invalid?: boolean;
  describedBy?: string;
};

export function placeKindLabel(labels: PickerLabels, kind: string | null | undefined): string {
  if (!kind) return "";
  const key = `pk_${kind}` as keyof PickerLabels;
  return labels[key] ?? kind;
}

export function PlacePicker(props: PlacePickerProps) {
  const labels = props.labels ?? PICKER_LABELS[props.locale];
  const places = props.places.map((p) => ({ ...p, id: String(p.id) }));
  const governorates = [...new Set(places.map((p) => p.governorate).filter((g): g is string => !!g))].sort();
  const describe = (p: RefOption) => [placeKindLabel(labels, p.kind), p.governorate].filter(Boolean).join(" · ");
  const onPropose = props.onPropose;
  return (
    <ReferencePicker
      name={props.name}
      id={props.id}
      defaultValue={props.defaultValue}
      options={places}
      locale={props.locale}
      labels={labels}
      describe={describe}
      none={{ label: labels.pick_noPlace, chosenLabel: labels.pick_noPlaceChosen, flagName: props.noneFlag ?? "noPlace" }}
      onChange={props.onChange}
      invalid={props.invalid}
      describedBy={props.describedBy}
      add={
        props.allowPropose && onPropose
          ? {
              label: labels.pick_propose,
              title: labels.pick_proposeTitle,
              initial: (q): Record<string, string> => (/[\u0600-\u06FF]/.test(q) ? { nameAr: q } : { nameEn: q }),
              fields: [
                { key: "nameAr", label: labels.pick_nameAr, dir: "rtl" },
                { key: "nameEn", label: labels.pick_nameEn, dir: "ltr" },
                { key: "kind", label: labels.pick_kind, type: "select", options: PLACE_KINDS.map((k) => [k, placeKindLabel(labels, k)]) },
                { key: "governorate", label: labels.pick_governorate, type: "select", options: governorates.map((g) => [g, g]) },
                { key: "lat", label: labels.pick_lat, type: "number", dir: "ltr" },
                { key: "lon", label: labels.pick_lon, type: "number", dir: "ltr" },
                { key: "aliases", label: labels.pick_aliases },
              ],
              submit: onPropose,
            }
          : undefined
      }
    />
  );
}
