import { sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { evidence, incidents, places } from "@/db/schema";

// What a line in a desk list of incidents shows (join places on incidents.place_id).
export const incidentListColumns = {
  id: incidents.id,
  date: incidents.date,
  type: incidents.type,
  status: incidents.status,
  summaryAr: incidents.summaryAr,
  summaryEn: incidents.summaryEn,
  placeNameAr: places.nameAr,
  placeNameEn: places.nameEn,
};

// A report's quote: its main evidence, the span its summary rests on (field "summary"; the
// first in article order when there are several). Never a span backing another value — a place
// or an outlet's name above the sentence is not what the report quotes. Null when the report has
// no main evidence.
export function mainQuoteOf(reportId: AnyPgColumn) {
  return sql<string | null>`(select e.exact from ${evidence} e where e.report_id = ${reportId} and e.field = 'summary' order by e.start limit 1)`;
}
