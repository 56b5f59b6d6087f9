"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n";
import { createArticleAction } from "../../../actions";

export function ArticleForm({ m }: { m: Pick<Messages, "fields" | "desk" | "errors"> }) {
  const [state, action] = useActionState(createArticleAction, initialActionState);
  const v = state.values ?? {};
  const opt = (label: string) => `${label} (${m.desk.optional})`;
  return (
    <form key={formKey(state)} action={action} className="mt-4 space-y-4" noValidate>
      <FormMessage m={m} state={state} />
      <Field m={m} state={state} name="text" label={m.fields.text}>
        {(p) => <textarea {...p} rows={16} dir="auto" defaultValue={v.text} className={`${p.className} font-sans`} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field m={m} state={state} name="outlet" label={opt(m.fields.outlet)}>
          {(p) => <input {...p} dir="auto" defaultValue={v.outlet} />}
        </Field>
        <Field m={m} state={state} name="publishedAt" label={opt(m.fields.publishedAt)}>
          {(p) => <input {...p} type="date" defaultValue={v.publishedAt} />}
        </Field>
        <Field m={m} state={state} name="title" label={opt(m.fields.title)}>
          {(p) => <input {...p} dir="auto" defaultValue={v.title} />}
        </Field>
        <Field m={m} state={state} name="url" label={opt(m.fields.url)}>
          {(p) => <input {...p} type="url" dir="ltr" defaultValue={v.url} />}
        </Field>
      </div>
      <SubmitButton>{m.desk.saveArticle}</SubmitButton>
    </form>
  );
}
