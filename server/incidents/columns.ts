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

// The first quoted span (in article order) backing a report.
export function firstQuoteOf(reportId: AnyPgColumn) {
  return sql<string | null>`(select e.exact from ${evidence} e where e.report_id = ${reportId} order by e.start limit 1)`;
}
