// Every verb of the registry, called as every kind of caller: allowed where the table below
// says so, refused otherwise with nothing written. The table is typed by the registry, so a
// verb added without saying who may call it does not compile (and fails the first test here,
// which vitest runs without the type checker).
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { apiTokens, feeds, incidentRelations, intakeItems, sources, users } from "@/db/schema";
import type { Role } from "@/lib/domain";
import { resolveUser } from "@/server/auth/principal";
import { AppError } from "@/server/errors";
import { verbs, type VerbName } from "@/server/registry";
import { runVerb, type Access, type AnyVerb, type SessionUser } from "@/server/verb";
import { articleInput, backends, ctxOf, draftReport, makeUser, reportInput, rollingBack, TEST_PASSWORD, uniqueTag, useTestDb } from "./helpers";

// Who may call each verb: "public" is anyone; a role is that role and the ones above it.
const ACCESS: Record<VerbName, Access> = {
  createArticle: "editor",
  submitReport: "editor",
  reviewIncident: "reviewer",
  listArticles: "editor",
  getArticle: "editor",
  getReport: "editor",
  listIncidentCandidates: "editor",
  listIncidentDuplicates: "editor",
  listReviewQueue: "reviewer",
  listDeskIncidents: "editor",
  getDeskIncident: "editor",
  listPlaceOptions: "editor",
  listActorOptions: "editor",
  listPublicIncidents: "public",
  listPublicLog: "public",
  getPublicIncident: "public",
  // Review, corrections and the audit trail
  correctIncident: "reviewer",
  retractIncident: "reviewer",
  getIncidentHistory: "public",
  listAuditEvents: "admin",
  getIncidentAudit: "editor",
  getEditorInbox: "editor",
  // workbench
  saveReport: "editor",
  listArticleReports: "editor",
  getReportDraft: "editor",
  suggestArticleReports: "editor",
  // admin
  listUsers: "admin",
  listLoginLocks: "admin",
  createUser: "admin",
  setUserRole: "admin",
  disableUser: "admin",
  enableUser: "admin",
  resetUserPassword: "admin",
  revokeSessionsOf: "admin",
  unlockLogin: "admin",
  changeOwnPassword: "editor",
  logoutEverywhere: "editor",
  listApiTokens: "admin",
  createApiToken: "admin",
  revokeApiToken: "admin",
  addIntakeItem: "editor",
  listIntakeItems: "editor",
  getIntakeItem: "editor",
  takeIntakeItem: "editor",
  dismissIntakeItem: "editor",
  listFeeds: "admin",
  addFeed: "admin",
  setFeedActive: "admin",
  pollFeedNow: "admin",
  listReferences: "admin",
  confirmReference: "admin",
  mergeReference: "admin",
  getReference: "admin",
  savePlace: "admin",
  saveActor: "admin",
  saveSource: "admin",
  addReferenceAlias: "admin",
  removeReferenceAlias: "admin",
  previewReferenceImport: "admin",
  importReferences: "admin",
  exportReferences: "admin",
  listIncidentTypes: "public",
  setIncidentTypeLabel: "admin",
  // Article intake and reference pickers
  listPlaceChoices: "editor",
  searchPlaces: "editor",
  proposePlace: "editor",
  searchSources: "editor",
  addSource: "editor",
  searchActors: "editor",
  addActor: "editor",
  getRemovedLines: "editor",
  restoreArticleLines: "editor",
  setArticleDate: "editor",
  getReturnedReport: "editor",
  listReturnedOnArticle: "editor",
  listAwaitingReview: "editor",
  // public log
  exportPublicIncidents: "public",
  publicFeed: "public",
  publicTimeline: "public",
  publicMapPoints: "public",
  publicFilterOptions: "public",
  // Deduplication (dedup)
  searchIncidents: "editor",
  attachReport: "editor",
  splitReport: "reviewer",
  mergeIncidents: "reviewer",
  unmergeIncident: "reviewer",
  pinIncidentValue: "editor",
  previewMerge: "reviewer",
  // Incidents that relate (issue 19 item 14)
  relateIncidents: "editor",
  unrelateIncidents: "editor",
};

