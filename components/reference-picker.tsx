"use client";
/**
 * ReferencePicker — a combobox (ARIA 1.2) over a reference list (places, sources, actors),
 * filtered in the browser with the server's fold and ranking (lib/places/search.ts).
 *
 * Props contract:
 *   name          name of the hidden input that carries the chosen id ("" when nothing is chosen)
 *   id?           id of the visible input, so a <label htmlFor> names the combobox
 *   defaultValue? an option id, or NONE_VALUE for the explicit "none" choice
 *   options       RefOption[] (id, nameAr, nameEn, aliases?, kind?, governorate?, status?)
 *   locale        "ar" | "en": which name is shown and ranked first
 *   labels        PickerLabels (lib/i18n/pickers.ts; default: PICKER_LABELS[locale])
 *   describe?     (option) → the second line of an option (e.g. kind · governorate)
 *   none?         { label, chosenLabel, flagName }: offers "none" as an explicit choice; when it is
 *                 chosen, the hidden `name` input is "" and a hidden `flagName` input is "1"
 *   onChange?     (option | null | "none") after every choice or clearing
 *   add?          { label, title, fields, submit(values) }: a panel to add an entry that is
 *                 missing; submit returns { option } (chosen at once) or { error } (shown). The
 *                 panel's first field takes the focus when it opens (keyboard path).
 *   defaultQuery? the text shown when no option is chosen (e.g. a name not in the list yet)
 *   onQuery?      (text) after every keystroke in the box (a name typed, not chosen)
 *   invalid?, describedBy? from the surrounding <Field>
 * Keyboard: Down/Up move (Down opens), Enter chooses, Escape closes (then clears), Tab leaves.
 * Works right-to-left and at 390 px (the list opens in the flow under the input, names wrap).
 */
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { inputClass } from "@/components/form";
import { PICKER_LABELS, type PickerLabels } from "@/lib/i18n/pickers";
import { SOURCE_KINDS } from "@/lib/domain";
import { rankReferences, type RefOption, type SearchLocale } from "@/lib/places/search";

const SOURCE_KIND_KEYS = SOURCE_KINDS;

export const NONE_VALUE = "none";

export type AddField = {
  key: string;
  label: string;
  type?: "text" | "number" | "select";
  options?: Array<[string, string]>;
  required?: boolean;
  dir?: "rtl" | "ltr" | "auto";
};
export type AddResult<T extends RefOption> = { option: T } | { error: string; fieldErrors?: Record<string, string> };

export type ReferencePickerProps<T extends RefOption> = {
  name: string;
  id?: string;
  defaultValue?: string;
  options: readonly T[];
  locale: SearchLocale;
  labels?: PickerLabels;
  describe?: (o: T) => string;
  none?: { label: string; chosenLabel: string; flagName: string };
  onChange?: (o: T | null | typeof NONE_VALUE) => void;
  defaultQuery?: string;
  onQuery?: (query: string) => void;
  add?: {
    label: string;
    title: string;
    fields: AddField[];
    initial?: (query: string) => Record<string, string>;
    submit: (values: Record<string, string>) => Promise<AddResult<T>>;
  };
  invalid?: boolean;
  describedBy?: string;
};

type Item<T> = { kind: "none" } | { kind: "option"; option: T };

