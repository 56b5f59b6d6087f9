import "server-only";
import { createArticle } from "./articles/create";
import { getArticle, listArticles } from "./articles/queries";
import { listActorOptions, listPlaceOptions } from "./gazetteer/options";
import { getDeskIncident, listDeskIncidents, listReviewQueue } from "./incidents/queries";
import { reviewIncident } from "./incidents/review";
import { getPublicIncident, listPublicIncidents } from "./public/incidents";
import { createReport } from "./reports/create";
import { getReport, listIncidentCandidates, searchIncidents } from "./reports/queries";
import { attachReport } from "./incidents/attach";
import { mergeIncidents, unmergeIncident } from "./incidents/merge";
import { pinIncidentValue } from "./incidents/pin";
import { splitReport } from "./incidents/split";
import { submitReport } from "./reports/submit";

// Every verb of the data layer, by name. The authorization test (tests/integration/
// authorization.test.ts) calls each one as every kind of caller, and its table of who may call
// what is typed by this object's keys: a verb added here without a line there does not compile.
export const verbs = {
  createArticle,
  createReport,
  submitReport,
  reviewIncident,
  listArticles,
  getArticle,
  getReport,
  listIncidentCandidates,
  listReviewQueue,
  listDeskIncidents,
  getDeskIncident,
  listPlaceOptions,
  listActorOptions,
  listPublicIncidents,
  getPublicIncident,
  // Deduplication (dedup)
  searchIncidents,
  attachReport,
  splitReport,
  mergeIncidents,
  unmergeIncident,
  pinIncidentValue,
} as const;

export type VerbName = keyof typeof verbs;
