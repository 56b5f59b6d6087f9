// Property-based fuzzing of every verb of the registry (fast-check). For each verb, inputs made
// of its own field names (read from its zod schema) with hostile values — NUL, lone surrogates,
// huge and negative numbers, arrays, objects, null, megabyte-ish strings, ids of real rows —
// are sent by an anonymous caller, an editor, a reviewer and an admin. Every call must either
// succeed or fail with an AppError (a 4xx with a message key); any other error is what the app
// would show as a 500. A refused call must leave the database exactly as it was.
//
// Generic on purpose: a verb added to server/registry.ts later is fuzzed without a line here.
// FUZZ_RUNS (default 40) sets the cases per verb; a failure prints fast-check's seed and path.
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { SMALL_HOSTILE } from "@/lib/testing/hostile";
import { resolveUser } from "@/server/auth/principal";
import { AppError } from "@/server/errors";
import { verbs } from "@/server/registry";
import { runVerb, type AnyVerb, type SessionUser } from "@/server/verb";
import { backends, ctxOf, draftReport, makeUser, useTestDb, verifiedIncident } from "./helpers";

const RUNS = Number(process.env.FUZZ_RUNS || 40);

type ZodLike = { _zod?: { def?: Record<string, unknown> }; def?: Record<string, unknown>; shape?: Record<string, ZodLike> };

function defOf(schema: ZodLike | undefined): Record<string, unknown> | undefined {
  return schema?._zod?.def ?? schema?.def;
}

// The field names of an object schema (through refinements, pipes and defaults).
function fieldsOf(schema: ZodLike, depth = 0): Record<string, ZodLike> {
  if (depth > 6) return {};
  if (schema.shape && typeof schema.shape === "object") return schema.shape;
  const def = defOf(schema);
  const inner = (def?.in ?? def?.innerType ?? def?.schema) as ZodLike | undefined;
  return inner ? fieldsOf(inner, depth + 1) : {};
}

// Values a field's schema names outright (enum members, literals): hints that let the fuzzer
// get past the parser into the verb's body.
function hintsOf(schema: ZodLike | undefined, depth = 0): unknown[] {
  const def = defOf(schema);
  if (!def || depth > 8) return [];
  switch (def.type) {
    case "enum":
      return Object.values(def.entries as Record<string, unknown>);
    case "literal":
      return [...(def.values as unknown[])];
    case "union":
      return (def.options as ZodLike[]).flatMap((o) => hintsOf(o, depth + 1));
    case "pipe":
      return [...hintsOf(def.in as ZodLike, depth + 1), ...hintsOf(def.out as ZodLike, depth + 1)];
    default:
      return def.innerType ? hintsOf(def.innerType, depth + 1) : [];
  }
}

// One UTF-16 code unit at a time: lone surrogates, NUL and every control character included.
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });

function valueArb(hints: unknown[], ids: number[]): fc.Arbitrary<unknown> {
  const scalar = fc.oneof(
    fc.constantFrom(...ids, ...ids.map(String)),
    fc.integer({ min: -5, max: 50 }),
    fc.constantFrom(0, -1, 2 ** 31 - 1, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, 1.5, Number.NaN, Number.POSITIVE_INFINITY),
    fc.constantFrom("2147483648", "99999999999999999999", "1e9", "0x10", " 7 ", "-3", "1.5", "NaN", "Infinity"),
    fc.constantFrom("2023-11-13", "2023-02-30", "9999-12-31", "0000-01-01", "1900-01-01", "2023-13-01", "2100-01-01"),
    fc.constantFrom(...SMALL_HOSTILE.map((h) => h.text)),
    anyUnits,
    fc.string({ maxLength: 30 }),
    fc.constantFrom("ق".repeat(6000), "x".repeat(200_001), "https://example.org/a", "javascript:alert(1)", "new", ""),
    fc.constantFrom(null, undefined, true, false),
    ...(hints.length ? [fc.constantFrom(...hints)] : []),
  );
  return fc.oneof(
    { weight: 6, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 5 }), scalar, { maxKeys: 3 }) },
  );
}

function inputArb(verb: AnyVerb, ids: number[]): fc.Arbitrary<unknown> {
  const fields = fieldsOf(verb.input as unknown as ZodLike);
  const record = Object.fromEntries(Object.entries(fields).map(([k, s]) => [k, valueArb(hintsOf(s), ids)]));
  const extras = fc.dictionary(fc.oneof(fc.constantFrom("__proto__", "constructor", "id", "role", "createdBy", "status"), anyUnits), valueArb([], ids), {
    maxKeys: 2,
  });
  return fc.oneof(
    { weight: 8, arbitrary: fc.record(record, { requiredKeys: [] }) },
    { weight: 2, arbitrary: fc.tuple(fc.record(record, { requiredKeys: [] }), extras).map(([a, b]) => ({ ...b, ...a })) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, "", 0, [], "[object Object]") },
  );
}

