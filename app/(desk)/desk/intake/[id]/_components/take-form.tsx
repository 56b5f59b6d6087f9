"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n";
import { takeAction } from "../../actions";

type Item = { id: number; url: string; title: string; outlet: string; publishedAt: string; text: string };

export function TakeForm({ m, item }: { m: Pick<Messages, "admin" | "errors" | "fields" | "desk">; item: Item }) {
  const [state, action] = useActionState(takeAction, initialActionState);
  const v: Record<string, string> = { ...item, id: String(item.id), ...(state.values ?? {}) };
  const opt = (label: string) => `${label} (${m.desk.optional})`;
  return (
    <form key={formKey(state)} action={action} className="space-y-4" noValidate aria-label={m.admin.take}>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="itemId" value={item.id} />
      <input type="hidden" name="url" value={item.url} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field m={m} state={state} name="title" label={opt(m.fields.title)}>
          {(p) => <input {...p} dir="auto" defaultValue={v.title} />}
        </Field>
        <Field m={m} state={state} name="outlet" label={opt(m.fields.outlet)}>
          {(p) => <input {...p} dir="auto" defaultValue={v.outlet} />}
        </Field>
        <Field m={m} state={state} name="publishedAt" label={opt(m.fields.publishedAt)}>
          {(p) => <input {...p} type="date" defaultValue={v.publishedAt} />}
        </Field>
      </div>
      <Field m={m} state={state} name="text" label={m.fields.text}>
        {(p) => <textarea {...p} rows={16} dir="auto" defaultValue={v.text} className={`${p.className} font-sans`} />}
      </Field>
      <SubmitButton>{m.admin.take}</SubmitButton>
    </form>
  );
}
