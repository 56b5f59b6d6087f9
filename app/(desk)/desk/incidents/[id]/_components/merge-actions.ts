"use server";
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
