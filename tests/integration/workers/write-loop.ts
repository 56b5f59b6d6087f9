// A desk in a loop, for the SIGKILL tests (tests/integration/crash.test.ts): paste an article,
// write a report, submit it (a new incident, or joining the last one still in review), decide
// on it as a reviewer — every step a verb in its own transaction — until killed.
// Run by the test as: node --conditions=react-server --import tsx tests/integration/workers/write-loop.ts
// Env: KILL_DB_URL (PostgreSQL) or KILL_DATA_DIR (a PGlite folder); EDITOR_ID, REVIEWER_ID.
import { openDb } from "@/db/client";
import { createArticle } from "@/server/articles/create";
import { resolveUser } from "@/server/auth/principal";
import { AppError } from "@/server/errors";
import { reviewIncident } from "@/server/incidents/review";
import { saveReport } from "@/server/reports/save";
import { submitReport } from "@/server/reports/submit";
import { runVerb } from "@/server/verb";

const QUOTE = "ثلاثة صواريخ استهدفت قاعدة الشدادي فجر اليوم الأربعاء";
const TEXT = `تعزيزات إلى الشدادي\n\nأفادت مصادر محلية أن ${QUOTE}.\nوقال المرصد إن الهجوم لم يسفر عن إصابات.`;

const handle = await openDb(process.env.KILL_DB_URL ? { url: process.env.KILL_DB_URL } : { dataDir: process.env.KILL_DATA_DIR!, purpose: "crash-test writer" });
const editor = await resolveUser(handle.db, Number(process.env.EDITOR_ID));
const reviewer = await resolveUser(handle.db, Number(process.env.REVIEWER_ID));
if (!editor || !reviewer) throw new Error("write-loop: EDITOR_ID/REVIEWER_ID do not name active users");
const as = (user: typeof editor) => ({ db: handle.db, user });

let openIncident: number | null = null;
for (let n = 1; ; n++) {
  const article = await runVerb(createArticle, as(editor), {
    text: TEXT,
    outlet: `وكالة ${process.pid}-${n}`,
    publishedAt: "2023-11-13",
    confirmDuplicate: "1",
  });
  const report = await runVerb(saveReport, as(editor), {
    articleId: article.id,
    date: "2023-11-13",
    datePrecision: "day",
    type: "rocket_attack",
    placeId: "al-shaddadi-base",
    killed: String(n % 5),
    summary: `استهداف قاعدة الشدادي ${n}`,
    evidence: [{ field: "summary", exact: QUOTE }],
    sources: [],
  });
  const join = openIncident !== null && n % 3 === 0;
  let incidentId: number;
  try {
    ({ incidentId } = await runVerb(submitReport, as(editor), { reportId: report.id, incident: join ? openIncident! : "new" }));
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    ({ incidentId } = await runVerb(submitReport, as(editor), { reportId: report.id, incident: "new", newIncidentReason: "a separate incident (test)" }));
  }
  // Most incidents are decided at once; some wait for a joining report.
  if (n % 4 === 1) {
    openIncident = incidentId;
  } else {
    const decision = (["approve", "approve", "reject", "request_changes"] as const)[n % 4];
    await runVerb(reviewIncident, as(reviewer), { incidentId, decision, comment: decision === "approve" ? undefined : "تعليق" });
    if (incidentId === openIncident) openIncident = null;
  }
  if (n === 1) process.stdout.write("ready\n");
  if (n % 10 === 0) process.stdout.write(`cycle ${n}\n`);
}
