// First start: seedIfEmpty turns an empty database into a working newsroom, once.
import { and, eq, gt, ne, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles, evidence, incidents, places, reportSources, reports, sources, users } from "@/db/schema";
import { DEMO_ACCOUNTS, accountPassword } from "@/db/seed/accounts";
import { seedIfEmpty } from "@/db/seed";
import { verifyPassword } from "@/lib/auth/password";
import { publicIncidentQuery } from "@/lib/schemas/public";
import { getPublicIncident, listPublicIncidents } from "@/server/public/incidents";
import { backends, countRows, useTestDb } from "./helpers";
import { runVerb } from "@/server/verb";

describe.each(backends)("seed on $name", (backend) => {
  // On PGlite the database is left truly empty (no gazetteer preloaded), as on a first start.
  // On PostgreSQL the gazetteer was loaded by the global setup, which the seed must tolerate.
  const t = useTestDb(backend, { referenceData: false });

  it(
    "seeds 3 demo accounts, 5 articles and 28 verified incidents, and does nothing the second time",
    t.rolledBack(async (db) => {
      const handle = { ...t.handle, db };
      expect(await countRows(db, users)).toBe(0);

      expect(await seedIfEmpty(handle)).toEqual({ seeded: true, incidents: 28 });
      const snapshot = async () => ({
        users: await countRows(db, users),
        articles: await countRows(db, articles),
        incidents: await countRows(db, incidents),
        verified: await countRows(db, incidents, eq(incidents.status, "verified")),
        reports: await countRows(db, reports),
        evidence: await countRows(db, evidence),
        places: await countRows(db, places),
      });
      const seeded = await snapshot();
      expect(seeded).toMatchObject({ users: 3, articles: 5, incidents: 28, verified: 28 });
      expect(seeded.reports).toBeGreaterThanOrEqual(28);
      expect(seeded.evidence).toBeGreaterThanOrEqual(seeded.reports);
      expect(seeded.places).toBeGreaterThan(30);
      // A gold note in parentheses is not a source: every seeded source has a name.
      expect(await countRows(db, sources, sql`btrim(${sources.name}) = ''`)).toBe(0);

      expect(await seedIfEmpty(handle)).toEqual({ seeded: false });
      expect(await snapshot()).toEqual(seeded);
    }),
  );

  it(
    "creates one demo account per role whose password works",
    t.rolledBack(async (db) => {
      await seedIfEmpty({ ...t.handle, db });
      const rows = await db.select().from(users).orderBy(users.id);
      expect(rows.map((u) => [u.email, u.role])).toEqual([
        ["editor@sijill.local", "editor"],
        ["reviewer@sijill.local", "reviewer"],
        ["admin@sijill.local", "admin"],
      ]);
      for (const account of DEMO_ACCOUNTS) {
        const row = rows.find((u) => u.email === account.email)!;
        expect(row.passwordHash.startsWith("scrypt$")).toBe(true);
        expect(await verifyPassword(accountPassword(account), row.passwordHash)).toBe(true);
        expect(await verifyPassword("wrong", row.passwordHash)).toBe(false);
      }
    }),
  );

  it(
    "makes a public log where every incident cites its articles and q folds Arabic",
    t.rolledBack(async (db) => {
      await seedIfEmpty({ ...t.handle, db });
      const all = await runVerb(listPublicIncidents, { db: db, user: null }, publicIncidentQuery.parse({ limit: "500" }));
      expect(all.total).toBe(28);
      expect(all.data).toHaveLength(28);
      for (const incident of all.data) {
        expect(incident.sources.length, `incident ${incident.id}`).toBeGreaterThan(0);
        for (const source of incident.sources) expect(source.quote, `incident ${incident.id}`).toBeTruthy();
        // Graded like any approved incident: a grade, and its outlets as independent sources (three
        // seed articles name no outlet).
        expect(incident.grade, `incident ${incident.id}`).toMatch(/^(single_source|multiple_independent|confirmed_by_party|contested)$/);
        if (incident.sources.some((x) => x.outlet)) expect(incident.independentSources, `incident ${incident.id}`).toBeGreaterThanOrEqual(1);
        // At most one per outlet and one per source cited.
        const bound = incident.sources.reduce((n, x) => n + (x.outlet ? 1 : 0) + (x.cited?.length ?? 0), 0);
        expect(incident.independentSources!, `incident ${incident.id}`).toBeLessThanOrEqual(bound);
      }
      const dates = all.data.map((i) => i.date);
      expect([...dates].sort().reverse()).toEqual(dates);
      // A cited source of a known kind (an official body, a monitor…) counts as independent even
      // where the article names no outlet.
      const citing = await db
        .selectDistinct({ incidentId: reports.incidentId, independent: incidents.independentSources })
        .from(reportSources)
        .innerJoin(sources, eq(sources.id, reportSources.sourceId))
        .innerJoin(reports, eq(reports.id, reportSources.reportId))
        .innerJoin(incidents, eq(incidents.id, reports.incidentId))
        .where(and(ne(sources.kind, "other"), gt(reportSources.position, 0)));
      expect(citing.length).toBeGreaterThan(0);
      for (const c of citing) expect(c.independent, `incident ${c.incidentId}`).toBeGreaterThanOrEqual(1);

      // Summaries that spell it "الشدادي" are found by "الشدادى", and by nothing unfolded.
      const plain = await runVerb(listPublicIncidents, { db: db, user: null }, publicIncidentQuery.parse({ q: "الشدادي" }));
      const variant = await runVerb(listPublicIncidents, { db: db, user: null }, publicIncidentQuery.parse({ q: "الشدادى" }));
      expect(plain.total).toBeGreaterThan(0);
      expect(variant.data.map((i) => i.id)).toEqual(plain.data.map((i) => i.id));
      expect(variant.data.some((i) => i.summaryAr?.includes("الشدادي"))).toBe(true);

      // Who said it: the sources a seed report cites are readers' `cited` list (never its outlet).
      const cited = all.data.flatMap((i) => i.sources.flatMap((s) => s.cited.map((c) => ({ ...c, outlet: s.outlet }))));
      expect(cited.length).toBeGreaterThan(0);
      expect(cited.every((c) => c.name !== c.outlet)).toBe(true);

      const one = all.data[0]!;
      expect(await runVerb(getPublicIncident, { db: db, user: null }, { id: one.id })).toEqual({ ...one, history: [] }); // plus its public history (none)
    }),
  );

  it(
    "anchors every seed quote inside its article body",
    t.rolledBack(async (db) => {
      await seedIfEmpty({ ...t.handle, db });
      const mismatched = await db
        .select({ id: evidence.id })
        .from(evidence)
        .innerJoin(articles, eq(articles.id, evidence.articleId))
        .where(sql`substr(${articles.body}, ${evidence.start} + 1, ${evidence.end} - ${evidence.start}) <> ${evidence.exact}`);
      expect(mismatched).toEqual([]);
    }),
  );
});
