import "server-only";

// SIJILL_TWO_APPROVALS_FOR_CASUALTIES=1: an incident whose reports count anyone killed or
// injured needs the approval of two different reviewers. Read on every call (tests toggle it).
export function twoApprovalsForCasualties(): boolean {
  return process.env.SIJILL_TWO_APPROVALS_FOR_CASUALTIES === "1";
}
