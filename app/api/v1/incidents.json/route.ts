// publicRoute: readers' data, no login by design. The verbs behind it are access "public" and read
// verified (or retracted, with the notice) incidents only (server/public/).
// All verified incidents matching the list's filters as JSON ({ "data": [...] }, the list's
// shape without limit), streamed.
import type { NextRequest } from "next/server";
import { streamExport } from "../_lib/export";

export function GET(req: NextRequest) {
  return streamExport(req, {
    contentType: "application/json; charset=utf-8",
    filename: "sijill-incidents.json",
    head: '{"data":[\n',
    row: (i, first) => `${first ? "" : ",\n"}${JSON.stringify(i)}`,
    tail: "\n]}\n",
  });
}
