"use client";
// The annotation workbench: the article with every report's evidence highlighted, and beside it
// (sticky) the report form, the article's reports and the assist's proposals. A selection is
// attached to a field with a click or Alt+digit; drafts save as the editor works (and are kept
// in this browser when the connection drops); a save over a newer version shows both.
// The state is a reducer (state.ts), the behaviour hooks (use-*.ts), the rest small panels.
import { useMemo, useState } from "react";
import type { ArticleSuggestions } from "@/lib/extract/types";
import type { Locale } from "@/lib/i18n";
import { ArticleText } from "./article-text";
import { AssistPanel } from "./assist-panel";
import { ConflictView } from "./conflict-view";
import type { M, Returned } from "./form-api";
import { formMarks, fromDraft, paragraphs, savedMarks, type Option, type SavedDraft, type SourceOption } from "./model";
import { ReportForm } from "./report-form";
import { ReportList } from "./report-list";
import { StatusBar } from "./status-bar";
import { useWorkbench } from "./use-workbench";

export type WorkbenchProps = {
  m: M;
  locale: Locale;
  articleId: number;
  body: string;
  language: string;
  dir: "rtl" | "ltr";
  defaultDate: string;
  initialReports: SavedDraft[];
  places: Option[];
  actors: Option[];
  sources: SourceOption[];
  suggestions: ArticleSuggestions | null;
  nextArticleId: number | null;
  header: React.ReactNode;
  // A draft to open in the form at once (?report=N), and the reviewers' comments on drafts sent back.
  openReportId?: number | null;
  returned?: Returned[];
};

export function Workbench(props: WorkbenchProps) {
  const { m, locale, body } = props;
  const wb = useWorkbench(props);
  const [folded, setFolded] = useState(true);
  const { state, api, current } = wb;
  const { form, reports } = state;

  // Only the form's spans move the highlights: typing a summary does not re-render the article.
  const spans = JSON.stringify([form.values.evidenceQuote, form.values.evidenceStart, form.evidence, form.sources.map((s) => s.quote)]);
  const marks = useMemo(() => {
    const colourOf = (id: string) => {
      const i = reports.findIndex((r) => String(r.report.id) === id);
      return i >= 0 ? i : reports.length;
    };
    const others = reports
      .filter((r) => String(r.report.id) !== current)
      .flatMap((r) => savedMarks(body, r, String(r.report.id), colourOf(String(r.report.id))));
    return [...formMarks(body, form, current, colourOf(current)), ...others];
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [body, reports, spans, current]);
  const paras = useMemo(() => paragraphs(body, marks), [body, marks]);

  return (
    <div className="grid gap-6 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="min-w-0">
        {/* On a phone the article is a box of its own height (scroll inside it to select), so the
            form starts under it rather than 1,600 px down; a button unfolds it whole. */}
        <article
          ref={wb.textRef}
          data-testid="article-pane"
          className={`min-w-0 rounded border border-stone-200 bg-white p-4 sm:p-5 ${folded ? "max-md:max-h-[45vh] max-md:overflow-y-auto" : ""}`}
        >
          {props.header}
          <ArticleText
            body={body}
            paragraphs={paras}
            language={props.language}
            dir={props.dir}
            current={current}
            fieldLabel={wb.fieldLabel}
            onMark={wb.onMark}
          />
        </article>
        <button type="button" className="mt-1 text-sm underline md:hidden" aria-expanded={!folded} onClick={() => setFolded((f) => !f)}>
          {folded ? m.workbench.unfoldArticle : m.workbench.foldArticle}
        </button>
      </div>
      <aside className="min-w-0 space-y-4 md:sticky md:top-2 md:max-h-[calc(100vh-1rem)] md:self-start md:overflow-y-auto md:pe-1">
        <StatusBar m={m} status={state.status} version={form.version} notice={state.notice} fieldLabel={wb.fieldLabel} nextArticleId={props.nextArticleId} />
        {state.conflict && (
          <ConflictView
            m={m}
            locale={locale}
            mine={form}
            theirs={fromDraft(body, state.conflict)}
            places={props.places}
            actors={state.actors}
            onKeepMine={() => {
              wb.dispatch({ type: "keepMine" });
              void wb.manualSave();
            }}
            onTakeTheirs={() => wb.dispatch({ type: "takeTheirs", body })}
          />
        )}
        <ReportList m={m} reports={reports} current={current} onEdit={wb.edit} onNewFrom={(d) => wb.startNew(d)} />
        {props.suggestions && (
          <AssistPanel
            m={m}
            locale={locale}
            articleId={props.articleId}
            suggestions={props.suggestions}
            places={props.places}
            actors={state.actors}
            onUse={wb.adoptProposal}
            onValue={wb.adoptValue}
          />
        )}
        <ReportForm
          api={api}
          message={state.message}
          saving={state.status === "saving"}
          formRef={wb.formRef}
          focusFirst={wb.focusFirst}
          onSave={() => void wb.manualSave()}
          onSaveAndLink={() => void wb.saveAndLink()}
          onNew={() => wb.startNew()}
          onFocusField={wb.onFocusField}
          returned={props.returned?.find((r) => r.reportId === form.reportId) ?? null}
        />
      </aside>
    </div>
  );
}
