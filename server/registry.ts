import "server-only";
import { createArticle } from "./articles/create";
import { getArticle, listArticles } from "./articles/queries";
import { listActorOptions, listPlaceOptions } from "./gazetteer/options";
import { getDeskIncident, listDeskIncidents, listReviewQueue } from "./incidents/queries";
import { reviewIncident } from "./incidents/review";
import {
  exportPublicIncidents,
  getPublicIncident,
  listPublicIncidents,
  listPublicLog,
  publicFeed,
  publicFilterOptions,
  publicMapPoints,
  publicTimeline,
} from "./public/incidents";
import { getReport, listIncidentCandidates, listIncidentDuplicates, searchIncidents } from "./reports/queries";
import { attachReport } from "./incidents/attach";
import { mergeIncidents, unmergeIncident } from "./incidents/merge";
import { previewMerge } from "./incidents/merge-preview";
import { pinIncidentValue } from "./incidents/pin";
import { splitReport } from "./incidents/split";
import { submitReport } from "./reports/submit";
import { getIncidentAudit, listAuditEvents } from "./audit/queries";
import { correctIncident, retractIncident } from "./incidents/correct";
import { getIncidentHistory } from "./incidents/history";
import { getEditorInbox } from "./incidents/queries";
import { saveReport } from "./reports/save";
import { suggestArticleReports } from "./reports/suggest";
import { getReportDraft, listArticleReports } from "./reports/workbench";
import { changeOwnPassword, logoutEverywhere } from "./admin/account";
import { createUser, disableUser, enableUser, listLoginLocks, listUsers, resetUserPassword, revokeSessionsOf, setUserRole, unlockLogin } from "./admin/users";
import { createApiToken, listApiTokens, revokeApiToken } from "./tokens/tokens";
import {
  addFeed,
  addIntakeItem,
  dismissIntakeItem,
  getIntakeItem,
  listFeeds,
  listIntakeItems,
  pollFeedNow,
  setFeedActive,
  takeIntakeItem,
} from "./intake/verbs";
import { confirmReference, getReference, listReferences, mergeReference } from "./admin/references";
import { listPlaceChoices, proposePlace, searchPlaces } from "./gazetteer/search";
import { addSource, searchSources } from "./sources/references";
import { addActor, searchActors } from "./actors/references";
import { getRemovedLines, restoreArticleLines } from "./articles/restore";
import { setArticleDate } from "./articles/date";
import { getReturnedReport, listAwaitingReview, listReturnedOnArticle } from "./reports/returned";
import { addReferenceAlias, removeReferenceAlias, saveActor, savePlace, saveSource } from "./references/edit";
import { exportReferences, importReferences, previewReferenceImport } from "./references/csv";
import { listIncidentTypes, setIncidentTypeLabel } from "./taxonomy/labels";
import { relateIncidents, unrelateIncidents } from "./incidents/relations";

// Every verb of the data layer, by name. The authorization test (tests/integration/
// authorization.test.ts) calls each one as every kind of caller, and its table of who may call
// what is typed by this object's keys: a verb added here without a line there does not compile.
export const verbs = {
  createArticle,
  submitReport,
  reviewIncident,
  listArticles,
  getArticle,
  getReport,
  listIncidentCandidates,
  listIncidentDuplicates,
  listReviewQueue,
  listDeskIncidents,
  getDeskIncident,
  listPlaceOptions,
  listActorOptions,
  listPublicIncidents,
  listPublicLog,
  getPublicIncident,
  // Review, corrections and the audit trail
  correctIncident,
  retractIncident,
  getIncidentHistory,
  listAuditEvents,
  getIncidentAudit,
  getEditorInbox,
  // workbench
  saveReport,
  listArticleReports,
  getReportDraft,
  suggestArticleReports,
  // admin: team, sessions, passwords, login locks, API tokens
  listUsers,
  listLoginLocks,
  createUser,
  setUserRole,
  disableUser,
  enableUser,
  resetUserPassword,
  revokeSessionsOf,
  unlockLogin,
  changeOwnPassword,
  logoutEverywhere,
  listApiTokens,
  createApiToken,
  revokeApiToken,
  // admin: URL intake, inbox, feeds
  addIntakeItem,
  listIntakeItems,
  getIntakeItem,
  takeIntakeItem,
  dismissIntakeItem,
  listFeeds,
  addFeed,
  setFeedActive,
  pollFeedNow,
  // admin: reference lists
  listReferences,
  getReference,
  confirmReference,
  mergeReference,
  savePlace,
  saveActor,
  saveSource,
  addReferenceAlias,
  removeReferenceAlias,
  previewReferenceImport,
  importReferences,
  exportReferences,
  // The incident-type taxonomy's labels
  listIncidentTypes,
  setIncidentTypeLabel,
  // Article intake and reference pickers
  listPlaceChoices,
  searchPlaces,
  proposePlace,
  searchSources,
  addSource,
  searchActors,
  addActor,
  getRemovedLines,
  restoreArticleLines,
  setArticleDate,
  getReturnedReport,
  listReturnedOnArticle,
  listAwaitingReview,
  // public log
  exportPublicIncidents,
  publicFeed,
  publicTimeline,
  publicMapPoints,
  publicFilterOptions,
  // Deduplication (dedup)
  searchIncidents,
  attachReport,
  splitReport,
  mergeIncidents,
  unmergeIncident,
  pinIncidentValue,
  previewMerge,
  // Incidents that relate (issue 19 item 14)
  relateIncidents,
  unrelateIncidents,
} as const;

export type VerbName = keyof typeof verbs;
