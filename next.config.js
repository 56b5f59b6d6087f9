/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and extension bundles from its own package folder at run time;
  // bundling it breaks `next dev` ("Extension bundle not found") and copies WASM into static.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
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
