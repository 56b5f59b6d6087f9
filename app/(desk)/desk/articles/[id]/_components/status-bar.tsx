"use client";
// The line above the panels: the save status, what the last action did, the list of keys and
// the next article.
import { useState } from "react";
import type { M } from "./form-api";
import { Shortcuts } from "./shortcuts";
import type { Notice, SaveStatus } from "./state";

export function StatusBar({
  m,
  status,
  version,
  notice,
  fieldLabel,
  nextArticleId,
}: {
  m: M;
  status: SaveStatus;
  version?: number;
  notice: Notice;
  fieldLabel: (f: string) => string;
  nextArticleId: number | null;
}) {
  const w = m.workbench;
  const [showKeys, setShowKeys] = useState(false);
  const statusText: Record<SaveStatus, string> = {
    idle: "",
    dirty: w.unsaved,
    saving: w.saving,
    saved: version ? `${w.saved} ${version}` : "",
    offline: w.offline,
    restored: w.restored,
    error: "",
    conflict: "",
  };
  const noticeText =
    notice?.kind === "attached"
      ? `${w.attached} ${fieldLabel(notice.field)}`
      : notice?.kind === "noSelection"
        ? w.noSelection
        : notice?.kind === "dropped"
          ? `${w.quoteDropped} ${notice.quotes.map((q) => `«${q}»`).join("، ")}`
          : "";
  return (
    <>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <p
          role="status"
          aria-live="polite"
          data-testid="save-status"
          data-state={status}
          className={status === "offline" ? "text-amber-800" : "text-stone-600"}
        >
          {statusText[status]}
        </p>
        <p aria-live="polite" data-testid="notice" className="text-stone-600">
          {noticeText}
        </p>
        <button type="button" className="ms-auto text-xs underline" aria-expanded={showKeys} onClick={() => setShowKeys((s) => !s)}>
          {w.shortcutsTitle}
        </button>
        {nextArticleId && (
          <a href={`/desk/articles/${nextArticleId}`} className="text-xs">
            {w.nextArticle} <kbd>Alt+PageDown</kbd>
          </a>
        )}
      </div>
      {showKeys && <Shortcuts m={m} />}
    </>
  );
}