export function ReferencePicker<T extends RefOption>(props: ReferencePickerProps<T>) {
  const { name, locale, describe, none, add } = props;
  const labels = props.labels ?? PICKER_LABELS[locale];
  const uid = useId();
  const inputId = props.id ?? `${uid}-input`;
  const listId = `${uid}-list`;
  const [extra, setExtra] = useState<T[]>([]);
  // Entries added here stay choosable even before the caller's list has them (and once it has
  // them, they are listed once).
  const options = useMemo(() => [...props.options, ...extra.filter((e) => !props.options.some((o) => o.id === e.id))], [props.options, extra]);
  const label = (o: T) => (locale === "ar" ? o.nameAr : o.nameEn) || o.nameAr || o.nameEn;

  const initial = props.defaultValue === NONE_VALUE ? NONE_VALUE : (options.find((o) => o.id === props.defaultValue) ?? null);
  const [chosen, setChosen] = useState<T | null | typeof NONE_VALUE>(initial);
  const [query, setQuery] = useState(initial === NONE_VALUE ? (none?.label ?? "") : initial ? label(initial) : (props.defaultQuery ?? ""));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  const typed = chosen === null ? query : "";
  const items: Item<T>[] = useMemo(() => {
    const ranked = rankReferences(options, typed, locale, 30).map((option) => ({ kind: "option" as const, option }));
    return none && !typed.trim() ? [{ kind: "none" as const }, ...ranked] : ranked;
  }, [options, typed, locale, none]);

  function choose(next: T | null | typeof NONE_VALUE) {
    setChosen(next);
    setQuery(next === NONE_VALUE ? (none?.label ?? "") : next ? label(next) : "");
    setOpen(false);
    props.onChange?.(next);
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => pickerKey(e, { open, items, active, query, setOpen, setActive, choose });

  const optionId = (i: number) => `${uid}-opt-${i}`;
  const chosenOption = chosen && chosen !== NONE_VALUE ? chosen : null;
  return (
    <div ref={boxRef} className="relative min-w-0">
      <input type="hidden" name={name} value={chosenOption ? chosenOption.id : ""} />
      {none && chosen === NONE_VALUE && <input type="hidden" name={none.flagName} value="1" />}
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        role="combobox"
        dir="auto"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && items[active] ? optionId(active) : undefined}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        placeholder={labels.pick_search}
        value={query}
        className={inputClass}
        onChange={(e) => {
          setQuery(e.target.value);
          if (chosen !== null) {
            setChosen(null);
            props.onChange?.(null);
          }
          props.onQuery?.(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        // Focus moving inside the picker (its "add" button) keeps the list where it is, so the
        // button does not move under the pointer mid-click.
        onBlur={(e) => {
          if (!boxRef.current?.contains(e.relatedTarget)) setOpen(false);
        }}
        onKeyDown={onKeyDown}
      />
      <PickerList
        listId={listId}
        optionId={optionId}
        open={open}
        items={items}
        active={active}
        onActive={setActive}
        onChoose={choose}
        chosen={chosen}
        label={label}
        locale={locale}
        labels={labels}
        describe={describe}
        none={none}
      />
      {chosen === NONE_VALUE && none && (
        <p className="mt-1 text-xs text-stone-600" data-testid="picker-none">
          {none.chosenLabel}
        </p>
      )}
      {chosenOption && describe && (
        <p className="mt-1 text-xs text-stone-600" dir="auto">
          {describe(chosenOption)}
          {chosenOption.status === "proposed" && <span className="ms-1 rounded bg-amber-100 px-1 text-amber-900">{labels.pick_proposed}</span>}
        </p>
      )}
      {add && (
        <AddPanel
          add={add}
          labels={labels}
          query={chosen === null ? query : ""}
          onOpen={() => setOpen(false)}
          onAdded={(o) => {
            setExtra((x) => [...x, o]);
            choose(o);
            inputRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}

// The combobox's keys (see the contract at the top).
function pickerKey<T>(
  e: React.KeyboardEvent<HTMLInputElement>,
  s: {
    open: boolean;
    items: Item<T>[];
    active: number;
    query: string;
    setOpen: (open: boolean) => void;
    setActive: (update: (a: number) => number) => void;
    choose: (next: T | null | typeof NONE_VALUE) => void;
  },
) {
  const { open, items, active, query, setOpen, setActive, choose } = s;
  // Alt/Ctrl/⌘ with a key is the page's shortcut (the workbench's Alt+↓ selects the next
  // sentence of the article), not a move in this list.
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  if (e.key === "ArrowDown") {
    e.preventDefault();
    if (!open) {
      setOpen(true);
      setActive(() => 0);
    } else setActive((a) => Math.min(a + 1, items.length - 1));
  } else if (e.key === "ArrowUp") {
    e.preventDefault();
    setActive((a) => Math.max(a - 1, 0));
  } else if (e.key === "Enter") {
    // Never submits the surrounding form while the list is open.
    if (open && items[active]) {
      e.preventDefault();
      const it = items[active];
      choose(it.kind === "none" ? NONE_VALUE : it.option);
    } else if (open) e.preventDefault();
  } else if (e.key === "Escape") {
    if (open) {
      e.preventDefault();
      setOpen(false);
    } else if (query) {
      e.preventDefault();
      choose(null);
    }
  } else if (e.key === "Tab") setOpen(false);
}

// The listbox under the input: the ranked options (and "none" first when it is offered).
function PickerList<T extends RefOption>(props: {
  listId: string;
  optionId: (i: number) => string;
  open: boolean;
  items: Item<T>[];
  active: number;
  onActive: (i: number) => void;
  onChoose: (next: T | typeof NONE_VALUE) => void;
  chosen: T | null | typeof NONE_VALUE;
  label: (o: T) => string;
  locale: SearchLocale;
  labels: PickerLabels;
  describe?: (o: T) => string;
  none?: { label: string };
}) {
  const { listId, optionId, open, items, active, onActive, onChoose, chosen, label, locale, labels, describe, none } = props;
  const chosenOption = chosen && chosen !== NONE_VALUE ? chosen : null;
  return (
    <ul
      id={listId}
      role="listbox"
      aria-label={labels.pick_search}
      hidden={!open}
      // In the flow of the page, not floating: it never covers the fields below it.
      className="mt-1 max-h-72 overflow-y-auto rounded border border-stone-300 bg-white shadow"
    >
      {items.length === 0 && (
        <li role="presentation" className="px-3 py-2 text-sm text-stone-500">
          {labels.pick_noMatch}
        </li>
      )}
      {items.map((it, i) => {
        const selected = it.kind === "none" ? chosen === NONE_VALUE : chosenOption?.id === it.option.id;
        return (
          <li
            key={it.kind === "none" ? NONE_VALUE : it.option.id}
            id={optionId(i)}
            role="option"
            aria-selected={selected}
            data-value={it.kind === "none" ? NONE_VALUE : it.option.id}
            className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-teal-50" : ""} ${selected ? "font-semibold" : ""}`}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => onActive(i)}
            onClick={() => onChoose(it.kind === "none" ? NONE_VALUE : it.option)}
          >
            {it.kind === "none" ? (
              <span className="italic">{none!.label}</span>
            ) : (
              <>
                <span dir="auto" className="[overflow-wrap:anywhere]">
                  {label(it.option)}
                </span>
                <span className="ms-2 text-xs text-stone-500" dir="auto">
                  {locale === "ar" ? it.option.nameEn : it.option.nameAr}
                </span>
                {(describe || it.option.status === "proposed") && (
                  <span className="block text-xs text-stone-500">
                    {describe?.(it.option)}
                    {it.option.status === "proposed" && <span className="ms-1 rounded bg-amber-100 px-1 text-amber-900">{labels.pick_proposed}</span>}
                  </span>
                )}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

// Fields without `name`: nothing here is sent with the surrounding form; the panel calls its own
// server action and the new entry is chosen at once.
function AddPanel<T extends RefOption>({
  add,
  labels,
  query,
  onOpen,
  onAdded,
}: {
  add: NonNullable<ReferencePickerProps<T>["add"]>;
  labels: PickerLabels;
  query: string;
  onOpen: () => void;
  onAdded: (o: T) => void;
}) {
  const uid = useId();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  const panelRef = useRef<HTMLFieldSetElement>(null);
  // Opening the panel moves the focus to its first field (the button that opened it is gone).
  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>("input, select")?.focus();
  }, [open]);
  const [error, setError] = useState<{ error: string; fieldErrors?: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const result = await add.submit(values);
      if ("option" in result) {
        onAdded(result.option);
        setOpen(false);
        setValues({});
      } else setError(result);
    } catch {
      setError({ error: "" });
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        className="mt-1 text-sm text-teal-800 underline"
        onClick={() => {
          setValues(add.initial?.(query) ?? {});
          setOpen(true);
          onOpen();
        }}
      >
        {add.label}
      </button>
    );
  }
  return (
    <fieldset
      ref={panelRef}
      className="mt-2 space-y-2 rounded border border-stone-300 p-3"
      onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), void submit())}
    >
      <legend className="px-1 text-sm font-medium">{add.title}</legend>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error.error}
        </p>
      )}
      <div className="grid gap-2 sm:grid-cols-2">
        {add.fields.map((f) => {
          const id = `${uid}-${f.key}`;
          const fieldError = error?.fieldErrors?.[f.key];
          const common = {
            id,
            value: values[f.key] ?? "",
            "aria-invalid": !!fieldError,
            className: inputClass,
            onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [f.key]: e.target.value })),
          };
          return (
            <div key={f.key} className="min-w-0">
              <label htmlFor={id} className="mb-1 block text-xs font-medium text-stone-700">
                {f.label}
              </label>
              {f.type === "select" ? (
                <select {...common}>
                  <option value="" />
                  {f.options?.map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </select>
              ) : (
                <input {...common} type="text" inputMode={f.type === "number" ? "decimal" : undefined} dir={f.dir ?? "auto"} />
              )}
              {fieldError && <p className="mt-1 text-xs text-red-700">{fieldError}</p>}
            </div>
          );
        })}
      </div>
      <div className="flex gap-2">
        <button type="button" disabled={busy} onClick={() => void submit()} className="rounded bg-teal-800 px-3 py-1.5 text-sm text-white disabled:opacity-60">
          {labels.pick_save}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="rounded border border-stone-300 px-3 py-1.5 text-sm">
          {labels.pick_cancel}
        </button>
      </div>
    </fieldset>
  );
}

// The source picker: outlets, agencies, monitors … with an "add a source" panel (name in Arabic,
// optional English name, kind, aliases). Same props as ReferencePicker minus `add`, plus onAdd:
// a server action calling addSource (e.g. addSourceAction in app/(desk)/desk/reference-actions.ts).
// `addDefaults` prefills the panel beyond the name typed (e.g. the kind guessed from the quote).
export function SourcePicker(
  props: Omit<ReferencePickerProps<RefOption>, "add" | "describe"> & {
    onAdd?: (values: Record<string, string>) => Promise<AddResult<RefOption>>;
    addDefaults?: Record<string, string>;
  },
) {
  const labels = props.labels ?? PICKER_LABELS[props.locale];
  const kindLabel = (k: string | null | undefined) => (k ? ((labels as Record<string, string>)[`kind_${k}`] ?? k) : "");
  const { onAdd, addDefaults, ...rest } = props;
  return (
    <ReferencePicker
      {...rest}
      labels={labels}
      describe={(o) => kindLabel(o.kind)}
      add={
        onAdd
          ? {
              label: labels.pick_addSource,
              title: labels.pick_addSource,
              initial: (q): Record<string, string> => ({ ...addDefaults, nameAr: q }),
              fields: [
                { key: "nameAr", label: labels.pick_nameAr, dir: "auto" },
                { key: "nameEn", label: labels.pick_nameEn, dir: "ltr" },
                { key: "kind", label: labels.pick_sourceKind, type: "select", options: SOURCE_KIND_KEYS.map((k) => [k, kindLabel(k)]) },
                { key: "aliases", label: labels.pick_aliases },
              ],
              submit: onAdd,
            }
          : undefined
      }
    />
  );
}

// The actor picker (claimant, target): Arabic and English names and aliases, with "add an actor".
export function ActorPicker(
  props: Omit<ReferencePickerProps<RefOption>, "add"> & { onAdd?: (values: Record<string, string>) => Promise<AddResult<RefOption>> },
) {
  const labels = props.labels ?? PICKER_LABELS[props.locale];
  const { onAdd, ...rest } = props;
  return (
    <ReferencePicker
      {...rest}
      labels={labels}
      add={
        onAdd
          ? {
              label: labels.pick_addActor,
              title: labels.pick_addActor,
              initial: (q): Record<string, string> => (/[\u0600-\u06FF]/.test(q) ? { nameAr: q } : { nameEn: q }),
              fields: [
                { key: "nameAr", label: labels.pick_nameAr, dir: "rtl" },
                { key: "nameEn", label: labels.pick_nameEn, dir: "ltr" },
                { key: "aliases", label: labels.pick_aliases },
              ],
              submit: onAdd,
            }
          : undefined
      }
    />
  );
}
