// Every request carries an id (X-Request-Id) that the logs name and the response gives back, so
// a reader's or an operator's report ("it failed at 10:42, id …") finds its log line. A trusted
// reverse proxy's id is kept (nginx's $request_id ties its access log to ours); anyone else's
// is replaced (scripts/server.mjs drops it at the edge; proxy.ts checks again).
export const REQUEST_ID_HEADER = "x-request-id";

// Long enough for a UUID or nginx's 32 hex digits; nothing a log line could be forged with.
const SAFE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFor(incoming: string | null, fromTrustedProxy: boolean, generate: () => string = () => crypto.randomUUID()): string {
  return fromTrustedProxy && incoming && SAFE_ID.test(incoming) ? incoming : generate();
}