// What exists before each call: an article with a draft report, and an incident in review,
// all written by an editor who is none of the callers below.
// (and a verified incident, approved by a reviewer who is none of the callers either).
type World = {
  articleId: number;
  draftId: number;
  incidentId: number;
  verifiedId: number;
  authorId: number;
  tokenId: number;
  itemId: number;
  feedId: number;
  sourceIds: [number, number];
  dedup?: { joinedId: number; otherIncidentId: number; mergedId: number };
  // A link from the incident in review to the verified one (unrelateIncidents).
  relationId?: number;
};

// A valid input for each verb in that world: allowed callers must succeed with it.
const INPUT: Record<VerbName, (w: World) => unknown> = {
  createArticle: () => articleInput(),
  submitReport: (w) => ({ reportId: w.draftId, incident: "new", newIncidentReason: "a separate incident (test)" }),
  reviewIncident: (w) => ({ incidentId: w.incidentId, decision: "request_changes", comment: "المصدر؟" }),
  listArticles: () => ({}),
  getArticle: (w) => ({ id: w.articleId }),
  getReport: (w) => ({ id: w.draftId }),
  listIncidentCandidates: (w) => ({ reportId: w.draftId }),
  listIncidentDuplicates: (w) => ({ incidentId: w.verifiedId }),
  listReviewQueue: () => ({}),
  listDeskIncidents: () => ({}),
  getDeskIncident: (w) => ({ id: w.incidentId }),
  listPlaceOptions: () => ({}),
  listActorOptions: () => ({}),
  listPublicIncidents: () => ({ q: "الشدادي" }),
  listPublicLog: () => ({ q: "الشدادي" }),
  getPublicIncident: (w) => ({ id: w.incidentId }),
  // Review, corrections and the audit trail
  correctIncident: (w) => ({ incidentId: w.verifiedId, note: "تصحيح عدد الصواريخ", munitions: "4" }),
  retractIncident: (w) => ({ incidentId: w.verifiedId, notice: "تبيّن أن الخبر مختلق" }),
  getIncidentHistory: (w) => ({ id: w.verifiedId }),
  listAuditEvents: () => ({ entity: "incident" }),
  getIncidentAudit: (w) => ({ id: w.incidentId }),
  getEditorInbox: () => ({}),
  // workbench
  // Editing the world's draft (a colleague's): reviewers and admins may, and become its authors.
  saveReport: (w) => ({
    ...reportInput(w.articleId),
    reportId: w.draftId,
    version: 1,
    sources: [{ name: "المرصد السوري لحقوق الإنسان", kind: "monitor" }],
  }),
  listArticleReports: (w) => ({ articleId: w.articleId }),
  getReportDraft: (w) => ({ id: w.draftId }),
  suggestArticleReports: (w) => ({ articleId: w.articleId }),
  // admin (the callers' own password is TEST_PASSWORD, see helpers.makeUser)
  listUsers: () => ({}),
  listLoginLocks: () => ({}),
  createUser: () => ({ email: `new-${uniqueTag()}@test.sijill`, name: "New editor", role: "editor", password: "a long enough test password" }),
  setUserRole: (w) => ({ userId: w.authorId, role: "reviewer" }),
  disableUser: (w) => ({ userId: w.authorId }),
  enableUser: (w) => ({ userId: w.authorId }),
  resetUserPassword: (w) => ({ userId: w.authorId }),
  revokeSessionsOf: (w) => ({ userId: w.authorId }),
  unlockLogin: () => ({ key: "account:nobody@test.sijill" }),
  changeOwnPassword: () => ({ current: TEST_PASSWORD, password: "a brand new passphrase", confirm: "a brand new passphrase" }),
  logoutEverywhere: () => ({}),
  listApiTokens: () => ({}),
  createApiToken: (w) => ({ userId: w.authorId, name: "newsroom tool" }),
  revokeApiToken: (w) => ({ tokenId: w.tokenId }),
  addIntakeItem: () => ({ url: `https://example.org/${uniqueTag()}`, title: "عنوان", text: "نص مقال مجلوب من صفحة على الويب للاختبار." }),
  listIntakeItems: () => ({}),
  getIntakeItem: (w) => ({ id: w.itemId }),
  takeIntakeItem: (w) => ({ itemId: w.itemId, articleId: w.articleId }),
  dismissIntakeItem: (w) => ({ itemId: w.itemId }),
  listFeeds: () => ({}),
  addFeed: () => ({ url: `https://example.org/${uniqueTag()}.xml`, outlet: "وكالة", intervalMinutes: "30" }),
  setFeedActive: (w) => ({ feedId: w.feedId, active: "false" }),
  pollFeedNow: (w) => ({ feedId: w.feedId }),
  listReferences: () => ({ kind: "sources", q: "وكالة" }),
  confirmReference: (w) => ({ kind: "sources", id: String(w.sourceIds[0]) }),
  mergeReference: (w) => ({ kind: "sources", fromId: String(w.sourceIds[0]), intoId: String(w.sourceIds[1]) }),
  getReference: () => ({ kind: "places", id: "al-shaddadi" }),
  savePlace: () => ({
    nameAr: "تل المشرف",
    nameEn: "Tell al-Mushrif",
    aliases: "تل مشرف",
    kind: "village",
    governorate: "Al-Hasakah",
    country: "SY",
    lat: "36.2",
    lon: "40.9",
    precision: "approximate",
  }),
  saveActor: () => ({ nameAr: "جهة المشرف", nameEn: "Admin's group", aliases: "" }),
  saveSource: (w) => ({ id: String(w.sourceIds[1]), nameAr: "مصدر معدّل", nameEn: "Edited source", aliases: "مصدر", kind: "monitor" }),
  addReferenceAlias: () => ({ kind: "places", id: "al-shaddadi", alias: "الشدادي الجديدة" }),
  removeReferenceAlias: (w) => ({ kind: "sources", id: String(w.sourceIds[0]), alias: "اسم بديل" }),
  previewReferenceImport: () => ({ kind: "actors", csv: "id,name_ar,name_en,aliases\n,جهة مستوردة,Imported group,جهة|IG\n" }),
  importReferences: () => ({ kind: "actors", csv: "id,name_ar,name_en,aliases\n,جهة مستوردة,Imported group,جهة|IG\n" }),
  exportReferences: () => ({ kind: "places" }),
  listIncidentTypes: () => ({}),
  setIncidentTypeLabel: () => ({ code: "shelling", labelAr: "قصف مدفعي", labelEn: "Artillery shelling" }),
  // Article intake and reference pickers
  listPlaceChoices: () => ({}),
  searchPlaces: () => ({ q: "الشدادي", locale: "ar" }),
  proposePlace: () => ({
    nameAr: "تل المقترح",
    nameEn: "Tell al-Muqtarah",
    aliases: "تل مقترح",
    kind: "village",
    governorate: "Hasakah",
    lat: "36.1",
    lon: "40.2",
  }),
  searchSources: () => ({ q: "المرصد" }),
  addSource: () => ({ nameAr: "شبكة الاختبار المحلية", nameEn: "Local test network", aliases: "", kind: "local" }),
  searchActors: () => ({ q: "داعش" }),
  addActor: () => ({ nameAr: "جماعة الاختبار", nameEn: "Test group", aliases: "" }),
  getRemovedLines: (w) => ({ id: w.articleId }),
  restoreArticleLines: (w) => ({ articleId: w.articleId, line: "6", restore: "1" }),
  setArticleDate: (w) => ({ articleId: w.articleId, publishedAt: "2024-01-02" }),
  getReturnedReport: (w) => ({ id: w.draftId }),
  listReturnedOnArticle: (w) => ({ id: w.articleId }),
  listAwaitingReview: () => ({}),
  // public log
  exportPublicIncidents: () => ({ q: "الشدادي" }),
  publicFeed: () => ({}),
  publicTimeline: () => ({ type: "shelling" }),
  publicMapPoints: () => ({}),
  publicFilterOptions: () => ({}),
  // Deduplication (dedup)
  searchIncidents: (w) => ({ q: String(w.incidentId), reportId: w.draftId }),
  attachReport: (w) => ({ reportId: w.draftId, incidentId: w.incidentId }),
  splitReport: (w) => ({ reportId: w.dedup!.joinedId, note: "a different event" }),
  mergeIncidents: (w) => ({ targetId: w.incidentId, sourceId: w.dedup!.otherIncidentId, note: "the same event" }),
  unmergeIncident: (w) => ({ incidentId: w.dedup!.mergedId, note: "two attacks after all" }),
  pinIncidentValue: (w) => ({ incidentId: w.incidentId, field: "killed", value: "2", note: "المرصد" }),
  previewMerge: (w) => ({ targetId: w.incidentId, sourceId: w.verifiedId }),
  // Incidents that relate: the world's incident in review answers the verified one.
  relateIncidents: (w) => ({ incidentId: w.incidentId, relatedId: w.verifiedId, kind: "response_to" }),
  unrelateIncidents: (w) => ({ relationId: w.relationId }),
};

