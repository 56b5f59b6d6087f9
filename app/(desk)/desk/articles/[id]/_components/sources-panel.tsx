"use client";
// The report's source chain: who the article cites, each from the source list (or a name not
// in it yet), with its role, its kind when new, its words in the article, and who it says did
// it (an actor from the list: sources may disagree, issue 19 item 15).
import { inputClass } from "@/components/form";
import { Options } from "@/components/options";
import { SOURCE_KINDS, SOURCE_ROLES, type SourceKind, type SourceRole } from "@/lib/domain";
import type { Locale } from "@/lib/i18n";
import type { RefOption } from "@/lib/places/search";
import { AttachButton, FieldError } from "./field";
import type { FormApi, M } from "./form-api";
import { guessKind, type Option, type SourceDraft, type SourceOption } from "./model";
import { ActorSelect, SourceSelect } from "./pickers";

export function SourcesFieldset({ api }: { api: FormApi }) {
  const w = api.m.workbench;
  return (
    <fieldset className="rounded border border-stone-200 p-2" aria-describedby="sources-help">
      <legend className="px-1 text-sm font-semibold">{w.sourcesTitle}</legend>
      <div className="flex flex-wrap items-center justify-between gap-1">
        <p id="sources-help" className="text-xs text-stone-500">
          {w.sourcesHelp}
        </p>
        <AttachButton api={api} field="source" />
      </div>
      <ul className="mt-2 space-y-2">
        {api.form.sources.map((s, i) => (
          <SourceRow
            key={s.key}
            m={api.m}
            locale={api.locale}
            index={i}
            source={s}
            options={api.sources}
            actors={api.actors}
            onActorAdded={(option) => api.dispatch({ type: "actorAdded", option })}
            onAdded={(option) => api.dispatch({ type: "sourceAdded", option })}
            invalid={!!api.errors.sources}
            onChange={(patch) => api.dispatch({ type: "changeSource", key: s.key, patch })}
            onRemove={() => api.dispatch({ type: "removeSource", key: s.key })}
          />
        ))}
      </ul>
      <button type="button" className="mt-2 text-sm underline" onClick={() => api.dispatch({ type: "addSourceRow" })}>
        {w.addSource}
      </button>
      <FieldError api={api} name="sources" />
    </fieldset>
  );
}

// One cited source: the source picker (the list by any name or alias, or a name not in it yet,
// or «add a source» at once), its role, its kind when it is new, and its words in the article.
export function SourceRow(props: {
  m: M;
  locale: Locale;
  index: number;
  source: SourceDraft;
  options: SourceOption[];
  // The actor list, for who this source says did it.
  actors: Option[];
  onActorAdded: (o: RefOption) => void;
  onAdded: (o: RefOption) => void;
  onChange: (patch: Partial<SourceDraft>) => void;
  onRemove: () => void;
  // A refused save named the chain: a row with neither a listed source nor a name is the culprit.
  invalid: boolean;
}) {
  const { m, source: s } = props;
  const w = m.workbench;
  const id = `source-${s.key}`;
  const pending = s.sourceId === "new" && s.name.trim() !== "";
  return (
    <li data-source-row className="rounded bg-stone-50 p-2">
      <div className="grid gap-2 sm:grid-cols-2">
        <div className="min-w-0">
          <label htmlFor={`${id}-id`} className="block text-xs font-medium">
            {w.source} {props.index + 1}
          </label>
          <SourceSelect
            id={`${id}-id`}
            value={s.sourceId === "new" ? "new" : s.sourceId}
            query={s.sourceId === "new" ? s.name : ""}
            kind={s.kind}
            invalid={props.invalid && !s.name.trim() && !/^\d+$/.test(s.sourceId)}
            describedBy={props.invalid ? "field-sources-error" : undefined}
            options={props.options}
            locale={props.locale}
            // Cleared (Escape) is no source: not the name of the one chosen before, which would be saved.
            onChoose={(o) => props.onChange(o ? { sourceId: o.id, name: o.nameAr, kind: (o.kind ?? "other") as SourceKind } : { sourceId: "", name: "" })}
            // Typing over a listed source starts a new one: its kind is guessed again from its words.
            onQuery={(q, listed) =>
              props.onChange(
                listed
                  ? { sourceId: String(listed.id), name: listed.name, kind: listed.kind }
                  : { sourceId: q.trim() ? "new" : "", name: q, ...(/^\d+$/.test(s.sourceId) && s.quote ? { kind: guessKind(s.quote.exact) } : {}) },
              )
            }
            onAdded={(o) => {
              props.onAdded(o);
              props.onChange({ sourceId: o.id, name: o.nameAr, kind: (o.kind ?? "other") as SourceKind });
            }}
          />
        </div>
        <div className="min-w-0">
          <label htmlFor={`${id}-role`} className="block text-xs font-medium">
            {w.sourceRole}
          </label>
          <select id={`${id}-role`} className={inputClass} value={s.role} onChange={(e) => props.onChange({ role: e.target.value as SourceRole })}>
            <Options choices={SOURCE_ROLES.map((r) => [r, w[`role_${r}`]] as const)} />
          </select>
        </div>
        {pending && (
          <div className="min-w-0 sm:col-span-2" data-testid="source-pending">
            <p className="text-xs text-amber-900" dir="auto">
              {w.sourcePending}: «{s.name.trim()}»
            </p>
            <label htmlFor={`${id}-kind`} className="mt-1 block text-xs font-medium">
              {w.sourceKind}
            </label>
            <select id={`${id}-kind`} className={inputClass} value={s.kind} onChange={(e) => props.onChange({ kind: e.target.value as SourceKind })}>
              <Options choices={SOURCE_KINDS.map((k) => [k, w[`kind_${k}`]] as const)} />
            </select>
          </div>
        )}
      </div>
      <div className="mt-2 min-w-0" data-control={`attribution-${s.key}`}>
        <label htmlFor={`${id}-attributed`} className="block text-xs font-medium">
          {m.codebook.attributedActor}
        </label>
        <ActorSelect
          id={`${id}-attributed`}
          name={`${id}-attributed`}
          className={inputClass}
          value={s.attributedActorId ?? ""}
          onChange={(x) => props.onChange({ attributedActorId: x })}
          onAdded={props.onActorAdded}
          options={props.actors}
          locale={props.locale}
          none={m.codebook.attributedNone}
        />
      </div>
      {s.quote && (
        <p className="mt-1 text-xs" dir="auto" data-testid="source-quote">
          “{s.quote.exact}”
        </p>
      )}
      <button type="button" className="mt-1 text-xs text-red-800 underline" onClick={props.onRemove}>
        {w.removeSource} {props.index + 1}
      </button>
    </li>
  );
}
