import type { Instrumentation } from "next";
import { REQUEST_ID_HEADER } from "./lib/http/request-id";
import { logUnexpected } from "./server/log";

// Runs once when the server process starts: migrate, then seed an empty database. Inside the
// server process because PGlite has no lock on its folder: a second process would lose writes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootstrapDatabase } = await import("./db/bootstrap");
  await bootstrapDatabase();
  // Feeds of outlets, polled in the background (server/intake/poller.ts; SIJILL_FEEDS=off stops it).
  const { startFeedPoller } = await import("./server/intake/poller");
  startFeedPoller();
  // Other instances' verifications, corrections and retractions empty this one's public caches.
  const { listenForPublicChanges } = await import("./server/public/changes");
  await listenForPublicChanges();
}

// Every error Next catches while answering (a page, a server action, a route handler, the proxy)
// is logged as one JSON line with the request's id (proxy.ts gives each request one and sends it
// back as X-Request-Id). What the user sees does not change: the error page and its digest.
// Path without the query: a search or a token in an address stays out of the logs.
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const id = request.headers[REQUEST_ID_HEADER];
  logUnexpected(error, {
    requestId: Array.isArray(id) ? id[0] : id,
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
    router: context.routerKind,
  });
};