// Deduplication (dedup): its verbs need more of a world — a second report joined to the
// incident, another incident, and one already merged — built only for them.
const DEDUP_VERBS = new Set<VerbName>(["splitReport", "mergeIncidents", "unmergeIncident"]);
async function dedupWorld(db: Db, author: SessionUser, incidentId: number): Promise<NonNullable<World["dedup"]>> {
  const reviewer = await makeUser(db, "reviewer");
  const reason = { newIncidentReason: "another incident (test)" };
  const joined = await draftReport(db, author);
  await runVerb(verbs.submitReport, ctxOf(db, author), { reportId: joined.reportId, incident: incidentId });
  const other = await draftReport(db, author, { report: { date: "2023-11-01" } });
  const { incidentId: otherIncidentId } = await runVerb(verbs.submitReport, ctxOf(db, author), { reportId: other.reportId, incident: "new", ...reason });
  const merged = await draftReport(db, author, { report: { date: "2023-10-20" } });
  const { incidentId: mergedId } = await runVerb(verbs.submitReport, ctxOf(db, author), { reportId: merged.reportId, incident: "new", ...reason });
  await runVerb(verbs.mergeIncidents, ctxOf(db, reviewer), { targetId: otherIncidentId, sourceId: mergedId, note: "the same event" });
  return { joinedId: joined.reportId, otherIncidentId, mergedId };
}

