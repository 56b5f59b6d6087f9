import { PUBLIC_API_HEADERS } from "@/lib/http/cache-policy";

// What the public API's answers send: kept by shared caches a few seconds (lib/http/cache-policy.ts).
export const PUBLIC_CACHE = PUBLIC_API_HEADERS;
