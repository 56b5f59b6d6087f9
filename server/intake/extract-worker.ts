// The worker thread that reads untrusted pages and feeds (started by ./sandbox.ts): whatever a
// page makes Readability or the XML parser do happens here, under this thread's memory limit
// and the sandbox's timer, never on the server's event loop. No "server-only" import: this file
// is a worker entry, bundled on its own.
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";

// On Linux a nice value belongs to a thread: this lowers only this worker's, so when extractions
// and requests want the same cores the server's main thread gets them first. Set before the
// parsers are loaded, which is itself work.
try {
  setPriority(19);
} catch {
  // Not permitted or not supported: the timer and the limits still hold.
}

const port = parentPort!;
const { runJob } = await import("../../lib/intake/job");
port.on("message", ({ id, job }: { id: number; job: import("../../lib/intake/job").ExtractJob }) => {
  port.postMessage({ id, result: runJob(job) });
});
port.postMessage({ ready: true });