// Row counts and a digest of the rows a verb could change in place (as in authorization.test.ts,
// widened to every table of the schema so a new table is covered without a line here). One
// statement for all tables: the fuzzer takes a snapshot after most of its ~7,000 calls, and a
// round trip per table made this file a fifth of the integration layer's time.
const snapshotQueries = new WeakMap<Db, string>();

async function snapshot(db: Db): Promise<Record<string, unknown>> {
  let query = snapshotQueries.get(db);
  if (!query) {
    const tables = await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`);
    const names = ((tables as { rows?: { tablename: string }[] }).rows ?? (tables as { tablename: string }[])).map((r) => r.tablename);
    query = names
      .map((name) => `select '${name}' as name, count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`)
      .join(" union all ");
    snapshotQueries.set(db, query);
  }
  const result = await db.execute(sql.raw(query));
  const rows = (result as { rows?: { name: string; n: number; digest: string }[] }).rows ?? (result as { name: string; n: number; digest: string }[]);
  return Object.fromEntries(rows.map(({ name, n, digest }) => [name, { n, digest }]));
}

describe("the fuzzer reads every verb's fields from its schema", () => {
  it("finds field names for the verbs that take input", () => {
    expect(Object.keys(fieldsOf(verbs.reviewIncident.input as unknown as ZodLike)).sort()).toEqual(["comment", "decision", "incidentId"]);
    expect(hintsOf(fieldsOf(verbs.reviewIncident.input as unknown as ZodLike).decision)).toContain("approve");
    expect(hintsOf(fieldsOf(verbs.submitReport.input as unknown as ZodLike).incident)).toContain("new");
  });
});

type Caller = "anonymous" | "editor" | "reviewer" | "admin";
const CALLERS: Caller[] = ["anonymous", "editor", "reviewer", "admin"];

describe.each(backends)("fuzzing every verb on $name", (backend) => {
  const t = useTestDb(backend);

  for (const [name, verb] of Object.entries(verbs) as [string, AnyVerb][]) {
    it(
      `${name}: ${RUNS} hostile inputs × callers → a result or an AppError, nothing written when refused`,
      { timeout: 120_000 },
      t.rolledBack(async (db) => {
        const author = await makeUser(db, "editor");
        const otherReviewer = await makeUser(db, "reviewer");
        const draft = await draftReport(db, author);
        const inReview = await draftReport(db, author);
        const { incidentId } = await runVerb(verbs.submitReport, ctxOf(db, author), {
          reportId: inReview.reportId,
          incident: "new",
          newIncidentReason: "a separate incident (test)",
        });
        const verified = await verifiedIncident(db, { editor: author, reviewer: otherReviewer });
        const users: Record<Caller, SessionUser | null> = {
          anonymous: null,
          editor: await resolveUser(db, author.id),
          reviewer: await resolveUser(db, (await makeUser(db, "reviewer")).id),
          admin: await resolveUser(db, (await makeUser(db, "admin")).id),
        };
        const ids = [draft.articleId, draft.reportId, inReview.reportId, incidentId, verified.incidentId, verified.reportId, author.id, 1];
        const outcomes: Record<string, number> = {};

        // The state before the next call: taken once, then again only after a call that may
        // have changed it (an accepted write).
        let before = await snapshot(db);
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...CALLERS), inputArb(verb, ids), async (caller, input) => {
            let error: unknown = null;
            try {
              await runVerb(verb, ctxOf(db, users[caller]), input);
            } catch (e) {
              error = e;
            }
            if (error === null) {
              outcomes.ok = (outcomes.ok ?? 0) + 1;
              if (verb.mode === "write") before = await snapshot(db);
              else expect(await snapshot(db), `${name} is a read verb but wrote`).toEqual(before);
              return;
            }
            // Anything but an AppError is a 500 for the caller: report it with the input.
            if (!(error instanceof AppError)) {
              throw new Error(`${name} as ${caller} threw ${error instanceof Error ? error.stack : JSON.stringify(error)} for ${fc.stringify(input)}`);
            }
            outcomes[error.code] = (outcomes[error.code] ?? 0) + 1;
            expect(await snapshot(db), `${name} as ${caller} refused (${error.code}) but wrote`).toEqual(before);
          }),
          // A database error aborts the enclosing test transaction, so shrinking could not
          // replay later cases: stop at the first counterexample and print it as found.
          { numRuns: RUNS, endOnFailure: true },
        );
        // The fuzzer did reach verbs' bodies and refusals, not only one path.
        expect(Object.values(outcomes).reduce((a, b) => a + b, 0)).toBe(RUNS);
      }),
    );
  }
});
