"use server";
// Session and role: checked on the server by each verb these actions call (formAction / call /
// runVerb → server/verb.ts authorize(), first, before the input is parsed). requireRole-style checks
// are not repeated here on purpose; tests/integration/authorization.test.ts proves each verb's access.
// Deduplication (dedup): the reviewer's merge and its undo, as form actions over the verbs.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { mergeIncidents, unmergeIncident } from "@/server/incidents/merge";
import { formAction } from "@/server/request";

export const mergeIncidentsAction = formAction(mergeIncidents, ({ incidentId }) => {
  revalidatePath("/");
  redirect(`/desk/incidents/${incidentId}`);
});

export const unmergeIncidentAction = formAction(unmergeIncident, ({ incidentId }) => {
  revalidatePath("/");
  redirect(`/desk/incidents/${incidentId}`);
});
