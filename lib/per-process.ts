// State that must exist once per server process. Next compiles a module once per bundle it
// enters — the App Router's server components and route handlers, the Pages Router's page
// (pages/index.tsx), instrumentation.ts, proxy.ts — and each bundle evaluates its own copy, so a
// module-level variable would exist several times in one process: two PGlite instances on one
// folder lose writes, and a cache emptied by a verification in one copy would still serve the
// old answer from another. The module that owns the state asks for it here, by a name that says
// whose it is; every reader reaches the state through that module's own exports (imports a reader
// can follow), never through this registry. Only state lives here, never a function another
// module is meant to call: a link between modules goes through an import.
const slots = Symbol.for("sijill.per-process");

type Registry = Map<string, unknown>;

function registry(): Registry {
  const holder = globalThis as { [slots]?: Registry };
  return (holder[slots] ??= new Map<string, unknown>());
}

/** The process's one value for `name` (e.g. "db/client:main"), created on first use. */
export function perProcess<T>(name: string, create: () => T): T {
  const all = registry();
  if (!all.has(name)) all.set(name, create());
  return all.get(name) as T;
}

/** Forgets a value (a failed open to be retried, a test that starts over). */
export function forgetPerProcess(name: string): void {
  registry().delete(name);
}
