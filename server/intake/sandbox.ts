import "server-only";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { ArticleResult, ExtractJob, FeedResult, JobResult } from "@/lib/intake/job";

// Untrusted pages and feeds are read in worker threads (./extract-worker.ts), never on the
// server's event loop: a few kilobytes of nested markup kept Readability busy for minutes and
// stalled every request. Each job runs under a hard timer — on expiry the worker is terminated
// (V8 stops it mid-loop) and the job answers too_complex — and a heap limit (running out ends the
// worker the same way). Warm workers are kept in a small pool: starting one costs ~0.5 s and
// ~0.2 s of CPU (loading linkedom and Readability), a job on a warm one ~15 ms (measured here,
// scripts/bench-intake.mjs). Workers idle for a while are ended; a terminated one is replaced
// when the next job comes.

export type SandboxOptions = {
  /** Jobs run at once (each in its own worker); more wait in order. */
  workers: number;
  /** A job's run time, from when its worker takes it. */
  timeoutMs: number;
  /** A worker's heap (V8 old generation). */
  memoryMb: number;
  /** An idle worker is ended after this. */
  idleMs: number;
  /** A worker that is not ready by then is ended. */
  startMs: number;
  /** A worker is replaced after this many jobs (whatever a page leaves behind goes with it). */
  jobsPerWorker: number;
};

export type SandboxResult<J extends ExtractJob> = (J extends { kind: "feed" } ? FeedResult : ArticleResult) | { ok: false; problem: "unavailable" };

type Pending = { job: ExtractJob; resolve: (r: JobResult | { ok: false; problem: "unavailable" }) => void };
type Slot = { worker: Worker; ready: boolean; current: (Pending & { id: number; timer: NodeJS.Timeout }) | null; done: number; idle: NodeJS.Timeout | null };

function numberFrom(value: string | undefined, fallback: number, min: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n >= min ? n : fallback;
}

// SIJILL_EXTRACT_WORKERS, SIJILL_EXTRACT_TIMEOUT_MS, SIJILL_EXTRACT_MEMORY_MB (docs/operations.md, "Configuration").
export function sandboxOptionsFromEnv(env: Record<string, string | undefined> = process.env): SandboxOptions {
  return {
    workers: Math.floor(numberFrom(env.SIJILL_EXTRACT_WORKERS, 4, 1)),
    // A large real page takes well under a second; a hostile one is answered within ~5 s of its
    // request (fetch, a cold worker's start, then this).
    timeoutMs: numberFrom(env.SIJILL_EXTRACT_TIMEOUT_MS, 3_000, 100),
    memoryMb: numberFrom(env.SIJILL_EXTRACT_MEMORY_MB, 256, 32),
    idleMs: 60_000,
    startMs: 30_000,
    jobsPerWorker: 200,
  };
}

function spawnWorker(memoryMb: number): Worker {
  const resourceLimits: ResourceLimits = { maxOldGenerationSizeMb: memoryMb, stackSizeMb: 4 };
  // Inside Next (next build and next dev define NEXT_RUNTIME): Turbopack bundles the worker entry
  // on its own and rewrites this expression to start that bundle. import.meta.url cannot tell:
  // Turbopack sets it to the source file's path.
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./extract-worker.ts", import.meta.url), { resourceLimits });
  // Outside Next (vitest, tsx scripts): the worker's TypeScript source, through tsx.
  const source = import.meta.url.replace(/sandbox\.ts$/, "extract-worker.ts");
  const code = `import("tsx/esm/api").then((api) => api.tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`;
  const FromSource = Worker;
  return new FromSource(code, { eval: true, resourceLimits });
}

export class Sandbox {
  private slots = new Set<Slot>();
  private queue: Pending[] = [];
  private nextId = 1;

  constructor(
    readonly options: SandboxOptions,
    private spawn: (memoryMb: number) => Worker = spawnWorker,
  ) {}

  run<J extends ExtractJob>(job: J): Promise<SandboxResult<J>> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve: resolve as Pending["resolve"] });
      this.pump();
    });
  }

  /** Workers alive now (for tests and the benchmark). */
  get size(): number {
    return this.slots.size;
  }

  async close(): Promise<void> {
    const slots = [...this.slots];
    for (const s of slots) this.end(s, "unavailable");
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (slot.ready && !slot.current) this.assign(slot, this.queue.shift()!);
    }
    let starting = [...this.slots].filter((s) => !s.ready).length;
    while (this.queue.length > starting && this.slots.size < this.options.workers) {
      this.start();
      starting += 1;
    }
  }

  private start(): void {
    let worker: Worker;
    try {
      worker = this.spawn(this.options.memoryMb);
    } catch (e) {
      console.error("[intake] could not start an extraction worker:", e);
      this.queue.shift()?.resolve({ ok: false, problem: "unavailable" });
      return;
    }
    const slot: Slot = { worker, ready: false, current: null, done: 0, idle: null };
    this.slots.add(slot);
    worker.unref();
    const startTimer = setTimeout(() => this.end(slot, "unavailable"), this.options.startMs).unref();
    worker.on("message", (msg: { ready?: true; id?: number; result?: JobResult }) => {
      if (msg.ready) {
        clearTimeout(startTimer);
        slot.ready = true;
        this.idle(slot);
        return this.pump();
      }
      const current = slot.current;
      if (!current || msg.id !== current.id) return;
      clearTimeout(current.timer);
      slot.current = null;
      current.resolve(msg.result!);
      slot.done += 1;
      if (slot.done >= this.options.jobsPerWorker) this.end(slot, "unavailable");
      else this.idle(slot);
      this.pump();
    });
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash: the page was too much for it.
    worker.on("error", (e) => {
      clearTimeout(startTimer);
      if ((e as NodeJS.ErrnoException).code !== "ERR_WORKER_OUT_OF_MEMORY") console.error("[intake] extraction worker failed:", e);
      this.end(slot, slot.ready ? "too_complex" : "unavailable");
    });
    worker.on("exit", () => {
      clearTimeout(startTimer);
      this.end(slot, slot.ready ? "too_complex" : "unavailable");
    });
  }

  private assign(slot: Slot, pending: Pending): void {
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    const id = this.nextId++;
    const timer = setTimeout(() => this.end(slot, "too_complex"), this.options.timeoutMs).unref();
    slot.current = { ...pending, id, timer };
    slot.worker.postMessage({ id, job: pending.job });
  }

  private idle(slot: Slot): void {
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = setTimeout(() => this.end(slot, "unavailable"), this.options.idleMs).unref();
  }

  // Ends a worker; the job it holds (if any) answers `problem`. A worker that died before it was
  // ever ready takes the oldest waiting job with it, so a worker that cannot start cannot leave
  // jobs waiting for ever.
  private end(slot: Slot, problem: "too_complex" | "unavailable"): void {
    if (!this.slots.delete(slot)) return;
    if (slot.idle) clearTimeout(slot.idle);
    const current = slot.current;
    slot.current = null;
    if (current) {
      clearTimeout(current.timer);
      current.resolve({ ok: false, problem });
    } else if (!slot.ready) {
      this.queue.shift()?.resolve({ ok: false, problem: "unavailable" });
    }
    void slot.worker.terminate();
    this.pump();
  }
}

let shared: Sandbox | null = null;

/** Extracts an article or reads a feed in the server's shared sandbox. */
export function inSandbox<J extends ExtractJob>(job: J): Promise<SandboxResult<J>> {
  shared ??= new Sandbox(sandboxOptionsFromEnv());
  return shared.run(job);
}
