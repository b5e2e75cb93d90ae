// What the soak and the benchmark share: a fresh database, the production server on a free loopback port, and staff
// at work over plain HTTP (signing in, and posting forms exactly as a browser without JavaScript would).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");
export const bin = (name) => path.join(root, "node_modules", ".bin", name);

/**
 * The JavaScript heap limit of every `next start` (package.json, config.heapMb, which `npm start` passes the same
 * way): without one, V8 on a large machine lets the heap grow to gigabytes before it collects in earnest. A
 * NODE_OPTIONS of the caller's own comes after it, so its own limit wins.
 */
export const heapMb = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).config.heapMb;
export function withServerHeap(env) {
  return { ...env, NODE_OPTIONS: `--max-old-space-size=${heapMb} ${env.NODE_OPTIONS ?? ""}`.trim() };
}

export function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Builds the production app unless a build newer than every source file exists. */
export async function ensureBuild({ force = false } = {}) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!force && fs.existsSync(buildId)) {
    const built = fs.statSync(buildId).mtimeMs;
    const newer = (dir) =>
      fs.readdirSync(path.join(root, dir), { withFileTypes: true }).some((e) => {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) return newer(p);
        return fs.statSync(path.join(root, p)).mtimeMs > built;
      });
    if (!["app", "components", "lib", "db", "messages", "i18n"].some(newer) && fs.statSync(path.join(root, "next.config.ts")).mtimeMs < built) {
      console.log("Using the existing production build (.next is newer than the sources).");
      return;
    }
  }
  const code = await run(bin("next"), ["build"]);
  if (code !== 0) throw new Error("next build failed");
}

/** A fresh database on the server at DATABASE_URL, with the demo content and accounts; `drop()` removes it. */
export async function freshServerDatabase(kind) {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error("DATABASE_URL must name a PostgreSQL server (a database will be created on it and dropped after).");
  const name = `amity_${kind}_${Date.now()}_${crypto.randomBytes(3).toString("hex")}`;
  const code = await run(bin("tsx"), ["--conditions=react-server", "scripts/fresh-database.ts", "create", name]);
  if (code !== 0) throw new Error("could not prepare the database");
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => run(bin("tsx"), ["--conditions=react-server", "scripts/fresh-database.ts", "drop", name]) };
}

/**
 * Starts `next start` on a free loopback port and waits until it says its database is ready. With `inspect`, the
 * server also listens for the inspector on another loopback port (`server.inspector`, for heapAfterGc).
 */
