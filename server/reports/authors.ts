import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reportAuthors } from "@/db/schema";
import { roleAtLeast } from "@/lib/domain";
import { AppError } from "../errors";
import type { SessionUser } from "../verb";

// Who may change a report, and who wrote it (docs/security.md, "Four eyes").
//
// - An editor changes (saves, submits, attaches) only reports they created.
// - A reviewer or an admin may also change a colleague's report while it is a draft (never sent,
//   or returned with "changes requested"), and thereby becomes one of its authors: they may no
//   longer approve its incident (four eyes is about content, not about who created the row).
// - Nobody changes a report while it is in review, approved or rejected (the verbs refuse any
//   status but "draft"); a reviewer who wants it changed returns it.
// - Only someone allowed to change a report may submit it, and submitting makes them an author.
export function assertMayChangeReport(user: SessionUser, report: { createdBy: number }): void {
  if (report.createdBy !== user.id && !roleAtLeast(user.role, "reviewer")) throw new AppError("forbidden", "not_your_report");
}

// Records `userId` as an author of the report, in the transaction of the change.
export async function recordReportAuthor(tx: Db, reportId: number, userId: number): Promise<void> {
  await tx
    .insert(reportAuthors)
    .values({ reportId, userId })
    .onConflictDoUpdate({ target: [reportAuthors.reportId, reportAuthors.userId], set: { lastAt: sql`now()` } });
}

// Every author of each of these reports (their creator included once the report was written
// through the verbs; callers add `createdBy` for rows written otherwise, e.g. the seed).
export async function authorsOf(tx: Db, reportIds: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (reportIds.length === 0) return out;
  const rows = await tx
    .select({ reportId: reportAuthors.reportId, userId: reportAuthors.userId })
    .from(reportAuthors)
    .where(inArray(reportAuthors.reportId, reportIds));
  for (const r of rows) out.set(r.reportId, [...(out.get(r.reportId) ?? []), r.userId]);
  return out;
}
