"use client";
// The paste form. What the editor typed or pasted survives every refusal and failure:
// - over ARTICLE_TEXT_MAX characters it is not sent at all (the server-action body limit, 2 MB,
//   would answer a bare 500 first): the message states the limit and the text stays;
// - a refusal comes back with the values; a failed request (network, 413, 500) is caught here
//   and the form stays as it was, with a message;
// - the draft is kept in sessionStorage until the server confirms the save, so a reload or a
//   crash page does not lose it either.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { Field, FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { refused, formKey } from "@/lib/action-state";
import { cleanArticle, inferTitle } from "@/lib/articles/clean";
import type { Messages } from "@/lib/i18n";
import { detectLanguage } from "@/lib/text/direction";
import { ARTICLE_TEXT_MAX, formatLimit } from "@/lib/text/limits";
import { displayUrl } from "@/lib/text/url";
import { createArticleAction } from "../actions";
import type { ArticleFormState } from "../state";

type M = Pick<Messages, "fields" | "desk" | "errors" | "intake">;

export const DRAFT_KEY = "sijill:article-draft";
const FIELDS = ["text", "outlet", "publishedAt", "title", "url", "author", "language"] as const;

function valuesOf(fd: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FIELDS) {
    const v = fd.get(k);
    if (typeof v === "string") out[k] = v;
  }
  return out;
}

function saveDraft(values: Record<string, string>) {
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(values));
  } catch {
    // Storage full or disabled: the form itself still keeps the text.
  }
}

function readDraft(): Record<string, string> | null {
  try {
    const raw = sessionStorage.getItem(DRAFT_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : null;
  } catch {
    return null;
  }
}

function clearDraft() {
  try {
    sessionStorage.removeItem(DRAFT_KEY);
  } catch {}
}

export function ArticleForm({ m }: { m: M }) {
  const router = useRouter();
  const [state, action] = useActionState(
    async (prev: ArticleFormState, fd: FormData): Promise<ArticleFormState> => {
      const values = valuesOf(fd);
      // Counted as the schema counts (UTF-16 code units), before anything is sent.
      if ((values.text ?? "").length > ARTICLE_TEXT_MAX) {
        return refused({ messageKey: "article_too_long", fieldErrors: { text: "article_too_long" }, values });
      }
      saveDraft(values);
      try {
        const result = await createArticleAction(prev, fd);
        if (result.ok && result.id) {
          clearDraft();
          router.push(`/desk/articles/${result.id}`);
        }
        return result;
      } catch {
        return { ...refused({ values }), failed: true };
      }
    },
    { ok: false },
  );

  const [restored, setRestored] = useState<Record<string, string> | null>(null);
  useEffect(() => {
    // A draft left by a failed or interrupted save (this tab only) comes back once.
    const draft = readDraft();
    if (draft && draft.text) setRestored(draft);
  }, []);

  const values = state.values && Object.keys(state.values).length ? state.values : (restored ?? {});
  const key = state.submission ?? (restored ? "restored" : formKey(state));
  const message = state.failed ? m.intake.saveFailed : undefined;
  return (
    <div className="mt-4 space-y-4">
      {restored && !state.submission && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {m.intake.draftRestored}
        </p>
      )}
      {state.ok && state.id ? null : <FormMessage m={m} state={state} override={message} />}
      {state.duplicates && state.duplicates.length > 0 && <Duplicates m={m} duplicates={state.duplicates} />}
      <ArticleFields key={key} m={m} state={state} values={values} action={action} duplicate={!!state.duplicates?.length} />
    </div>
  );
}