// "reset": an admin whose password an admin set (must_change_password): until they choose their
// own, only that and logging out (issue 17).
type Caller = "anonymous" | Role | "disabled" | "reset";
const BEFORE_OWN_PASSWORD = new Set<VerbName>(["changeOwnPassword", "logoutEverywhere"]);

// Rules finer than a role: an editor changes and submits only their own drafts (the world's draft
// is a colleague's), while reviewers and admins may change and submit anyone's draft
// (server/reports/authors.ts; four-eyes.test.ts: that makes them its authors).
const OWNERSHIP: Partial<Record<VerbName, Partial<Record<Caller, "forbidden">>>> = {
  submitReport: { editor: "forbidden" },
  saveReport: { editor: "forbidden" },
  // Only onto an article the caller has just created from the item (the world's is a colleague's).
  takeIntakeItem: { editor: "forbidden", reviewer: "forbidden", admin: "forbidden" },
  // Deduplication (dedup): an editor attaches only their own report, pins only on an incident they reported.
  attachReport: { editor: "forbidden" },
  pinIncidentValue: { editor: "forbidden" },
  // A link that touches a published incident changes what readers see: a reviewer's.
  relateIncidents: { editor: "forbidden" },
  unrelateIncidents: { editor: "forbidden" },
};
const CALLERS: Caller[] = ["anonymous", "editor", "reviewer", "admin", "disabled", "reset"];
const RANK: Record<Caller, number> = { anonymous: 0, disabled: 0, editor: 1, reviewer: 2, admin: 3, reset: 3 };

