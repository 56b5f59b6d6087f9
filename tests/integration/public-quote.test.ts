// A report's public quote is its main evidence (the span backing its summary), never the first
// span of whatever field happens to come earliest in the article (a place name, an outlet).
import { describe, expect, it } from "vitest";
import { reviewIncident } from "@/server/incidents/review";
import { getDeskIncident } from "@/server/incidents/queries";
import { getPublicIncident } from "@/server/public/incidents";
import { saveReport } from "@/server/reports/save";
import { submitReport } from "@/server/reports/submit";
import { runVerb } from "@/server/verb";
import { QUOTE, backends, ctxOf, draftReport, makeUser, reportInput, useTestDb } from "./helpers";

describe.each(backends)("the public quote on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "is the report's main quote even when place and actor evidence come earlier in the article",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { articleId } = await draftReport(db, editor);
      // The article's first line names the actor and the place, above the report's sentence.
      const evidence = [
        { field: "summary", exact: QUOTE },
        { field: "place", exact: "ريف الحسكة" },
        { field: "actor", exact: "التحالف الدولي" },
      ];
      const { id: reportId } = await runVerb(saveReport, ctxOf(db, editor), { ...reportInput(articleId), evidence });
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" });

      const published = await runVerb(getPublicIncident, { db, user: null }, { id: incidentId });
      expect(published!.sources.map((s) => s.quote)).toEqual([QUOTE]);
      const desk = await runVerb(getDeskIncident, ctxOf(db, reviewer), { id: incidentId });
      expect(desk!.reports.find((r) => r.id === reportId)!.quote).toBe(QUOTE);
    }),
  );
});