function Duplicates({ m, duplicates }: { m: M; duplicates: NonNullable<ArticleFormState["duplicates"]> }) {
  return (
    <section aria-labelledby="duplicates-title" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
      <h2 id="duplicates-title" className="font-bold text-amber-900">
        {m.intake.duplicateTitle}
      </h2>
      <p className="mt-1 text-amber-900">{m.intake.duplicateHelp}</p>
      <ul className="mt-2 space-y-1">
        {duplicates.map((d) => {
          const url = d.url ? displayUrl(d.url) : null;
          return (
            <li key={d.id} className="min-w-0">
              <Link href={`/desk/articles/${d.id}`} dir="auto" className="font-medium">
                {d.title || m.intake.untitled} (#{d.id})
              </Link>{" "}
              <span className="text-stone-600">— {d.reason === "url" ? m.intake.dup_url : m.intake.dup_text}</span>
              {url && (
                <span dir="ltr" title={url.full} className="block truncate text-xs text-stone-500">
                  {url.short}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ArticleFields({
  m,
  state,
  values: v,
  action,
  duplicate,
}: {
  m: M;
  state: ArticleFormState;
  values: Record<string, string>;
  action: (fd: FormData) => void;
  duplicate: boolean;
}) {
  const opt = (label: string) => `${label} (${m.desk.optional})`;
  const [text, setText] = useState(v.text ?? "");
  const [title, setTitle] = useState(v.title ?? "");
  // The title follows the text until the editor edits it (or a title came back with the form).
  const [titleEdited, setTitleEdited] = useState(!!v.title);
  const deferred = useDeferredValue(text);
  const over = text.length > ARTICLE_TEXT_MAX;
  // Over the limit, a submission stops here: nothing is sent, and the form is not re-mounted
  // (laying out a megabyte of text again takes the browser seconds).
  const [refusedLength, setRefusedLength] = useState(false);
  const tooLong = refusedLength && over;
  const fieldState: ArticleFormState = tooLong ? { ...state, fieldErrors: { ...state.fieldErrors, text: "article_too_long" } } : state;
  const derived = useMemo(() => {
    if (deferred.length === 0 || deferred.length > ARTICLE_TEXT_MAX) return { title: "", language: null, removed: [] };
    const { body, removed } = cleanArticle(deferred);
    return { title: inferTitle(body), language: body ? detectLanguage(body) : null, removed };
  }, [deferred]);
  const shownTitle = titleEdited ? title : derived.title;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const remember = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => formRef.current && saveDraft(valuesOf(new FormData(formRef.current))), 400);
  };
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const count = m.intake.characters.replace("{count}", formatLimit(text.length)).replace("{max}", formatLimit(ARTICLE_TEXT_MAX));
  const detected = derived.language ? m.intake.languageDetected.replace("{language}", m.intake[`lang_${derived.language}`]) : undefined;
  return (
    <form
      ref={formRef}
      action={action}
      onInput={remember}
      // The submission saves the draft itself; a pending timer must not write it back after the
      // server has confirmed the save and the draft was cleared.
      onSubmit={(e) => {
        if (timer.current) clearTimeout(timer.current);
        if (over) {
          e.preventDefault();
          setRefusedLength(true);
        }
      }}
      className="space-y-4"
      noValidate
    >
      {tooLong && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {m.errors.article_too_long}
        </p>
      )}
      <Field m={m} state={fieldState} name="text" label={m.fields.text}>
        {(p) => (
          <>
            <textarea {...p} rows={16} dir="auto" value={text} onChange={(e) => setText(e.target.value)} className={`${p.className} font-sans`} />
            <p id="text-count" className={`mt-1 text-xs ${over ? "font-medium text-red-700" : "text-stone-500"}`}>
              {count}
            </p>
            {derived.removed.length > 0 && (
              // What the working copy will leave out (the raw paste is stored whole); lines can be
              // put back on the article page.
              <details className="mt-1 text-xs text-stone-600" data-testid="removed-preview">
                <summary className="cursor-pointer">
                  {m.intake.removedTitle} ({derived.removed.length})
                </summary>
                <ul className="mt-1 space-y-0.5">
                  {derived.removed.slice(0, 50).map((r) => (
                    <li key={r.index} className="[overflow-wrap:anywhere]">
                      <span dir="auto" className="line-through decoration-stone-300">
                        {r.line.trim() || "␣"}
                      </span>{" "}
                      <span className="text-stone-400">— {(m.intake as Record<string, string>)[`reason_${r.reason}`] ?? r.reason}</span>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field m={m} state={state} name="title" label={opt(m.fields.title)} hint={!titleEdited && derived.title ? m.intake.titleInferred : undefined}>
          {(p) => (
            <input
              {...p}
              dir="auto"
              value={shownTitle}
              onChange={(e) => {
                setTitle(e.target.value);
                setTitleEdited(true);
              }}
            />
          )}
        </Field>
        <Field m={m} state={state} name="outlet" label={opt(m.fields.outlet)}>
          {(p) => <input {...p} dir="auto" defaultValue={v.outlet} />}
        </Field>
        <Field m={m} state={state} name="url" label={opt(m.fields.url)}>
          {(p) => <input {...p} type="url" dir="ltr" defaultValue={v.url} />}
        </Field>
        <Field m={m} state={state} name="author" label={opt(m.intake.author)}>
          {(p) => <input {...p} dir="auto" defaultValue={v.author} />}
        </Field>
        <Field m={m} state={state} name="publishedAt" label={opt(m.fields.publishedAt)}>
          {(p) => <input {...p} type="date" defaultValue={v.publishedAt} />}
        </Field>
        <Field m={m} state={state} name="language" label={m.intake.language} hint={detected}>
          {(p) => (
            <select {...p} defaultValue={v.language ?? ""}>
              <option value="">{m.intake.languageAuto}</option>
              <option value="ar">{m.intake.lang_ar}</option>
              <option value="en">{m.intake.lang_en}</option>
            </select>
          )}
        </Field>
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton>{m.desk.saveArticle}</SubmitButton>
        {duplicate && (
          <SubmitButton name="confirmDuplicate" value="1">
            {m.intake.saveAnyway}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
