"use client";
// The article's selection as offsets into the body: the live one, or the last one made (a click
// on a button moves the focus but the quote meant is still that one), and the keyboard's ways
// to select (sentence by sentence, word by word).
import { useCallback, useEffect, useMemo, useRef } from "react";
import { selectRange, selectionIn } from "./article-text";
import { moveWordEnd, sentences } from "./model";

export type Selected = { start: number; end: number; exact: string };

export function useSelection(textRef: React.RefObject<HTMLElement | null>, body: string) {
  const last = useRef<Selected | null>(null);
  const sentenceList = useMemo(() => sentences(body), [body]);
  const textEl = useCallback(() => textRef.current?.querySelector("#article-text") as HTMLElement | null, [textRef]);

  useEffect(() => {
    const onChange = () => {
      const el = textEl();
      if (!el) return;
      const sel = window.getSelection();
      if (!sel || sel.rangeCount === 0) return;
      if (sel.isCollapsed) {
        if (el.contains(sel.anchorNode)) last.current = null;
        return;
      }
      const s = selectionIn(el, body);
      if (s) last.current = s;
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [body, textEl]);

  const current = (): Selected | null => {
    const el = textEl();
    return (el && selectionIn(el, body)) ?? last.current;
  };

  const select = (start: number, end: number) => {
    const el = textEl();
    if (el) selectRange(el, start, end);
    last.current = { start, end, exact: body.slice(start, end) };
  };

  // Alt+↓ / Alt+↑: the next or previous sentence; with Shift, one word more or less.
  const move = (down: boolean, grow: boolean) => {
    const sel = current();
    // Back to the article from a field (an attach leaves the focus in the filled field): its own
    // selected text would otherwise stand for the page's selection.
    const focused = document.activeElement as HTMLElement | null;
    if (focused?.matches("input, textarea") && !textEl()?.contains(focused)) focused.blur();
    if (grow && sel) return select(sel.start, moveWordEnd(body, sel.start, sel.end, down));
    const at = sel ? (down ? sel.end : sel.start) : down ? -1 : body.length + 1;
    const next = down ? sentenceList.find((s) => s.start >= at) : [...sentenceList].reverse().find((s) => s.end <= at);
    if (next) select(next.start, next.end);
  };

  return { current, select, move, last, textEl };
}
