// How many processes `scripts/server.mjs` serves with (issue 20): SIJILL_WORKERS.
// One Node process renders one page at a time; under many readers it is the limit long before
// PostgreSQL is (docs/benchmarks.md). With PostgreSQL the server can run several processes on one
// port (node:cluster): each is one instance as docs/operations.md describes them (sessions, the
// login throttle, feeds and the public cache's invalidation already live in PostgreSQL), so they
// need nothing from each other. PGlite lives inside its one process: it serves with one.
// Plain Node ESM with JSDoc types (workers.d.mts) because scripts/server.mjs has no TS loader.

/**
 * The number of server processes, or an error message an operator can act on.
 * - unset or "" → 1 (the embedded default, and what the tests start);
 * - "auto" → the machine's available parallelism (at least 1);
 * - a whole number from 1 to 64.
 * More than one needs DATABASE_URL (PostgreSQL).
 * @param {Record<string, string | undefined>} env
 * @param {number} cores
 * @returns {{ workers: number } | { error: string }}
 */
export function workerCount(env, cores) {
  const raw = (env.SIJILL_WORKERS ?? "").trim().toLowerCase();
  let workers = 1;
  if (raw === "auto") workers = Math.max(1, Math.floor(cores));
  else if (raw !== "") {
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 64) {
      return { error: `SIJILL_WORKERS must be "auto" or a whole number from 1 to 64, not "${env.SIJILL_WORKERS}"` };
    }
    workers = Number(raw);
  }
  if (workers > 1 && !env.DATABASE_URL) {
    if (raw === "auto") return { workers: 1 };
    return { error: `SIJILL_WORKERS=${workers} needs PostgreSQL (DATABASE_URL): the embedded database serves one process` };
  }
  return { workers };
}
