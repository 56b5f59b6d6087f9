"use client";
// The report's fields, in groups: the quote, when/what/where, who, what happened, the summary.
// Each group is a small component over a FormApi; the form (report-form.tsx) lays them out.
import { Options } from "@/components/options";
import { CLAIM_STATUSES, DATE_PRECISIONS, INCIDENT_TYPES } from "@/lib/domain";
import type { RefOption } from "@/lib/places/search";
import { bound, control, optionalLabel, type FormApi } from "./form-api";
import { EvidenceChips, Field, FieldError } from "./field";
import { ActorSelect, PlaceSelect } from "./pickers";
import { WEAPONS } from "@/lib/weapons/codebook";

// The main quote: the sentence(s) of the article that tell the incident.
export function QuoteField({ api }: { api: FormApi }) {
  const { m } = api;
  return (
    <div className="min-w-0">
      <label htmlFor="field-evidenceQuote" className="mb-1 block text-sm font-medium text-stone-700">
        {m.fields.evidenceQuote}
      </label>
      <textarea {...bound(api, "evidenceQuote")} rows={3} dir="auto" />
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => api.attach("summary")}
          className="rounded border border-teal-800 px-3 py-1 text-sm text-teal-900 hover:bg-teal-50"
        >
          {m.desk.useSelection}
        </button>
        <kbd className="text-xs text-stone-500">Alt+1</kbd>
      </div>
      <EvidenceChips api={api} field="summary" />
      <FieldError api={api} name="evidenceQuote" />
    </div>
  );
}

export function WhenWhereFields({ api }: { api: FormApi }) {
  const { m, locale } = api;
  const w = m.workbench;
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field api={api} name="date" label={m.fields.date} field="date">
          <input {...bound(api, "date")} type="date" />
        </Field>
        <Field api={api} name="datePrecision" label={m.fields.datePrecision}>
          <select {...bound(api, "datePrecision")}>
            <Options choices={DATE_PRECISIONS.map((d) => [d, m.precisions[d]] as const)} />
          </select>
        </Field>
      </div>
      <Field api={api} name="datePhrase" label={optionalLabel(api, w.datePhrase)}>
        <input {...bound(api, "datePhrase")} dir="auto" />
      </Field>
      <Field api={api} name="type" label={m.fields.type} field="type">
        <select {...bound(api, "type")}>
          <Options none={m.desk.none} choices={INCIDENT_TYPES.map((t) => [t, m.types[t]] as const)} />
        </select>
      </Field>
      <Field api={api} name="placeId" label={m.fields.place} field="place">
        <PlaceSelect
          {...control(api, "placeId")}
          value={api.form.values.placeId ?? ""}
          onChange={(x) => api.setValue("placeId", x)}
          options={api.places}
          locale={locale}
          none={m.desk.none}
        />
      </Field>
    </>
  );
}

export function WhoFields({ api }: { api: FormApi }) {
  const { m, locale } = api;
  const w = m.workbench;
  const v = api.form.values;
  const added = (option: RefOption) => api.dispatch({ type: "actorAdded", option });
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field api={api} name="actorId" label={optionalLabel(api, m.fields.actor)} field="actor">
          <ActorSelect
            {...control(api, "actorId")}
            value={v.actorId ?? ""}
            onChange={(x) => api.setValue("actorId", x)}
            onAdded={added}
            options={api.actors}
            locale={locale}
            none={m.desk.none}
          />
        </Field>
        <Field api={api} name="claimStatus" label={optionalLabel(api, w.claimStatus)} field="claim">
          <select {...bound(api, "claimStatus")}>
            <Options none={m.desk.none} choices={CLAIM_STATUSES.map((c) => [c, w[`claim_${c}`]] as const)} />
          </select>
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {/* The target: who was targeted, from the actor list (aliases, «add an actor»), and
            what was hit in the article's words, with its evidence. A quote attached here
            picks the actor it names and fills the words. */}
        <Field api={api} name="targetActorId" label={optionalLabel(api, m.fields.targetActor)}>
          <ActorSelect
            {...control(api, "targetActorId")}
            value={v.targetActorId ?? ""}
            onChange={(x) => api.setValue("targetActorId", x)}
            onAdded={added}
            options={api.actors}
            locale={locale}
            none={m.desk.none}
          />
        </Field>
        <Field api={api} name="target" label={optionalLabel(api, m.fields.target)} field="target">
          <input {...bound(api, "target")} dir="auto" placeholder={w.targetText} />
        </Field>
      </div>
    </>
  );
}

// The weapon: from the codebook (one-way attack drone, rocket, mortar…), and the article's own
// words beside it, where its evidence is shown. A quote attached here picks the code it names.
function WeaponFields({ api }: { api: FormApi }) {
  const { m, locale } = api;
  const c = m.codebook;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field api={api} name="weaponCode" label={optionalLabel(api, c.weaponCode)}>
        <select {...bound(api, "weaponCode")}>
          <Options none={c.weaponNone} choices={WEAPONS.map((w) => [w.code, locale === "ar" ? w.nameAr : w.nameEn] as const)} />
        </select>
      </Field>
      <Field api={api} name="weapon" label={optionalLabel(api, m.fields.weapon)} field="weapon">
        <input {...bound(api, "weapon")} dir="auto" placeholder={c.weaponWords} />
      </Field>
    </div>
  );
}

const NUMBER = { type: "number", min: 0, inputMode: "numeric" } as const;

export function WhatHappenedFields({ api }: { api: FormApi }) {
  const { m } = api;
  const w = m.workbench;
  return (
    <>
      <WeaponFields api={api} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {(["munitions", "killed", "injured"] as const).map((f) => (
          <div key={f}>
            <Field api={api} name={f} label={optionalLabel(api, m.fields[f])} field={f}>
              <input {...bound(api, f)} {...NUMBER} />
            </Field>
          </div>
        ))}
      </div>
      <div className="grid grid-cols-2 gap-3">
        <Field api={api} name="killedHigh" label={optionalLabel(api, w.killedHigh)}>
          <input {...bound(api, "killedHigh")} {...NUMBER} />
        </Field>
        <Field api={api} name="injuredHigh" label={optionalLabel(api, w.injuredHigh)}>
          <input {...bound(api, "injuredHigh")} {...NUMBER} />
        </Field>
      </div>
      <Field api={api} name="damage" label={optionalLabel(api, w.damage)} field="damage">
        <input {...bound(api, "damage")} dir="auto" />
      </Field>
      <Field api={api} name="response" label={optionalLabel(api, w.response)} field="response">
        <input {...bound(api, "response")} dir="auto" />
      </Field>
    </>
  );
}

export function SummaryFields({ api }: { api: FormApi }) {
  const { m } = api;
  return (
    <>
      <Field api={api} name="summary" label={m.fields.summary}>
        <textarea {...bound(api, "summary")} rows={3} dir="auto" />
      </Field>
      <Field api={api} name="summaryEn" label={optionalLabel(api, m.workbench.summaryEn)}>
        <textarea {...bound(api, "summaryEn")} rows={2} dir="ltr" lang="en" />
      </Field>
    </>
  );
}
