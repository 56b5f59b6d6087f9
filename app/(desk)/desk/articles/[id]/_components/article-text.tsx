"use client";
// The reading view: the article body as React text (never HTML: a pasted <script> is text), one
// block per paragraph in its own direction, cut into segments where highlights start and end.
// Every segment carries its UTF-16 offset in the body (data-o), so a selection maps back to the
// stored body exactly, whatever the highlights split.
import { memo } from "react";
import type { Paragraph } from "./model";

export const COLOURS = [
  "bg-amber-200/80",
  "bg-sky-200/80",
  "bg-rose-200/80",
  "bg-lime-200/80",
  "bg-violet-200/80",
  "bg-orange-200/80",
  "bg-teal-200/80",
  "bg-fuchsia-200/80",
];
export const SWATCHES = ["bg-amber-400", "bg-sky-400", "bg-rose-400", "bg-lime-500", "bg-violet-400", "bg-orange-400", "bg-teal-400", "bg-fuchsia-400"];

export const ArticleText = memo(function ArticleText(props: {
  body: string;
  paragraphs: Paragraph[];
  language: string;
  dir: "rtl" | "ltr";
  current: string;
  fieldLabel: (field: string) => string;
  onMark: (report: string, field: string) => void;
}) {
  const { body } = props;
  return (
    <div
      id="article-text"
      data-testid="article-text"
      lang={props.language}
      dir={props.dir}
      className="article-text mt-4 space-y-3 text-lg leading-loose"
      onClick={(e) => {
        const mark = (e.target as HTMLElement).closest<HTMLElement>("mark[data-report]");
        const sel = window.getSelection();
        if (!mark || (sel && !sel.isCollapsed)) return;
        props.onMark(mark.dataset.report!, mark.dataset.field!);
      }}
    >
      {props.paragraphs.map((p) => (
        <p key={p.start} dir="auto" data-o={p.start}>
          {p.segments.map((s) => {
            const text = body.slice(s.start, s.end);
            const top = s.marks[0];
            if (!top) {
              return (
                <span key={s.start} data-s="" data-o={s.start}>
                  {text}
                </span>
              );
            }
            const mine = top.report === props.current;
            return (
              <mark
                key={s.start}
                data-s=""
                data-o={s.start}
                data-report={top.report}
                data-field={top.field}
                // Every field of the top report this span backs (a place and a target can share words).
                data-fields={[...new Set(s.marks.filter((m) => m.report === top.report).map((m) => m.field))].join(" ")}
                data-current={mine ? "" : undefined}
                title={s.marks.map((m) => props.fieldLabel(m.field)).join(" · ")}
                className={`cursor-pointer rounded-sm text-inherit ${COLOURS[top.colour % COLOURS.length]} ${mine ? "border-b-2 border-stone-700" : ""} ${s.marks.length > 1 ? "underline decoration-dotted" : ""}`}
              >
                {text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
});

// The selection inside the article text, as UTF-16 offsets into the body (trimmed of white space).
export function selectionIn(container: HTMLElement, body: string): { start: number; end: number; exact: string } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  let start = offsetAt(container, range.startContainer, range.startOffset);
  let end = offsetAt(container, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  if (end < start) [start, end] = [end, start];
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (end <= start) return null;
  return { start, end, exact: body.slice(start, end) };
}

function offsetAt(container: HTMLElement, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const seg = node.parentElement?.closest("[data-s]") as HTMLElement | null;
    return seg ? Number(seg.dataset.o) + offset : null;
  }
  const el = node as HTMLElement;
  const child = el.childNodes[offset];
  if (child) {
    const seg =
      child instanceof HTMLElement
        ? child.matches("[data-s]")
          ? child
          : child.querySelector<HTMLElement>("[data-s]")
        : child.parentElement?.closest<HTMLElement>("[data-s]");
    if (seg) return Number(seg.dataset.o);
  }
  const segs = el.querySelectorAll<HTMLElement>("[data-s]");
  const last = segs[segs.length - 1] ?? el.closest<HTMLElement>("[data-s]");
  return last ? Number(last.dataset.o) + (last.textContent?.length ?? 0) : null;
}

// Selects [start, end) of the body in the article text (the keyboard's way to select).
export function selectRange(container: HTMLElement, start: number, end: number): boolean {
  const a = pointAt(container, start, false);
  const b = pointAt(container, end, true);
  if (!a || !b) return false;
  const range = document.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  (a[0].parentElement ?? container).scrollIntoView({ block: "nearest" });
  return true;
}

function pointAt(container: HTMLElement, offset: number, isEnd: boolean): [Node, number] | null {
  for (const seg of container.querySelectorAll<HTMLElement>("[data-s]")) {
    const o = Number(seg.dataset.o);
    const text = seg.firstChild;
    const len = text?.textContent?.length ?? 0;
    if (!text) continue;
    if (offset >= o && (isEnd ? offset <= o + len : offset < o + len)) return [text, offset - o];
  }
  return null;
}
