import "server-only";
import { and, asc, count, desc, eq, gte, inArray, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, reports, users } from "@/db/schema";
import { byId } from "@/lib/schemas/fields";
import { auditQuery } from "@/lib/schemas/review";
import { defineVerb } from "../verb";

// Reads of the append-only audit trail (audit_events). Nothing here or anywhere else updates or
// deletes its rows; the database refuses it too (migration 0005's trigger).

export const AUDIT_PAGE_SIZE = 50;

const eventColumns = {
  id: auditEvents.id,
  at: auditEvents.at,
  action: auditEvents.action,
  entityType: auditEvents.entityType,
  entityId: auditEvents.entityId,
  before: auditEvents.before,
  after: auditEvents.after,
  actorId: auditEvents.actorId,
  actorName: users.name,
};

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// The global audit page (admins): every change, newest first, filtered by who, what, which
// entity and when (from/to are inclusive UTC days), 50 a page.
export const listAuditEvents = defineVerb({
  name: "listAuditEvents",
  access: "admin",
  mode: "read",
  input: auditQuery,
  async run({ db }, q) {
    const where = and(
      q.actor ? eq(auditEvents.actorId, q.actor) : undefined,
      q.action ? eq(auditEvents.action, q.action) : undefined,
      q.entity ? eq(auditEvents.entityType, q.entity) : undefined,
      q.entityId ? eq(auditEvents.entityId, q.entityId) : undefined,
      q.from ? gte(auditEvents.at, new Date(`${q.from}T00:00:00Z`)) : undefined,
      q.to ? lt(auditEvents.at, new Date(`${nextDay(q.to)}T00:00:00Z`)) : undefined,
    );
    const [events, [total], people] = await Promise.all([
      db
        .select(eventColumns)
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorId))
        .where(where)
        .orderBy(desc(auditEvents.at), desc(auditEvents.id))
        .limit(AUDIT_PAGE_SIZE)
        .offset((q.page - 1) * AUDIT_PAGE_SIZE),
      db.select({ n: count() }).from(auditEvents).where(where),
      db.select({ id: users.id, name: users.name, email: users.email }).from(users).orderBy(asc(users.name)),
    ]);
    return { events, total: Number(total?.n ?? 0), page: q.page, pageSize: AUDIT_PAGE_SIZE, people };
  },
});

// The audit events of an incident and of every report ever attached to it, oldest first.
export async function incidentAuditEvents(db: Db, incidentId: number) {
  const reportIds = (await db.select({ id: reports.id }).from(reports).where(eq(reports.incidentId, incidentId))).map((r) => String(r.id));
  return db
    .select(eventColumns)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      or(
        and(eq(auditEvents.entityType, "incident"), eq(auditEvents.entityId, String(incidentId))),
        reportIds.length ? and(eq(auditEvents.entityType, "report"), inArray(auditEvents.entityId, reportIds)) : sql`false`,
      ),
    )
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
}

// Per-incident history on the desk incident page.
export const getIncidentAudit = defineVerb({
  name: "getIncidentAudit",
  access: "editor",
  mode: "read",
  input: byId,
  async run({ db }, { id }) {
    return incidentAuditEvents(db, id);
  },
});
