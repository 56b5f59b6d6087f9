// Integration-test helpers: one database per test file and backend, each test inside a
// transaction that is rolled back, users and articles made on demand.
import { afterAll, beforeAll } from "vitest";
import { sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { openDb, type Db, type DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { users } from "@/db/schema";
import type { Role } from "@/lib/domain";
import { hashPassword } from "@/lib/auth/password";
import { createArticle } from "@/server/articles/create";
import type { Ctx, SessionUser } from "@/server/verb";
import { AppError } from "@/server/errors";
import { reviewIncident } from "@/server/incidents/review";
import { saveReport } from "@/server/reports/save";
import { submitReport } from "@/server/reports/submit";
import { loadReferenceData, testBackends, type Backend } from "./backends";
import { runVerb } from "@/server/verb";

export { testBackends, type Backend };
export const backends = testBackends();

// Opens the backend's database for the enclosing describe block. PGlite is a fresh in-memory
// database, migrated here; PostgreSQL was reset and migrated by the global setup.
export function useTestDb(backend: Backend, options: { referenceData?: boolean } = {}) {
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    handle = await openDb(backend.target);
    if (backend.name === "pglite") {
      await runMigrations(handle);
      if (options.referenceData !== false) await loadReferenceData(handle.db);
    }
  });
  afterAll(async () => {
    await handle?.close();
  });
  const current = () => {
    if (!handle) throw new Error("the test database is not open yet");
    return handle;
  };
  return {
    get handle() {
      return current();
    },
    // A test body run inside a transaction that is always rolled back. The verbs' own
    // ctx.db.transaction calls nest inside it as savepoints.
    rolledBack<T>(body: (tx: Db) => Promise<T>): () => Promise<void> {
      return () => rollingBack(current().db, body);
    },
  };
}

// Thrown to end the transaction without keeping anything (an Error, so it reads as one).
class Rollback extends Error {}
const ROLLBACK = new Rollback("rollback");

export async function rollingBack<T>(db: Db, body: (tx: Db) => Promise<T>): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await body(tx);
      throw ROLLBACK;
    });
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
}

let sequence = 0;
const runTag = `${process.pid.toString(36)}${Date.now().toString(36)}`;

// A tag unique in this run: emails, outlet names and other unique columns use it, so tests
// running at the same time on one PostgreSQL never wait on each other's uncommitted rows.
export function uniqueTag(): string {
  return `${runTag}-${++sequence}`;
}

// Every test user's password (hashed once per run), for verbs that check it.
export const TEST_PASSWORD = "test-password-of-every-test-user";
let testPasswordHash: Promise<string> | undefined;

export async function makeUser(db: Db, role: Role, name = `Test ${role}`): Promise<SessionUser> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({ email: `${role}-${uniqueTag()}@test.sijill`, name, role, passwordHash: await testPasswordHash })
    .returning({ id: users.id, name: users.name, email: users.email, role: users.role });
  return user!;
}

export const ctxOf = (db: Db, user: SessionUser | null): Ctx => ({ db, user });

export async function countRows(db: Db, table: PgTable, where?: SQL): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(where);
  return Number(row!.n);
}

// The AppError a call fails with (and a test failure if it succeeds or fails otherwise).
export async function appErrorOf(call: Promise<unknown>): Promise<AppError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the call to fail with an AppError, but it succeeded");
}

// An article of the kind the newsroom pastes: Arabic, with web boilerplate and a sentence
// that occurs twice.
export const ARTICLE_TEXT = [
  "التحالف الدولي يرسل تعزيزات إلى قواعده بريف الحسكة",
  "",
  "أفادت مصادر محلية أن ثلاثة صواريخ استهدفت قاعدة الشدادي فجر اليوم الأربعاء.",
  "وقال المرصد السوري لحقوق الإنسان إن الهجوم لم يسفر عن إصابات.",
  "وأرسلت قوات التحالف الدولي رتلا من 50 آلية إلى قواعدها في الشدادي.",
  "",
  "مقالات ذات صلة",
  "اترك تعليقاً",
  "",
  "وأرسلت قوات التحالف الدولي رتلا من 50 آلية إلى قواعدها في الشدادي.",
].join("\n");

export const QUOTE = "ثلاثة صواريخ استهدفت قاعدة الشدادي فجر اليوم الأربعاء";

export function articleInput(overrides: Record<string, unknown> = {}) {
  return {
    text: ARTICLE_TEXT,
    outlet: `وكالة الاختبار ${uniqueTag()}`,
    url: "https://example.org/news/1",
    title: "تعزيزات إلى الشدادي",
    publishedAt: "2023-11-13",
    // Tests paste this same article many times: saved anyway past the duplicate warning
    // (tests of the warning pass confirmDuplicate: false).
    confirmDuplicate: "1",
    ...overrides,
  };
}

// saveReport's input for a new draft report on the article: its values, and the quote that
// backs its summary as the report's one span of evidence. `quote` and `quoteStart` (the
// selection's offset in UTF-16 units, to pick one occurrence of a repeated quote) shape that
// span; `evidence` or `sources` in the overrides replace it or the (empty) source chain.
export function reportInput(articleId: number, overrides: Record<string, unknown> & { quote?: string; quoteStart?: number | string } = {}) {
  const { quote = QUOTE, quoteStart, ...values } = overrides;
  return {
    articleId,
    date: "2023-11-13",
    datePrecision: "day",
    type: "rocket_attack",
    placeId: "al-shaddadi-base",
    weapon: "صواريخ",
    munitions: "3",
    killed: "0",
    summary: "استهداف قاعدة الشدادي بثلاثة صواريخ",
    evidence: [{ field: "summary" as const, exact: quote, ...(quoteStart === undefined ? {} : { start: quoteStart }) }],
    sources: [],
    ...values,
  };
}

// An article and a draft report on it, written by `editor` through the verbs.
export async function draftReport(db: Db, editor: SessionUser, overrides: { article?: Record<string, unknown>; report?: Record<string, unknown> } = {}) {
  const ctx = ctxOf(db, editor);
  // An event cannot be dated after the article that reports it: a report dated by the test is
  // carried by an article of that day, unless the test dates the article itself.
  const reportDate = overrides.report?.date;
  const articleDate = typeof reportDate === "string" && /^\d{4}-\d{2}-\d{2}$/.test(reportDate) ? { publishedAt: reportDate } : {};
  const article = await runVerb(createArticle, ctx, articleInput({ ...articleDate, ...overrides.article }));
  const report = await runVerb(saveReport, ctx, reportInput(article.id, overrides.report));
  return { articleId: article.id, reportId: report.id };
}

// The whole desk journey to a verified incident: an editor writes and submits, a reviewer approves.
export async function verifiedIncident(
  db: Db,
  people: { editor: SessionUser; reviewer: SessionUser },
  overrides: { article?: Record<string, unknown>; report?: Record<string, unknown> } = {},
) {
  const { articleId, reportId } = await draftReport(db, people.editor, overrides);
  const { incidentId } = await runVerb(submitReport, ctxOf(db, people.editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
  await runVerb(reviewIncident, ctxOf(db, people.reviewer), { incidentId, decision: "approve" });
  return { articleId, reportId, incidentId };
}
