// npm run cluster: two (or --instances N) `next start` instances of one build, on one PostgreSQL (DATABASE_URL) and one
// Redis (REDIS_URL, default redis://127.0.0.1:6379), behind HAProxy on loopback port 3000 (--port), with health checks
// against /api/ready. Builds first if the build is older than the sources. Ctrl-C stops everything.
//
//   DATABASE_URL=postgres://… npm run cluster [-- --port 3000 --instances 2 --first-port 3001 --quiet]
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { ensureBuild } from "./lib/harness.mjs";
import { nextInstance, requireHaproxy, startHaproxy } from "./lib/cluster.mjs";

const { values: options } = parseArgs({
  options: {
    port: { type: "string", default: process.env.CLUSTER_PORT ?? "3000" },
    instances: { type: "string", default: "2" },
    "first-port": { type: "string", default: "3001" },
    quiet: { type: "boolean", default: false },
  },
});

function fail(message) {
  console.error(`npm run cluster: ${message}`);
  process.exit(1);
}

const port = Number(options.port);
const count = Number(options.instances);
const firstPort = Number(options["first-port"]);
if (!Number.isInteger(port) || !Number.isInteger(count) || count < 1 || count > 8 || !Number.isInteger(firstPort)) {
  fail("--port and --first-port must be port numbers and --instances between 1 and 8.");
}
if (!process.env.DATABASE_URL) {
  fail(
    "DATABASE_URL is required: every instance must use the same PostgreSQL database (the embedded one can't be shared).\n" +
      "  For example: DATABASE_URL=postgres://postgres@127.0.0.1:5432/amity npm run db:migrate && npm run db:seed && DATABASE_URL=… npm run cluster",
  );
}
try {
  requireHaproxy();
} catch (error) {
  fail(error.message);
}

const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const { createClient } = await import("redis");
const probe = createClient({ url: redisUrl, socket: { connectTimeout: 2000, reconnectStrategy: false } });
probe.on("error", () => {});
try {
  await probe.connect();
  await probe.ping();
  await probe.quit();
} catch (error) {
  fail(
    `Redis does not answer at ${redisUrl} (${error.message}). Start one (sudo apt-get install -y redis-server; ` +
      `redis-server --daemonize yes --port 6379 --save "" --appendonly no) or set REDIS_URL.`,
  );
}

await ensureBuild();

const env = {
  ...process.env,
  NODE_ENV: "production",
  REDIS_URL: redisUrl,
  // One secret for every instance: a session signed by one is valid on all.
  AUTH_SECRET: process.env.AUTH_SECRET || crypto.randomBytes(32).toString("base64url"),
  AMITY_SITE_URL: process.env.AMITY_SITE_URL || `http://localhost:${port}`,
  // HAProxy adds the client's address to X-Forwarded-For (sign-in throttling counts per address).
  AMITY_TRUSTED_PROXIES: process.env.AMITY_TRUSTED_PROXIES || "1",
};
if (!process.env.AUTH_SECRET) console.log("AUTH_SECRET is not set: generated one for this run, shared by every instance.");

const instances = Array.from({ length: count }, (_, i) =>
  nextInstance({ name: `app${i + 1}`, port: firstPort + i, env, echo: !options.quiet }),
);
let balancer = null;
let stopping = false;

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping HAProxy and the instances…");
  await balancer?.stop();
  await Promise.all(instances.map((instance) => instance.stop()));
  process.exit(code);
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

try {
  await Promise.all(instances.map((instance) => instance.start()));
  balancer = await startHaproxy({ port, instances, echo: !options.quiet });
} catch (error) {
  console.error(error.message);
  await stopAll(1);
}

console.log(`
Amity: ${count} instances (${instances.map((i) => i.base).join(", ")}) behind HAProxy at http://localhost:${port}
  database: PostgreSQL at DATABASE_URL; shared cache: Redis at ${new URL(redisUrl).host}
  health checks: /api/ready (HAProxy's configuration: ${balancer.config})
Press Ctrl-C to stop.`);