function allowed(access: Access, caller: Caller, name?: VerbName): boolean {
  if (caller === "reset" && access !== "public") return !!name && BEFORE_OWN_PASSWORD.has(name);
  return access === "public" || RANK[caller] >= RANK[access];
}

// The caller as the app would see them: a session's user id resolved against the database,
// so a disabled account is nobody.
async function callerCtx(db: Db, caller: Caller): Promise<SessionUser | null> {
  if (caller === "anonymous") return null;
  const user = await makeUser(db, caller === "disabled" || caller === "reset" ? "admin" : caller);
  if (caller === "disabled") await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
  if (caller === "reset") await db.update(users).set({ mustChangePassword: true }).where(eq(users.id, user.id));
  return resolveUser(db, user.id);
}

// Everything the database holds, as row counts per table and a digest of the rows that a verb
// could change in place.
async function snapshot(db: Db): Promise<unknown> {
  const result = await db.execute(sql`
    select
      (select count(*)::int from articles) as articles,
      (select count(*)::int from reports) as reports,
      (select count(*)::int from incidents) as incidents,
      (select count(*)::int from evidence) as evidence,
      (select md5(coalesce(string_agg(report_id || ':' || user_id || ':' || last_at, ',' order by report_id, user_id), '')) from report_authors) as authors,
      (select count(*)::int from reviews) as reviews,
      (select count(*)::int from sources) as sources,
      (select count(*)::int from audit_events) as audit,
      (select count(*)::int from incident_corrections) as corrections,
      (select count(*)::int from places) as places,
      (select count(*)::int from actors) as actors,
      (select md5(coalesce(string_agg(id || name || array_to_string(aliases, '|'), ',' order by id), '')) from sources) as source_states,
      (select md5(coalesce(string_agg(code::text || label_ar || label_en, ',' order by code), '')) from incident_types) as type_labels,
      (select md5(coalesce(string_agg(id || status::text || coalesce(incident_id, 0), ',' order by id), '')) from reports) as report_states,
      (select md5(coalesce(string_agg(id || status::text, ',' order by id), '')) from incidents) as incident_states`);
  return (result as { rows?: unknown[] }).rows?.[0] ?? (result as unknown[])[0];
}

describe("the verb registry", () => {
  it("says who may call every verb, and each verb declares that same access", () => {
    expect(Object.keys(ACCESS).sort()).toEqual(Object.keys(verbs).sort());
    expect(Object.keys(INPUT).sort()).toEqual(Object.keys(verbs).sort());
    for (const [name, verb] of Object.entries(verbs)) {
      expect(verb.name, name).toBe(name);
      expect(verb.access, name).toBe(ACCESS[name as VerbName]);
    }
  });
});

