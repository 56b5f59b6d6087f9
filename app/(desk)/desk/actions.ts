"use server";
// Session and role: checked on the server by each verb these actions call (formAction / call /
// runVerb → server/verb.ts authorize(), first, before the input is parsed). requireRole-style checks
// are not repeated here on purpose; tests/integration/authorization.test.ts proves each verb's access.
// Desk server actions: each is a verb (server/) bound to a form by formAction, which checks the
// session and role, parses the form with the verb's own schema, and returns expected failures
// next to the fields.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createArticle } from "@/server/articles/create";
import { reviewIncident } from "@/server/incidents/review";
import { correctIncident, retractIncident } from "@/server/incidents/correct";
import { submitReport } from "@/server/reports/submit";
import { formAction } from "@/server/request";

export const createArticleAction = formAction(createArticle, ({ id }) => {
  revalidatePath("/desk");
  redirect(`/desk/articles/${id}`);
});

export const submitReportAction = formAction(submitReport, (_r, values) => {
  revalidatePath("/desk/review");
  redirect(`/desk/reports/${Number(values.reportId)}`);
});

export const reviewIncidentAction = formAction(reviewIncident, () => {
  revalidatePath("/");
  redirect("/desk/review");
});

// Review, corrections and the audit trail. The verbs call publicChanged() (server/public/cache.ts)
// for readers' caches; revalidatePath drops Next's own for this instance.
export const correctIncidentAction = formAction(correctIncident, (_r, values) => {
  revalidatePath("/", "layout");
  redirect(`/desk/incidents/${Number(values.incidentId)}`);
});

export const retractIncidentAction = formAction(retractIncident, (_r, values) => {
  revalidatePath("/", "layout");
  redirect(`/desk/incidents/${Number(values.incidentId)}`);
});
