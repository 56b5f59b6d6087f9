"use client";
import { useActionState, useRef } from "react";
import { Field, FormMessage } from "@/components/form";
import { Options } from "@/components/options";
import { PlacePicker } from "@/components/place-picker";
import { proposePlaceAction } from "../../../reference-actions";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState } from "@/lib/action-state";
import { DATE_PRECISIONS, INCIDENT_TYPES } from "@/lib/domain";
import type { Locale, Messages } from "@/lib/i18n";
import { createReportAction } from "../../../actions";

type Option = { id: string | number; nameAr: string; nameEn: string };

// The editor's selection in the article, as text and as an offset into the article body.
function selectionInArticle(): { text: string; start: number } | null {
  const container = document.getElementById("article-text");
  const sel = window.getSelection();
  if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return { text: range.toString(), start: before.toString().length };
}

export function ReportForm(props: { m: Pick<Messages, "fields" | "desk" | "errors" | "types" | "precisions">; locale: Locale; articleId: number; defaultDate: string; places: Option[]; actors: Option[] }) {
  const { m, locale } = props;
  const [state, action] = useActionState(createReportAction, initialActionState);
  const v = state.values ?? {};
  const quoteRef = useRef<HTMLTextAreaElement>(null);
  const startRef = useRef<HTMLInputElement>(null);
  const name = (o: Option) => (locale === "ar" ? o.nameAr : o.nameEn);
  const opt = (label: string) => `${label} (${m.desk.optional})`;

  // onMouseDown is cancelled so pressing the button never clears the selection it reads.
  function takeSelection() {
    const s = selectionInArticle();
    if (!s || !quoteRef.current || !startRef.current) return;
    quoteRef.current.value = s.text.trim();
    startRef.current.value = String(s.start);
  }

  return (
    <form key={formKey(state)} action={action} className="space-y-3" noValidate>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="articleId" value={props.articleId} />
      <input type="hidden" name="evidenceStart" ref={startRef} defaultValue={v.evidenceStart} />
      <Field m={m} state={state} name="evidenceQuote" label={m.fields.evidenceQuote}>
        {(p) => <textarea {...p} ref={quoteRef} rows={4} dir="auto" defaultValue={v.evidenceQuote} />}
      </Field>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={takeSelection} className="rounded border border-teal-800 px-3 py-1 text-sm text-teal-900 hover:bg-teal-50">
        {m.desk.useSelection}
      </button>
      <div className="grid grid-cols-2 gap-3">
        <Field m={m} state={state} name="date" label={m.fields.date}>
          {(p) => <input {...p} type="date" defaultValue={v.date ?? props.defaultDate} />}
        </Field>
        <Field m={m} state={state} name="datePrecision" label={m.fields.datePrecision}>
          {(p) => (
            <select {...p} defaultValue={v.datePrecision ?? "day"}>
              <Options choices={DATE_PRECISIONS.map((d) => [d, m.precisions[d]] as const)} />
            </select>
          )}
        </Field>
      </div>
      <Field m={m} state={state} name="type" label={m.fields.type}>
        {(p) => (
          <select {...p} defaultValue={v.type ?? ""}>
            <Options none={m.desk.none} choices={INCIDENT_TYPES.map((t) => [t, m.types[t]] as const)} />
          </select>
        )}
      </Field>
      <Field m={m} state={state} name="placeId" label={m.fields.place}>
        {(p) => (
          <PlacePicker id={p.id} name="placeId" invalid={p["aria-invalid"]} describedBy={p["aria-describedby"]} defaultValue={v.noPlace ? "none" : v.placeId} places={props.places} locale={locale} allowPropose onPropose={proposePlaceAction} />
        )}
      </Field>
      <Field m={m} state={state} name="actorId" label={opt(m.fields.actor)}>
        {(p) => (
          <select {...p} defaultValue={v.actorId ?? ""}>
            <Options none={m.desk.none} choices={props.actors.map((o) => [o.id, name(o)] as const)} />
          </select>
        )}
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field m={m} state={state} name="target" label={opt(m.fields.target)}>
          {(p) => <input {...p} dir="auto" defaultValue={v.target} />}
        </Field>
        <Field m={m} state={state} name="weapon" label={opt(m.fields.weapon)}>
          {(p) => <input {...p} dir="auto" defaultValue={v.weapon} />}
        </Field>
      </div>
      <div className="grid grid-cols-3 gap-3">
        {(["munitions", "killed", "injured"] as const).map((f) => (
          <Field key={f} m={m} state={state} name={f} label={opt(m.fields[f])}>
            {(p) => <input {...p} type="number" min={0} inputMode="numeric" defaultValue={v[f]} />}
          </Field>
        ))}
      </div>
      <Field m={m} state={state} name="summary" label={m.fields.summary}>
        {(p) => <textarea {...p} rows={3} dir="auto" defaultValue={v.summary} />}
      </Field>
      <SubmitButton>{m.desk.saveReport}</SubmitButton>
    </form>
  );
}
