import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const production = process.env.NODE_ENV === "production";

/**
 * The same security headers on every response (fixed when the app is built). Scripts need 'unsafe-inline': Next.js
 * writes the page's data into inline scripts, and the alternative, a nonce per request, would make every page render
 * per request (see the README, "Security"). Everything else is as strict as the portal allows.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
].join("; ");

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()",
  },
];

const nextConfig: NextConfig = {
  // Cache Components stays off for now: in Next.js 16.4 a request-time notFound()/forbidden() under it answers 200
  // (the shell is already sent) and a form posted without JavaScript loses its action state (vercel/next.js#97784).
  // Amity needs real 404/403 statuses and forms that work without JavaScript; see the README, "Rendering".
  // Native and WebAssembly packages load from node_modules at run time instead of being bundled.
  // rate-limiter-flexible too: it requires each of its stores' optional clients by a name computed at run time.
  // exceljs (the import's XLSX reader) is CommonJS with optional requires of its own, loaded as Node loads it.
  // pg-boss (the job queue) and its node-postgres pool too.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "redis", "@redis/client", "rate-limiter-flexible", "exceljs", "pg-boss", "pg"],
  experimental: {
    // The largest file a server action takes is an attachment of up to 25 MiB (lib/attachments/enums.ts,
    // maxAttachmentBytes; the import's is 10 MB, lib/import/read.ts); its form's own fields and the multipart framing
    // take a few KB more. "26mb" is 26 MiB (the `bytes` package counts in 1024s): room for that, and a body far larger
    // is refused by Next.js before any action runs. Each form checks the size in the browser first and each action
    // again, so staff see the form's own message; a file just over 25 MiB reaches the action and is refused there.
    serverActions: { bodySizeLimit: "26mb" },
    // proxy.ts runs on every request, so Next.js buffers each body for it, by default only its first 10 MB: an upload
    // larger than that would reach the action cut short. The same limit as the actions' keeps a 25 MiB upload whole.
    proxyClientMaxBodySize: "26mb",
    // forbidden() for staff pages a role may not use (a 403 page instead of a broken one).
    authInterrupts: true,
    // The cached public reads (lib/data/cached-read.ts) live in memory only. On disk they would outlive the database they
    // came from: after `npm run db:reset`, or a test run's fresh database, a restarted server would serve old records.
    isrFlushToDisk: false,
    // One 404 page for addresses that match no route at all (the public site and the staff area have a root layout
    // each, so there is no single layout to compose it from).
    globalNotFound: true,
  },
  // The server cache (lib/cache/cache-handler.cjs, chosen at start-up): with REDIS_URL, shared by every instance in
  // Redis; without it, in memory with a budget per kind of entry (lib/cache/page-cache-handler.cjs), so that made-up
  // searches, page numbers and slugs can't evict the pages that matter. Next.js's own store is off so there is only one.
  cacheHandler: path.join(import.meta.dirname, "lib", "cache", "cache-handler.cjs"),
  cacheMaxMemorySize: 0,
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
