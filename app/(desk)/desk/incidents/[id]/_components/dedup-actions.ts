"use server";
// Session and role: checked on the server by each verb these actions call (formAction → runVerb →
// server/verb.ts authorize(), first, before the input is parsed); attachReport and
// pinIncidentValue also check that an editor's report is their own. Proven for every caller by
// tests/integration/authorization.test.ts.
// Deduplication after the fact: move a report out into a new incident, move it to another
// incident (also the undo of a split), pin a public value with a note.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { attachReport } from "@/server/incidents/attach";
import { pinIncidentValue } from "@/server/incidents/pin";
import { splitReport } from "@/server/incidents/split";
import { formAction } from "@/server/request";

export const splitReportAction = formAction(splitReport, ({ incidentId }) => {
  revalidatePath("/");
  redirect(`/desk/incidents/${incidentId}`);
});

export const attachReportAction = formAction(attachReport, ({ incidentId }) => {
  revalidatePath("/");
  redirect(`/desk/incidents/${incidentId}`);
});

export const pinIncidentValueAction = formAction(pinIncidentValue, (_result, values) => {
  revalidatePath("/");
  redirect(`/desk/incidents/${values.incidentId}`);
});
