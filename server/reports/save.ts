import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, evidence, reportSources, reports, sources } from "@/db/schema";
import { checkEventDate, todayUtc } from "@/lib/dates/validate";
import type { SourceRole } from "@/lib/domain";
import { anchorQuote, type TextAnchor } from "@/lib/evidence/anchor";
import { toCodePointOffset } from "@/lib/evidence/offsets";
import { saveReportInput, type EvidenceField } from "@/lib/schemas/workbench";
import { AppError, invalidField } from "../errors";
import { defineVerb, type SessionUser } from "../verb";
import { assertReferencesExist } from "../references/exist";
import { assertMayChangeReport, recordReportAuthor } from "./authors";
import { findOrProposeSource } from "../sources/propose";

// The article's outlet heads every source chain (position 0): the listed source the article
// points at, or one found or proposed by the outlet's name.
async function outletSource(tx: Db, article: { outlet: string | null; outletSourceId: number | null }, user: SessionUser) {
  if (article.outletSourceId) return article.outletSourceId;
  const name = article.outlet?.trim();
  if (!name) return null;
  return findOrProposeSource(tx, name, "outlet", user);
}

// A report's values, evidence and source chain as the workbench shows them (also the "theirs"
// side of a conflict).
export async function readReportDraft(tx: Db, reportId: number) {
  const [report] = await tx.select().from(reports).where(eq(reports.id, reportId));
  if (!report) return null;
  const spans = await tx
    .select({
      id: evidence.id,
      field: evidence.field,
      exact: evidence.exact,
      prefix: evidence.prefix,
      suffix: evidence.suffix,
      start: evidence.start,
      end: evidence.end,
    })
    .from(evidence)
    .where(eq(evidence.reportId, reportId))
    .orderBy(asc(evidence.id));
  const chain = await tx
    .select({
      sourceId: reportSources.sourceId,
      role: reportSources.role,
      position: reportSources.position,
      quote: reportSources.quote,
      evidenceId: reportSources.evidenceId,
      attributedActorId: reportSources.attributedActorId,
      name: sources.name,
      nameEn: sources.nameEn,
      kind: sources.kind,
    })
    .from(reportSources)
    .innerJoin(sources, eq(sources.id, reportSources.sourceId))
    .where(eq(reportSources.reportId, reportId))
    .orderBy(asc(reportSources.position));
  return { report, evidence: spans, sources: chain };
}
export type ReportDraft = NonNullable<Awaited<ReturnType<typeof readReportDraft>>>;

