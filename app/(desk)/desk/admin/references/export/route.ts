// Session and role: checked on the server by the exportReferences verb (admin), first, before the
// input is parsed; a visitor without a session gets 401, a non-admin 403.
// One reference list as CSV (UTF-8 with a byte-order mark, so spreadsheets show Arabic), streamed
// a batch of records at a time; the import reads the same columns back (lib/references/csv.ts).
import { stringify } from "csv-stringify/sync";
import { NextResponse, type NextRequest } from "next/server";
import { batchStream } from "@/lib/http/batch-stream";
import { referenceCsvRow } from "@/lib/references/csv";
import type { ReferenceKind } from "@/lib/schemas/references";
import { exportReferences } from "@/server/references/csv";
import { call, respond } from "@/server/request";

export function GET(req: NextRequest) {
  return respond(exportReferences.name, async () => {
    const kind = (req.nextUrl.searchParams.get("kind") ?? "") as ReferenceKind;
    const { columns, batches } = await call(exportReferences, { kind });
    const csv = (rows: string[][]) => stringify(rows, { record_delimiter: "windows" });
    const stream = batchStream(`\uFEFF${csv([[...columns]])}`, batches, (batch) => csv(batch.map((r) => referenceCsvRow(kind, r))));
    return new NextResponse(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="sijill-${kind}.csv"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
