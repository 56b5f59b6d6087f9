// Every rule table of the assist, for the example tests (rules.test.ts) and the eval's
// per-rule figures.
import { CLAUSE_RULES } from "./clauses";
import { DATE_RULES } from "./dates";
import { LIGHT_VERB_RULES } from "./events";
import { CASUALTY_RULES, COUNT_RULES } from "./figures";
import { MARKER_RULES } from "./markers";
import { ROLE_RULES } from "./roles";
import type { RuleTable } from "./rule";
import { RELAY_RULES, SOURCE_RULES } from "./sources";

export const TABLES: RuleTable[] = [
  { name: "clauses", rules: CLAUSE_RULES },
  { name: "markers", rules: MARKER_RULES },
  { name: "events", rules: LIGHT_VERB_RULES },
  { name: "dates", rules: DATE_RULES },
  { name: "roles", rules: ROLE_RULES },
  { name: "sources", rules: SOURCE_RULES },
  { name: "relays", rules: RELAY_RULES },
  { name: "counts", rules: COUNT_RULES },
  { name: "casualties", rules: CASUALTY_RULES },
] as RuleTable[];