// Creates or updates a DRAFT report with all its values, the evidence backing each field and its
// source chain. Every save bumps the version; a save naming an older version than the stored one
// is refused with "report_conflict" (never a silent overwrite): the caller shows both.
export const saveReport = defineVerb({
  name: "saveReport",
  access: "editor",
  mode: "write",
  input: saveReportInput,
  async run({ db: tx, user, audit }, data): Promise<{ id: number; version: number }> {
    const [article] = await tx
      .select({ id: articles.id, body: articles.body, publishedAt: articles.publishedAt, outlet: articles.outlet, outletSourceId: articles.outletSourceId })
      .from(articles)
      .where(eq(articles.id, data.articleId));
    if (!article) throw new AppError("not_found");

    let before: typeof reports.$inferSelect | undefined;
    if (data.reportId !== undefined) {
      [before] = await tx.select().from(reports).where(eq(reports.id, data.reportId)).for("update");
      if (!before || before.articleId !== article.id) throw new AppError("not_found");
      // Who may change whose report, and what it makes them: server/reports/authors.ts.
      assertMayChangeReport(user, before);
      if (before.status !== "draft") throw new AppError("conflict", "report_not_draft");
      if (before.version !== data.version) throw new AppError("conflict", "report_conflict");
    }

    if (checkEventDate(data.date, { articleDate: article.publishedAt, today: todayUtc() }) === "after_article") {
      throw invalidField("date", "event_after_article");
    }
    await assertReferencesExist(tx, data);

    // Every span must be in the article; the browser's offset (UTF-16) picks the occurrence.
    const anchors: Array<TextAnchor & { field: EvidenceField }> = [];
    const errors: Record<string, "quote_not_in_article"> = {};
    data.evidence.forEach((item, i) => {
      const near = item.start === undefined ? undefined : toCodePointOffset(article.body, Math.min(item.start, article.body.length));
      const anchor = anchorQuote(article.body, item.exact, near);
      if (!anchor) errors[`evidence.${i}`] ??= "quote_not_in_article";
      else anchors.push({ ...anchor, field: item.field });
    });
    if (Object.keys(errors).length > 0) throw new AppError("invalid", "invalid_input", errors);

    const values = {
      date: data.date,
      datePrecision: data.datePrecision,
      datePhrase: data.datePhrase ?? null,
      type: data.type,
      placeId: data.placeId ?? null,
      actorId: data.actorId ?? null,
      target: data.target ?? null,
      targetActorId: data.targetActorId ?? null,
      weapon: data.weapon ?? null,
      weaponCode: data.weaponCode ?? null,
      munitions: data.munitions ?? null,
      killed: data.killed ?? null,
      killedHigh: data.killedHigh ?? null,
      injured: data.injured ?? null,
      injuredHigh: data.injuredHigh ?? null,
      damage: data.damage ?? null,
      claimStatus: data.claimStatus ?? null,
      response: data.response ?? null,
      summary: data.summary,
      summaryEn: data.summaryEn ?? null,
    };

    let report: typeof reports.$inferSelect;
    if (before) {
      [report] = (await tx
        .update(reports)
        .set({ ...values, version: before.version + 1, updatedAt: new Date() })
        .where(eq(reports.id, before.id))
        .returning()) as [typeof reports.$inferSelect];
      await tx.delete(reportSources).where(eq(reportSources.reportId, report.id));
      await tx.delete(evidence).where(eq(evidence.reportId, report.id));
    } else {
      [report] = (await tx
        .insert(reports)
        .values({ ...values, articleId: article.id, status: "draft", version: 1, createdBy: user.id })
        .returning()) as [typeof reports.$inferSelect];
    }

    const evidenceIds = anchors.length
      ? (
          await tx
            .insert(evidence)
            .values(anchors.map((a) => ({ ...a, articleId: article.id, reportId: report.id, createdBy: user.id })))
            .returning({ id: evidence.id })
        ).map((r) => r.id)
      : [];

    // The source chain: the outlet first, then each cited source once, in the editor's order.
    // Position 0 is the outlet's alone: cited sources start at 1 even when the article has no
    // outlet (the workbench and the public `cited` list read positions > 0 as cited sources).
    const chain: Array<{
      sourceId: number;
      role: SourceRole;
      quote: string | null;
      evidenceId: number | null;
      attributedActorId: number | null;
      position: number;
    }> = [];
    const proposed: string[] = [];
    const seen = new Set<number>();
    const outletId = await outletSource(tx, article, user);
    const cited = [];
    for (const s of data.sources) {
      let sourceId = s.sourceId;
      if (sourceId !== undefined) {
        const [listed] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.id, sourceId));
        if (!listed) throw invalidField("sources", "invalid_id");
      } else {
        sourceId = await findOrProposeSource(tx, s.name!, s.kind, user);
        proposed.push(s.name!);
      }
      const evidenceId = s.evidence !== undefined ? (evidenceIds[s.evidence] ?? null) : null;
      const quote = s.quote ?? (s.evidence !== undefined ? (anchors[s.evidence]?.exact ?? null) : null);
      if (s.attributedActorId !== undefined)
        await assertReferencesExist(tx, { actorId: s.attributedActorId }).catch(() => {
          throw invalidField("sources", "unknown_actor");
        });
      cited.push({ sourceId, role: s.role, quote, evidenceId, attributedActorId: s.attributedActorId ?? null });
    }
    if (outletId !== null) {
      chain.push({ sourceId: outletId, role: cited.length > 0 ? "relay" : "original", quote: null, evidenceId: null, attributedActorId: null, position: 0 });
      seen.add(outletId);
    }
    for (const c of cited) {
      if (seen.has(c.sourceId)) continue;
      seen.add(c.sourceId);
      chain.push({ ...c, position: chain.length + (outletId === null ? 1 : 0) });
    }
    if (chain.length) {
      await tx.insert(reportSources).values(chain.map((c) => ({ ...c, reportId: report.id })));
    }

    await recordReportAuthor(tx, report.id, user.id);
    await audit({
      action: before ? "report.save" : "report.create",
      entity: "report",
      id: report.id,
      before: before ?? undefined,
      after: { ...report, evidence: anchors.length, sources: chain.map((c) => c.sourceId), proposedSources: proposed },
    });
    return { id: report.id, version: report.version };
  },
});

// The reports of one article that the workbench edits, with evidence and source chains.
export async function readArticleDrafts(tx: Db, articleId: number) {
  const rows = await tx.select({ id: reports.id }).from(reports).where(eq(reports.articleId, articleId)).orderBy(asc(reports.id));
  const drafts = await Promise.all(rows.map((r) => readReportDraft(tx, r.id)));
  return drafts.filter((d): d is ReportDraft => d !== null);
}
