import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  // Cache Components stays off for now: in Next.js 16.4 a request-time notFound()/forbidden() under it answers 200
  // (the shell is already sent) and a form posted without JavaScript loses its action state (vercel/next.js#97784).
  // Amity needs real 404/403 statuses and forms that work without JavaScript; see the README, "Rendering".
  // Native and WebAssembly packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  experimental: {
    // forbidden() for staff pages a role may not use (a 403 page instead of a broken one).
    authInterrupts: true,
    // The cached public reads (lib/data/public.ts) live in memory only. On disk they would outlive the database they
    // came from: after `npm run db:reset`, or a test run's fresh database, a restarted server would serve old records.
    isrFlushToDisk: false,
  },
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