export async function startServer(env, { inspect = false } = {}) {
  const port = await freePort();
  const inspector = inspect ? await freePort() : null;
  const node = inspector ? [`--inspect=127.0.0.1:${inspector}`] : [];
  const child = spawn(process.execPath, [...node, path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "localhost"], {
    cwd: root,
    env: withServerHeap({ ...process.env, AUTH_SECRET: crypto.randomBytes(32).toString("base64url"), ...env }),
  });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  for (let i = 0; i < 240; i++) {
    if (/database ready/.test(output)) break;
    if (child.exitCode !== null) throw new Error(`the server stopped:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!/database ready/.test(output)) {
    child.kill("SIGKILL");
    throw new Error(`the server did not start:\n${output}`);
  }
  return {
    base: `http://localhost:${port}`,
    pid: child.pid,
    inspector,
    output: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/**
 * Talks to a server's inspector (started with `inspect`): runs `calls` in order over one DevTools connection and
 * returns their results. A call may stream chunks (HeapProfiler.addHeapSnapshotChunk) to `onEvent`.
 */
async function inspectorCalls(inspectorPort, calls, onEvent = () => {}) {
  const [{ webSocketDebuggerUrl }] = await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json();
  const socket = new WebSocket(webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = () => reject(new Error("could not reach the server's inspector"));
  });
  const pending = new Map();
  socket.onmessage = ({ data }) => {
    const message = JSON.parse(String(data));
    if (message.id && pending.has(message.id)) {
      pending.get(message.id)(message);
      pending.delete(message.id);
    } else if (message.method) onEvent(message);
  };
  const results = [];
  try {
    for (const [i, [method, params]] of calls.entries()) {
      const reply = await new Promise((resolve) => {
        pending.set(i + 1, resolve);
        socket.send(JSON.stringify({ id: i + 1, method, params: params ?? {} }));
      });
      if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
      results.push(reply.result);
    }
  } finally {
    socket.close();
  }
  return results;
}

/** The server's JavaScript heap in MB after a full garbage collection: what it really holds on to. */
export async function heapAfterGc(inspectorPort) {
  const [, usage] = await inspectorCalls(inspectorPort, [["HeapProfiler.collectGarbage"], ["Runtime.getHeapUsage"]]);
  return usage.usedSize / 2 ** 20;
}

/** Writes a heap snapshot of the server (open it in Chrome DevTools' Memory tab; compare two to find what grew). */
export async function heapSnapshot(inspectorPort, file) {
  const out = fs.createWriteStream(file);
  await inspectorCalls(inspectorPort, [["HeapProfiler.enable"], ["HeapProfiler.takeHeapSnapshot", { reportProgress: false }]], (event) => {
    if (event.method === "HeapProfiler.addHeapSnapshotChunk") out.write(event.params.chunk);
  });
  await new Promise((resolve) => out.end(resolve));
}

/** Resident memory of a process, in MB (Linux /proc). */
export function residentMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Peak resident memory of a process so far, in MB. */
export function peakMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** A tiny cookie jar: enough for a session with Auth.js. */
class Jar {
  cookies = new Map();
  take(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

const decode = (s) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** A member of staff signed in over HTTP, who opens forms and submits them as a browser without JavaScript does. */
export class StaffClient {
  constructor(base) {
    this.base = base;
    this.jar = new Jar();
  }

  async fetch(pathname, init = {}) {
    const response = await fetch(`${this.base}${pathname}`, {
      redirect: "manual",
      ...init,
      headers: { cookie: this.jar.header(), origin: this.base, ...(init.headers ?? {}) },
    });
    this.jar.take(response);
    return response;
  }

  async signIn(email, password) {
    const csrf = await this.fetch("/api/auth/csrf");
    const { csrfToken } = await csrf.json();
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/staff" }),
    });
    if (![...this.jar.cookies.keys()].some((k) => k.endsWith("authjs.session-token"))) {
      throw new Error(`sign-in failed for ${email}: ${response.status} ${response.headers.get("location")}`);
    }
  }

  /**
   * The fields of the page's form that has `field`, as a browser would send them: by default only the hidden ones
   * (React's action reference, the record's id and version); with `all`, every named control with its current value.
   */
  async openForm(pathname, field, { all = false } = {}) {
    const html = await (await this.fetch(pathname)).text();
    const form = html.split("<form").find((f) => f.includes(`name="${field}"`));
    if (!form) throw new Error(`no form with ${field} on ${pathname}`);
    const body = form.split("</form>")[0];
    const fields = {};
    const add = (name, value) => {
      const key = decode(name);
      fields[key] = key in fields ? [].concat(fields[key], value) : value;
    };
    const attr = (tag, name) => {
      const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
      return m ? decode(m[1]) : null;
    };
    for (const [tag] of body.matchAll(/<input\b[^>]*>/g)) {
      const name = attr(tag, "name");
      const type = attr(tag, "type") ?? "text";
      if (!name || /\sdisabled(=|\s|>|\/)/.test(tag)) continue;
      if (type === "hidden") add(name, attr(tag, "value") ?? "");
      else if (!all || ["submit", "button", "file", "image", "reset"].includes(type)) continue;
      else if (type === "checkbox" || type === "radio") {
        if (/\schecked(=|\s|>|\/)/.test(tag)) add(name, attr(tag, "value") ?? "on");
      } else add(name, attr(tag, "value") ?? "");
    }
    if (all) {
      for (const m of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
        const name = attr(m[1], "name");
        if (name) add(name, decode(m[2]).replace(/^\n/, ""));
      }
      for (const m of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
        const name = attr(m[1], "name");
        if (!name) continue;
        const options = [...m[2].matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/g)];
        const chosen = options.find((o) => /\sselected(=|\s|$)/.test(o[1])) ?? options[0];
        if (chosen) add(name, attr(chosen[1], "value") ?? decode(chosen[2]));
      }
    }
    return fields;
  }

  /** Posts a form (multipart, as a browser would); resolves to the place it was redirected to, or null with the page. */
  async submit(pathname, fields) {
    const body = new FormData();
    for (const [k, v] of Object.entries(fields)) for (const value of Array.isArray(v) ? v : [v]) body.append(k, value);
    const response = await this.fetch(pathname, { method: "POST", body });
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) return { redirect: location, status: response.status };
    return { redirect: null, status: response.status, text: await response.text() };
  }
}

/** The p-th percentile of a list of numbers (nearest rank). */
export function percentile(values, p) {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
