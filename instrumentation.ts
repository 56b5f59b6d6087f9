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
