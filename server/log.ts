// Structured logs: one JSON object a line (time, level, msg, then fields), errors on stderr, the
// rest on stdout, which journald, Docker or any log shipper reads as is. A dozen lines rather
// than pino: the app logs a handful of events (unexpected errors, a feed that failed), needs no
// transports, redaction or level configuration, and pino's worker-thread transports are one
// more thing Next's bundler must be told to leave alone. Swap it for pino if that changes: the
// line format is the same.
export type LogLevel = "info" | "warn" | "error";
type Sink = (line: string, level: LogLevel) => void;

const stdio: Sink = (line, level) => {
  if (typeof process !== "undefined" && process.stdout) (level === "info" ? process.stdout : process.stderr).write(`${line}\n`);
  else console.log(line);
};
let sink: Sink = stdio;

// Tests capture the lines; returns the sink it replaced.
export function setLogSink(next: Sink | null): Sink {
  const previous = sink;
  sink = next ?? stdio;
  return previous;
}

// An error as fields a log reader can search: its kind, message, stack, and Next's digest (the
// code the error page shows the user instead of the message).
export function errorFields(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { message: String(e) };
  const digest = (e as { digest?: unknown }).digest;
  return { name: e.name, message: e.message, stack: e.stack, ...(typeof digest === "string" ? { digest } : {}) };
}

export function log(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
  const head = { time: new Date().toISOString(), level, msg };
  let line: string;
  try {
    line = JSON.stringify({ ...head, ...fields });
  } catch {
    // A field that cannot be written (a cycle, a BigInt) never hides the event itself.
    line = JSON.stringify({ ...head, unserializable: Object.keys(fields) });
  }
  sink(line, level);
}

// An error no caller expected (a bug, a lost database): logged once with the request's id, even
// when it passes through two places that log (the verb adapters, then Next's onRequestError).
const LOGGED = Symbol.for("sijill.logged");
export function logUnexpected(e: unknown, fields: Record<string, unknown>): void {
  if (e && typeof e === "object") {
    if ((e as { [LOGGED]?: boolean })[LOGGED]) return;
    try {
      Object.defineProperty(e, LOGGED, { value: true });
    } catch {
      // A frozen error is logged each time it passes.
    }
  }
  log("error", "unexpected error", { ...fields, error: errorFields(e) });
}
