"use client";
// The workbench's keys (listed in shortcuts.tsx): Ctrl/⌘+S saves, Ctrl/⌘+Enter saves and goes
// to the report's page, Alt+N starts a new report, Alt+PageDown opens the next article,
// Alt+digit attaches the selection to a field, Alt+↓/↑ (with Shift) select in the article.
import { useEffect, useRef } from "react";
import type { EvidenceField } from "@/lib/schemas/workbench";
import { ATTACH_FIELDS } from "./model";

export const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

export type ShortcutHandlers = {
  save: () => void;
  saveAndLink: () => void;
  startNew: () => void;
  nextArticle: (() => void) | null;
  attach: (field: EvidenceField) => void;
  move: (down: boolean, grow: boolean) => void;
};

export function fieldOfDigit(code: string): EvidenceField | null {
  const digit = code.match(/^(?:Digit|Numpad)(\d)$/)?.[1];
  return digit === undefined ? null : (ATTACH_FIELDS[(Number(digit) + 9) % 10] ?? null);
}

export function useShortcuts(handlers: ShortcutHandlers) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const h = ref.current;
      const mod = isMac() ? e.metaKey : e.ctrlKey;
      const target = e.target as HTMLElement | null;
      if (mod && !e.altKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        return h.save();
      }
      if (mod && e.key === "Enter") {
        e.preventDefault();
        return h.saveAndLink();
      }
      if (!e.altKey || mod) return;
      if (e.code === "KeyN") {
        e.preventDefault();
        return h.startNew();
      }
      if (e.code === "PageDown" && h.nextArticle) {
        e.preventDefault();
        return h.nextArticle();
      }
      if (/^(?:Digit|Numpad)\d$/.test(e.code)) {
        const field = fieldOfDigit(e.code);
        if (field) {
          e.preventDefault();
          h.attach(field);
        }
        return;
      }
      // A select keeps its own arrows.
      if (target?.tagName === "SELECT") return;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        h.move(e.key === "ArrowDown", e.shiftKey);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
