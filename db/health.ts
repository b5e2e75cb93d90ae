import { findInCauses } from "@/lib/error-chain";

/**
 * Whether the server database can be reached. A request that finds it unreachable marks it down; from then on requests
 * fail at once instead of each waiting for the connect timeout, while one probe a second asks the database again and
 * clears the mark as soon as it answers: Amity recovers without a restart.
 */

/** The database can't be reached now; nothing was read or written. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

// SQLSTATE classes and driver codes that mean "no connection", not "this statement failed".
const connectionStates = /^(08|57P0[1-3])/; // connection exceptions; admin/crash shutdown, cannot connect now
const connectionCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
]);

/** Whether an error (or what it wraps) means the database could not be reached. */
export function isConnectionError(error: unknown): boolean {
  return !!findInCauses(error, (e) => {
    if (e instanceof DatabaseUnavailableError) return true;
    const { code, errno } = e as { code?: unknown; errno?: unknown };
    return (typeof code === "string" && (connectionCodes.has(code) || connectionStates.test(code))) || (typeof errno === "string" && connectionCodes.has(errno));
  });
}

interface Health {
  down: boolean;
  since: number;
  probe?: ReturnType<typeof setInterval>;
}

const global = globalThis as typeof globalThis & { __amityDbHealth?: Health };
const health = (global.__amityDbHealth ??= { down: false, since: 0 });

export function databaseIsDown(): boolean {
  return health.down;
}

/**
 * Notes a failed request: if the database could not be reached, marks it down and starts probing it with `ping` once
 * a second until it answers. Returns whether the error was such a failure.
 */
export function reportDatabaseError(error: unknown, ping: () => Promise<unknown>): boolean {
  if (!isConnectionError(error)) return false;
  if (!health.down) {
    health.down = true;
    health.since = Date.now();
    console.error(`[amity] the database can't be reached (${describe(error)}); answering 503 until it is back`);
  }
  health.probe ??= setInterval(() => {
    ping().then(
      () => {
        clearInterval(health.probe);
        health.probe = undefined;
        if (health.down) console.log(`[amity] the database is back after ${Math.round((Date.now() - health.since) / 1000)} s`);
        health.down = false;
      },
      () => {},
    );
  }, 1000);
  // The probe alone must not keep a stopping server alive.
  health.probe.unref?.();
  return true;
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return [e.code, e.message?.split("\n")[0]].filter(Boolean).join(": ") || "unknown error";
}
