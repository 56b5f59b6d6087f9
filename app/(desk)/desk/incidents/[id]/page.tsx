// A desk incident: its heading, the reports' values and evidence, where they disagree, declined
// duplicate candidates, possible duplicates, the reviewer's forms, and its record. Each panel is
// a component in _components/; this page only loads and lays them out. Possible duplicates are
// ranked per report (the slowest read on a large register): they stream in after the rest, so
// the page a merge, split, correction or retraction lands on shows at once.
import { Suspense } from "react";
import { currentUser } from "@/server/auth/session";
import { getDeskIncident } from "@/server/incidents/queries";
import { load } from "@/server/request";
import { getMessages } from "../../../../_lib/i18n";
import { CodebookPanel } from "./_components/codebook-panel";
import { DeclinedCandidates } from "./_components/declined-candidates";
import { DedupTools } from "./_components/dedup-tools";
import { Disagreements } from "./_components/disagreements";
import { EvidenceList } from "./_components/evidence-list";
import { IncidentHeader } from "./_components/incident-header";
import { IncidentAudit, IncidentHistory, IncidentReviews } from "./_components/incident-record";
import { MergeForm } from "./_components/merge-form";
import { PossibleDuplicates } from "./_components/possible-duplicates";
import { ReportValues } from "./_components/report-values";
import { ReviewPanels } from "./_components/review-panels";

export default async function DeskIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const found = await load(getDeskIncident, { id: (await params).id });
  const { locale, m } = await getMessages();
  const user = await currentUser();
  const { incident } = found;
  return (
    <div className="max-w-5xl space-y-6">
      <IncidentHeader m={m} locale={locale} found={found} />
      <ReportValues m={m} locale={locale} found={found} />
      <EvidenceList m={m} found={found} />
      <Disagreements m={m} locale={locale} found={found} />
      <CodebookPanel m={m} locale={locale} found={found} user={user} />
      <DeclinedCandidates m={m} locale={locale} found={found} />
      <Suspense
        fallback={
          <p className="text-sm text-stone-500" data-testid="duplicates-loading">
            {m.dedupTools.duplicatesLoading}
          </p>
        }
      >
        <PossibleDuplicates m={m} locale={locale} incident={incident} />
      </Suspense>
      <ReviewPanels m={m} locale={locale} found={found} user={user} />
      <IncidentReviews m={m} found={found} />
      <IncidentHistory m={m} found={found} />
      <IncidentAudit m={m} found={found} />
      <DedupTools m={m} locale={locale} incident={incident} reports={found.reports} audit={found.audit} />
      <MergeForm m={m} incident={incident} />
    </div>
  );
}
