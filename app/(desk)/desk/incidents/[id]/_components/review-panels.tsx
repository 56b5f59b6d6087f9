// The forms a reviewer acts with on the desk incident page: review (while something awaits a
// decision), and correct or retract (a verified incident). Each shows only to whom its verb
// would allow it; the verbs check again.
import type { SessionUser } from "@/server/verb";
import { correctIncident } from "@/server/incidents/correct";
import { reviewIncident } from "@/server/incidents/review";
import { mayCall } from "@/server/request";
import { deskChoiceLists } from "./choice-lists";
import { correctTexts, reviewTexts } from "./texts";
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
  const texts = correctTexts(m);
  const lists = canCorrect ? await deskChoiceLists(locale) : { places: [], actors: [] };
  return (
    <>
      {canReview && (
        <section className="rounded border border-stone-200 bg-white p-4">
          <ReviewForm m={reviewTexts(m)} incidentId={incident.id} notes={reviewNotesOf(m, found)} />
        </section>
      )}
      {canCorrect && (
        <>
          <section className="rounded border border-stone-200 bg-white p-4">
            <CorrectForm m={texts} incidentId={incident.id} current={currentValues(incident)} places={lists.places} actors={lists.actors} />
          </section>
          <section className="rounded border border-red-200 bg-white p-4">
            <RetractForm m={texts} incidentId={incident.id} />
          </section>
        </>
      )}
    </>
  );
}
