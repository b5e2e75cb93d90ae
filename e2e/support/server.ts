import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import net from "node:net";

/** A server of a test's own: the built app under `next start`, apart from the one the run shares. */
export interface Amity {
  child: ChildProcess;
  base: string;
  output: () => string;
  exited: Promise<number | null>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts the built app on a free port with this environment (over the test's own), and waits until its database is ready. */
export async function startAmity(env: Record<string, string>): Promise<Amity> {
  const port = await freePort();
  const child = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "localhost"], {
    env: { ...process.env, AUTH_SECRET: crypto.randomBytes(32).toString("base64url"), ...env },
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const base = `http://localhost:${port}`;
  // An embedded database is migrated and seeded first, which takes a while on a busy machine.
  for (let i = 0; i < 360 && child.exitCode === null; i++) {
    if (/database ready/.test(output)) return { child, base, output: () => output, exited };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`Amity did not start:\n${output}`);
}
