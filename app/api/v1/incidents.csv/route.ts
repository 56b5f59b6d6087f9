// publicRoute: readers' data, no login by design. The verbs behind it are access "public" and read
// verified (or retracted, with the notice) incidents only (server/public/).
// All verified incidents matching the list's filters as CSV (UTF-8 with BOM), streamed.
import type { NextRequest } from "next/server";
import { csvHeader, csvRow } from "@/lib/public/csv";
import { streamExport } from "../_lib/export";

export function GET(req: NextRequest) {
  return streamExport(req, {
    contentType: "text/csv; charset=utf-8",
    filename: "sijill-incidents.csv",
    head: csvHeader(),
    row: (i, _f, site) => csvRow(i, site),
    tail: "",
  });
}
