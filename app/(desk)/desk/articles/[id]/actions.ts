"use server";
// Session and role: checked on the server by each verb these actions call (formAction / call /
// runVerb → server/verb.ts authorize(), first, before the input is parsed). requireRole-style checks
// are not repeated here on purpose; tests/integration/authorization.test.ts proves each verb's access.
// The workbench's save: the saveReport verb called with the form as JSON (autosave and the
// buttons), answering with what the page needs next instead of redirecting: the new version
// and the article's reports, the field errors, or on a conflict the version saved meanwhile.
import type { ErrorKey } from "@/lib/i18n/keys";
import { AppError } from "@/server/errors";
import { saveReport } from "@/server/reports/save";
import { getReportDraft, listArticleReports } from "@/server/reports/workbench";
import { call } from "@/server/request";
import type { VerbInput, VerbResult } from "@/server/verb";

type Drafts = NonNullable<VerbResult<typeof listArticleReports>>["reports"];
type Draft = NonNullable<VerbResult<typeof getReportDraft>>;

export type SaveDraftResult =
  { ok: true; id: number; version: number; reports: Drafts } | { ok: false; messageKey: ErrorKey; fieldErrors: Record<string, ErrorKey>; theirs?: Draft };

// The input is the form as the browser holds it; the verb parses it (zod) like any other caller's.
export async function saveDraftAction(input: { articleId: number; reportId?: number } & Record<string, unknown>): Promise<SaveDraftResult> {
  if (!input || typeof input !== "object") return { ok: false, messageKey: "invalid_input", fieldErrors: {} };
  try {
    const { id, version } = await call(saveReport, input as unknown as VerbInput<typeof saveReport>);
    const listed = await call(listArticleReports, { articleId: Number(input.articleId) });
    return { ok: true, id, version, reports: listed?.reports ?? [] };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.messageKey === "report_conflict" && input.reportId) {
      const theirs = await call(getReportDraft, { id: Number(input.reportId) });
      return { ok: false, messageKey: e.messageKey, fieldErrors: {}, theirs: theirs ?? undefined };
    }
    return { ok: false, messageKey: e.messageKey, fieldErrors: { ...e.fieldErrors } };
  }
}
