// Short: a retraction must leave shared caches quickly.
export const PUBLIC_CACHE = { "Cache-Control": "public, max-age=30" };
