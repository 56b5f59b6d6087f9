// The forms a reviewer acts with on the desk incident page: review (while something awaits a
// decision), and correct or retract (a verified incident). Each shows only to whom its verb
// would allow it; the verbs check again.
import { pickMessages } from "@/lib/i18n";
import type { SessionUser } from "@/server/verb";
import { correctIncident } from "@/server/incidents/correct";
import { listActorOptions, listPlaceOptions } from "@/server/gazetteer/options";
import { reviewIncident } from "@/server/incidents/review";
import { load, mayCall } from "@/server/request";
import { pick } from "../../../../../_lib/format";
import { CorrectForm, RetractForm } from "./correct-forms";
import { ReviewForm } from "./review-form";
import type { DeskIncident, PanelProps } from "./incident-types";

function reviewNotesOf(m: PanelProps["m"], found: DeskIncident): string[] {
  const r = m.reviewDesk;
  const notes = [r.chooseDecision, r.fourEyesRule];
  if (found.twoApprovalsForCasualties) notes.push(r.twoApprovalsRule);
  if (found.awaitingSecondApproval) notes.push(`${r.awaitingSecond} (${found.awaitingSecondApproval.reviewerName})`);
  return notes;
}

// The correction form's starting values: the incident's public values as form strings.
function currentValues(incident: DeskIncident["incident"]) {
  return {
    date: incident.date,
    datePrecision: incident.datePrecision,
    type: incident.type,
    placeId: incident.placeId ?? "",
    actorId: incident.actorId ? String(incident.actorId) : "",
    claimStatus: incident.claimStatus ?? "",
    target: incident.target ?? "",
    targetActorId: incident.targetActorId ? String(incident.targetActorId) : "",
    weapon: incident.weapon ?? "",
    munitions: incident.munitions?.toString() ?? "",
    killed: incident.killed?.toString() ?? "",
    killedHigh: incident.killedHigh?.toString() ?? "",
    injured: incident.injured?.toString() ?? "",
    injuredHigh: incident.injuredHigh?.toString() ?? "",
    summaryAr: incident.summaryAr ?? "",
    summaryEn: incident.summaryEn ?? "",
  };
}

export async function ReviewPanels({ m, locale, found, user }: PanelProps & { user: SessionUser | null }) {
  const { incident } = found;
  const awaiting = incident.status === "in_review" || found.reports.some((x) => x.status === "submitted");
  const canReview = mayCall(reviewIncident, user) && awaiting;
  const canCorrect = mayCall(correctIncident, user) && incident.status === "verified";
  const [placeOptions, actorOptions] = canCorrect ? await Promise.all([load(listPlaceOptions, {}), load(listActorOptions, {})]) : [[], []];
  return (
    <>
      {canReview && (
        <section className="rounded border border-stone-200 bg-white p-4">
          <ReviewForm m={pickMessages(m, "fields", "desk", "errors", "decisions")} incidentId={incident.id} notes={reviewNotesOf(m, found)} />
        </section>
      )}
      {canCorrect && (
        <>
          <section className="rounded border border-stone-200 bg-white p-4">
            <CorrectForm
              m={pickMessages(m, "fields", "errors", "types", "precisions", "reviewDesk", "desk")}
              incidentId={incident.id}
              current={currentValues(incident)}
              places={placeOptions.map((p) => [p.id, pick(locale, p.nameAr, p.nameEn)] as const)}
              actors={actorOptions.map((a) => [a.id, pick(locale, a.nameAr, a.nameEn)] as const)}
            />
          </section>
          <section className="rounded border border-red-200 bg-white p-4">
            <RetractForm m={pickMessages(m, "fields", "errors", "types", "precisions", "reviewDesk", "desk")} incidentId={incident.id} />
          </section>
        </>
      )}
    </>
  );
}
