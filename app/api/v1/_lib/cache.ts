// Short: a retraction must leave shared caches quickly. With the server's own cache
// (server/public/cache.ts, 10 s) a reader sees a change at most 30 s late (README).
export const PUBLIC_CACHE = { "Cache-Control": "public, max-age=20" };
