// Several `next start` instances of one build on one PostgreSQL and one Redis, behind HAProxy (Debian's haproxy), all
// on loopback: what `npm run cluster` runs and what the two-instance test (e2e/cluster/) starts for itself.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { root, withServerHeap } from "./harness.mjs";

export { freePort, freshServerDatabase, StaffClient } from "./harness.mjs";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The path of a program on the PATH, or null. */
export function which(program) {
  const found = spawnSync("sh", ["-c", `command -v ${program}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** HAProxy's path, or an error saying how to install it. */
export function requireHaproxy() {
  const haproxy = process.env.HAPROXY_PATH || which("haproxy");
  if (!haproxy) {
    throw new Error("HAProxy is not installed: install it with `sudo apt-get install -y haproxy` (Debian/Ubuntu), or set HAPROXY_PATH.");
  }
  return haproxy;
}

/**
 * The load balancer's configuration. Two backends over the same instances: "ready" takes an instance only while its
 * /api/ready answers 200 (database and Redis reachable); "alive" (/api/health) is used only when no instance is ready,
 * so that an outage of something every instance shares (the database, Redis) doesn't turn the whole portal into
 * HAProxy's 503: the instances keep serving what they have cached, or render from the database.
 */
export function haproxyConfig({ port, instances, host = "127.0.0.1" }) {
  const servers = instances.map((instance, i) => `  server app${i + 1} ${host}:${instance.port} check`).join("\n");
  return `# Written by scripts/lib/cluster.mjs for this run only.
global
  maxconn 4096

defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout http-request 10s
  timeout queue 10s
  # The instances see the client's address (AMITY_TRUSTED_PROXIES=1) for sign-in throttling.
  option forwardfor
  # A request sent to an instance that has just stopped is sent to another.
  retries 2
  option redispatch 1

frontend amity
  bind ${host}:${port}
  use_backend alive if { nbsrv(ready) eq 0 }
  default_backend ready

backend ready
  balance roundrobin
  option httpchk
  http-check send meth GET uri /api/ready ver HTTP/1.1 hdr Host localhost
  http-check expect status 200
  default-server inter 1s fastinter 500ms fall 2 rise 2
${servers}

backend alive
  balance roundrobin
  option httpchk
  http-check send meth GET uri /api/health ver HTTP/1.1 hdr Host localhost
  http-check expect status 200
  default-server inter 1s fastinter 500ms fall 2 rise 1
${servers}
`;
}

/** Waits until `url` answers (any HTTP status counts unless `ok`), or throws after `seconds`. */
export async function waitFor(url, { seconds = 60, ok = false, child } = {}) {
  const deadline = Date.now() + seconds * 1000;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the process stopped (exit ${child.exitCode})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (!ok || response.ok) return response;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer in ${seconds} s (${last})`);
}

/** Whether nothing listens on this loopback port (else a new server there would fail while an old one answers). */
function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A child process whose output is kept (and, with `echo`, printed with a label). */
function launch(command, args, { env, label, echo }) {
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const take = (chunk) => {
    const text = chunk.toString();
    output = (output + text).slice(-20_000);
    if (echo) for (const line of text.split("\n")) if (line.trim()) process.stdout.write(`[${label}] ${line}\n`);
  };
  child.stdout.on("data", take);
  child.stderr.on("data", take);
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal)));
  return { child, exited, output: () => output };
}

async function stopChild(handle, timeoutMs = 10_000) {
  if (!handle || handle.child.exitCode !== null || handle.child.signalCode !== null) return;
  handle.child.kill("SIGTERM");
  const stopped = await Promise.race([handle.exited.then(() => true), sleep(timeoutMs).then(() => false)]);
  if (!stopped) {
    handle.child.kill("SIGKILL");
    await handle.exited;
  }
}

/**
 * One `next start` instance, which can be stopped and started again on its port. On `localhost` (127.0.0.1 here), not
 * an address: with -H set to an address, Next.js 16.4 fetches the proxy's rewrites over HTTP from itself (README,
 * "Rendering").
 */
export function nextInstance({ name, port, env, echo = false, host = "localhost" }) {
  let handle = null;
  const base = `http://${host}:${port}`;
  return {
    name,
    port,
    base,
    async start() {
      if (!(await portFree(port))) throw new Error(`${name} can't start: port ${port} is in use (another server is listening there).`);
      handle = launch(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", host], {
        env: withServerHeap(env),
        label: name,
        echo,
      });
      try {
        await waitFor(`${base}/api/health`, { seconds: 90, ok: true, child: handle.child });
      } catch (error) {
        throw new Error(`${name} did not start: ${error.message}\n${handle.output()}`);
      }
    },
    stop: () => stopChild(handle),
    output: () => handle?.output() ?? "",
    pid: () => handle?.child.pid,
  };
}

/** HAProxy in the foreground with a configuration written to a temporary directory. */
export async function startHaproxy({ port, instances, echo = false, host = "127.0.0.1" }) {
  const haproxy = requireHaproxy();
  if (!(await portFree(port))) throw new Error(`HAProxy can't start: port ${port} is in use (another server is listening there).`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-haproxy-"));
  const config = path.join(dir, "haproxy.cfg");
  fs.writeFileSync(config, haproxyConfig({ port, instances, host }));
  const checked = spawnSync(haproxy, ["-c", "-q", "-f", config], { encoding: "utf8" });
  if (checked.status !== 0) throw new Error(`HAProxy refused ${config}:\n${checked.stderr || checked.stdout}`);
  const handle = launch(haproxy, ["-db", "-f", config], { env: process.env, label: "haproxy", echo });
  const base = `http://${host}:${port}`;
  try {
    // Up once it answers with an instance behind it (the checks need a second or two to see them ready).
    await waitFor(`${base}/api/health`, { seconds: 30, ok: true, child: handle.child });
  } catch (error) {
    await stopChild(handle);
    throw new Error(`HAProxy did not start: ${error.message}\n${handle.output()}`);
  }
  return {
    base,
    config,
    stop: async () => {
      await stopChild(handle);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A private redis-server on `port`, whose data survives a stop (SHUTDOWN SAVE) and start, for the outage test. */
export function privateRedis({ port }) {
  const server = which("redis-server");
  if (!server) throw new Error("redis-server is not installed: install it with `sudo apt-get install -y redis-server`.");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-redis-"));
  let handle = null;
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    port,
    async start() {
      handle = launch(server, ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no"], { env: process.env, label: "redis", echo: false });
      for (let i = 0; i < 100; i++) {
        if (spawnSync("redis-cli", ["-p", String(port), "ping"], { encoding: "utf8" }).stdout.trim() === "PONG") return;
        if (handle.child.exitCode !== null) break;
        await sleep(100);
      }
      throw new Error(`redis-server did not start on port ${port}:\n${handle.output()}`);
    },
    /** Stops it, writing its data to disk first so that start() brings the same entries back. */
    async stop() {
      spawnSync("redis-cli", ["-p", String(port), "shutdown", "save"], { encoding: "utf8" });
      await Promise.race([handle.exited, sleep(5000)]);
      await stopChild(handle);
    },
    async remove() {
      await stopChild(handle);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
