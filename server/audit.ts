import "server-only";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";

// Written inside the transaction of the change it records, so there is never one without the other.
export async function recordAudit(
  tx: Db,
  event: { actorId: number | null; action: string; entityType: string; entityId: string | number; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.insert(auditEvents).values({
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: String(event.entityId),
    before: event.before ?? null,
    after: event.after ?? null,
  });
}
