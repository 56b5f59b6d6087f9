"use client";
/**
 * RemovedLines — what the cleaner left out of an article's working copy, each line with its
 * reason and a button that puts it back (or takes a restored line out again).
 *
 * Props contract:
 *   articleId  the article
 *   lines      getRemovedLines(articleId): { index, line, reason, restored }[]
 *   m          pickMessages(m, "errors", "intake")
 *   action     formAction(restoreArticleLines, …) from a "use server" file (it takes the
 *              fields articleId, line, restore = "1" | "0")
 * Drop it next to the article body; after a change the page re-renders with the new body
 * (the action revalidates the article's path).
 */
import { useActionState } from "react";
import { FormMessage } from "@/components/form";
import { initialActionState, type ActionState } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n";

export type RemovedLineItem = { index: number; line: string; reason: string; restored: boolean };

export function RemovedLines({
  articleId,
  lines,
  m,
  action,
}: {
  articleId: number;
  lines: readonly RemovedLineItem[];
  m: Pick<Messages, "errors" | "intake">;
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const reason = (r: string) => (m.intake as Record<string, string>)[`reason_${r}`] ?? r;
  return (
    <details className="rounded border border-stone-200 bg-white p-3 text-sm" open={state.messageKey ? true : undefined}>
      <summary className="cursor-pointer font-medium">
        {m.intake.removedTitle} ({lines.filter((l) => !l.restored).length})
      </summary>
      <p className="mt-1 text-xs text-stone-600">{m.intake.removedHelp}</p>
      <FormMessage m={m} state={state} />
      {lines.length === 0 ? (
        <p className="mt-2 text-stone-600">{m.intake.removedNone}</p>
      ) : (
        <ul className="mt-2 divide-y divide-stone-100">
          {lines.map((l) => (
            <li key={l.index} className="flex min-w-0 items-start justify-between gap-3 py-1.5" data-line={l.index}>
              <div className="min-w-0">
                <span dir="auto" className={`block [overflow-wrap:anywhere] ${l.restored ? "" : "text-stone-500 line-through decoration-stone-300"}`}>
                  {l.line.trim() || "␣"}
                </span>
                <span className="text-xs text-stone-500">
                  {reason(l.reason)}
                  {l.restored ? ` · ${m.intake.restoredLines}` : ""}
                </span>
              </div>
              <form action={formAction}>
                <input type="hidden" name="articleId" value={articleId} />
                <input type="hidden" name="line" value={l.index} />
                <input type="hidden" name="restore" value={l.restored ? "0" : "1"} />
                <button type="submit" disabled={pending} className="shrink-0 rounded border border-stone-300 px-2 py-1 text-xs disabled:opacity-60">
                  {l.restored ? m.intake.removeAgain : m.intake.restore}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
