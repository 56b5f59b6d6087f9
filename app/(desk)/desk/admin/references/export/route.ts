// Session and role: checked on the server by the exportReferences verb (admin), first, before the
// input is parsed; a visitor without a session gets 401, a non-admin 403.
// One reference list as CSV (UTF-8 with a byte-order mark, so spreadsheets show Arabic), streamed
// a batch of records at a time; the import reads the same columns back (lib/references/csv.ts).
import { stringify } from "csv-stringify/sync";
import { NextResponse, type NextRequest } from "next/server";
import { referenceCsvRow } from "@/lib/references/csv";
import type { ReferenceKind } from "@/lib/schemas/references";
import { AppError } from "@/server/errors";
import { exportReferences } from "@/server/references/csv";
import { call } from "@/server/request";

export async function GET(req: NextRequest) {
  const kind = (req.nextUrl.searchParams.get("kind") ?? "") as ReferenceKind;
  let exported: Awaited<ReturnType<typeof call<typeof exportReferences>>>;
  try {
    exported = await call(exportReferences, { kind });
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return NextResponse.json({ error: e.code, message: e.messageKey }, { status: e.status });
  }
  const { columns, batches } = exported;
  const encoder = new TextEncoder();
  const csv = (rows: string[][]) => stringify(rows, { record_delimiter: "windows" });
  let headSent = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!headSent) {
          headSent = true;
          controller.enqueue(encoder.encode(`\uFEFF${csv([[...columns]])}`));
          return;
        }
        const next = await batches.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(csv(next.value.map((r) => referenceCsvRow(kind, r)))));
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new NextResponse(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="sijill-${kind}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
