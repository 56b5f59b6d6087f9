// Arabic assist: suggested report values with their evidence (see README "Arabic assist").
export { suggestReports } from "./suggest";
export type * from "./types";