describe.each(backends)("authorization of every verb on $name", (backend) => {
  const t = useTestDb(backend);

  // One world per verb, then each caller in its own savepoint, rolled back: the callers never
  // see each other's writes, and the world (three reports, two incidents, a review, a token, a
  // feed…) is built once per verb instead of once per caller.
  for (const name of Object.keys(verbs) as VerbName[]) {
    const expectation = CALLERS.map((caller) => `${caller} ${allowed(ACCESS[name], caller, name) && !OWNERSHIP[name]?.[caller] ? "allowed" : "refused"}`).join(
      ", ",
    );
    it(
      `${name}: ${expectation}; nothing written when refused`,
      t.rolledBack(async (db) => {
        const author = await makeUser(db, "editor");
        const { articleId, reportId: draftId } = await draftReport(db, author);
        const second = await draftReport(db, author);
        const { incidentId } = await runVerb(verbs.submitReport, ctxOf(db, author), {
          reportId: second.reportId,
          incident: "new",
          newIncidentReason: "a separate incident (test world)",
        });
        const third = await draftReport(db, author);
        const published = await runVerb(verbs.submitReport, ctxOf(db, author), {
          reportId: third.reportId,
          incident: "new",
          newIncidentReason: "a separate incident (test world)",
        });
        await runVerb(verbs.reviewIncident, ctxOf(db, await makeUser(db, "reviewer")), { incidentId: published.incidentId, decision: "approve" });
        const [token] = await db.insert(apiTokens).values({ userId: author.id, name: "world", tokenHash: uniqueTag() }).returning({ id: apiTokens.id });
        const [feed] = await db
          .insert(feeds)
          .values({ url: `https://example.org/${uniqueTag()}.xml` })
          .returning({ id: feeds.id });
        const [item] = await db
          .insert(intakeItems)
          .values({ url: "https://example.org/item", text: "نص", createdBy: author.id, feedId: feed!.id })
          .returning({ id: intakeItems.id });
        const proposed = await db
          .insert(sources)
          .values([
            { name: `مقترح ${uniqueTag()}`, status: "proposed" as const, proposedBy: author.id, aliases: ["اسم بديل"] },
            { name: `مؤكد ${uniqueTag()}` },
          ])
          .returning({ id: sources.id });
        const sourceIds: [number, number] = [proposed[0]!.id, proposed[1]!.id];
        const world: World = {
          articleId,
          draftId,
          incidentId,
          verifiedId: published.incidentId,
          authorId: author.id,
          tokenId: token!.id,
          itemId: item!.id,
          feedId: feed!.id,
          sourceIds,
        };
        if (DEDUP_VERBS.has(name)) world.dedup = await dedupWorld(db, author, incidentId);
        if (name === "unrelateIncidents") {
          const [link] = await db
            .insert(incidentRelations)
            .values({ incidentId, relatedId: published.incidentId, kind: "response_to", createdBy: author.id })
            .returning({ id: incidentRelations.id });
          world.relationId = link!.id;
        }

        for (const caller of CALLERS) {
          const expected = allowed(ACCESS[name], caller, name) && !OWNERSHIP[name]?.[caller];
          await rollingBack(db, async (tx) => {
            const user = await callerCtx(tx, caller);
            const before = await snapshot(tx);
            const outcome = await runVerb(verbs[name] as AnyVerb, ctxOf(tx, user), INPUT[name](world)).then(
              () => "allowed",
              (e: unknown) => (e instanceof AppError ? e.code : Promise.reject(e instanceof Error ? e : new Error(String(e)))),
            );
            if (expected) {
              expect(outcome, `${name} as ${caller}`).toBe("allowed");
            } else {
              expect(outcome, `${name} as ${caller}`).toBe(user ? "forbidden" : "unauthorized");
              expect(await snapshot(tx), `${name} as ${caller}: nothing written`).toEqual(before);
            }
          });
        }
      }),
    );
  }

  // saveReport is also how a report is created (no reportId): the table above calls it on a
  // colleague's draft, so here its other half, a new draft of one's own, as every caller.
  it(
    "saveReport creating a new draft: editor, reviewer, admin allowed; anonymous, disabled, reset refused; nothing written when refused",
    t.rolledBack(async (db) => {
      const author = await makeUser(db, "editor");
      const { id: articleId } = await runVerb(verbs.createArticle, ctxOf(db, author), articleInput());
      for (const caller of CALLERS) {
        await rollingBack(db, async (tx) => {
          const user = await callerCtx(tx, caller);
          const before = await snapshot(tx);
          const outcome = await runVerb(verbs.saveReport, ctxOf(tx, user), reportInput(articleId)).then(
            () => "allowed",
            (e: unknown) => (e instanceof AppError ? e.code : Promise.reject(e instanceof Error ? e : new Error(String(e)))),
          );
          if (allowed(ACCESS.saveReport, caller, "saveReport")) {
            expect(outcome, `saveReport (new) as ${caller}`).toBe("allowed");
            expect(await snapshot(tx), `saveReport (new) as ${caller}: a report written`).not.toEqual(before);
          } else {
            expect(outcome, `saveReport (new) as ${caller}`).toBe(user ? "forbidden" : "unauthorized");
            expect(await snapshot(tx), `saveReport (new) as ${caller}: nothing written`).toEqual(before);
          }
        });
      }
    }),
  );
});
