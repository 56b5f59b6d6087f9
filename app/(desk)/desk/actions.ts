"use server";
// Desk server actions. Each goes through authedAction: session and role checked on the server,
// input parsed with the form's schema, expected failures returned next to the fields.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { articleInput, reportInput, reviewInput, submitReportInput } from "@/lib/schemas/desk";
import { createArticle } from "@/server/articles/create";
import { authedAction } from "@/server/auth/action";
import { reviewIncident } from "@/server/incidents/review";
import { createReport } from "@/server/reports/create";
import { submitReport } from "@/server/reports/submit";

export const createArticleAction = authedAction("editor", articleInput, createArticle, ({ id }) => {
  revalidatePath("/desk");
  redirect(`/desk/articles/${id}`);
});

export const createReportAction = authedAction("editor", reportInput, createReport, ({ id }) => {
  redirect(`/desk/reports/${id}`);
});

export const submitReportAction = authedAction("editor", submitReportInput, submitReport, (_r, input) => {
  revalidatePath("/desk/review");
  redirect(`/desk/reports/${input.reportId}`);
});

export const reviewIncidentAction = authedAction("reviewer", reviewInput, reviewIncident, () => {
  revalidatePath("/");
  redirect("/desk/review");
});
