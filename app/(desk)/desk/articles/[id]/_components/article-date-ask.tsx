"use client";
// The article has no date anywhere (metadata, dateline, URL, stamp): relative dates («yesterday»,
// «on Tuesday») cannot be read, so the editor is asked for the publication date where they
// work; once saved, the page reads the article again with it (setArticleDate).
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { formKey, initialActionState } from "@/lib/action-state";
import { setArticleDateAction } from "../../date-actions";
import type { M } from "./form-api";

export function ArticleDateAsk({ m, articleId }: { m: M; articleId: number }) {
  const w = m.workbench;
  const [state, action] = useActionState(setArticleDateAction, initialActionState);
  return (
    <form
      key={formKey(state)}
      action={action}
      className="mt-2 space-y-2 rounded border border-amber-400 bg-amber-50 p-2 text-sm"
      data-testid="ask-article-date"
      noValidate
    >
      <p className="font-medium">{w.askDateTitle}</p>
      <p className="text-xs text-stone-700">{w.askDateHelp}</p>
      <FormMessage m={m} state={state} />
      <input type="hidden" name="articleId" value={articleId} />
      <Field m={m} state={state} name="publishedAt" label={w.askDateLabel} idPrefix="article">
        {(p) => <input {...p} type="date" defaultValue={state.values?.publishedAt ?? ""} />}
      </Field>
      <SubmitButton>{w.askDateSubmit}</SubmitButton>
    </form>
  );
}
