/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and extension bundles from its own package folder at run time;
  // bundling it breaks `next dev` ("Extension bundle not found") and copies WASM into static.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  experimental: {
    // forbidden() and app/forbidden.tsx: a page the user's role does not allow answers HTTP 403.
    authInterrupts: true,
    serverActions: {
      // A paste over the app's own limit (ARTICLE_TEXT_MAX = 200,000 characters,
      // lib/text/limits.ts) must reach the schema, which says the limit in the user's language;
      // a body over this size gets Next's bare error instead. 200,000 characters are at most
      // 800 kB of UTF-8 (4 bytes each; Arabic takes 2) plus the other fields and multipart
      // overhead: 2 MB lets a paste up to twice the limit in any script, or five times in
      // Arabic, get the app's message. Keep in step with ARTICLE_TEXT_MAX.
      bodySizeLimit: "2mb",
    },
  },
  // Static hardening headers on every response, including the build assets proxy.ts skips
  // (/_next/static). The per-request ones (CSP nonce, HSTS) are set in proxy.ts; keep these
  // values equal to STATIC_SECURITY_HEADERS in lib/http/security.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
