// What the CSV import form gets back from its actions: the plan's counts (checked, or applied)
// and every row's problem, which the form says in the user's language.
import type { ActionState } from "../action-state";
import type { CsvRowError } from "./csv";

export type ImportState = ActionState & {
  stage?: "preview" | "applied";
  counts?: { insert: number; update: number; unchanged: number };
  total?: number;
  rowErrors?: CsvRowError[];
};

export const initialImportState: ImportState = { ok: false };
