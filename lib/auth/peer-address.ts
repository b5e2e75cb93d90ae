import crypto from "node:crypto";
import http from "node:http";
import https from "node:https";

/**
 * The address of the socket a request came in on, passed from Node's HTTP server to the app in a request header.
 *
 * Why: under `next start` a route handler (and so Auth.js's authorize()) sees headers only, never the socket. Next.js
 * sets X-Forwarded-For from the socket only when the client did not send one (`??=` in next/dist/server/base-server.js),
 * so a client can put any address there. This stamp overwrites a header of its own with the socket's address on every
 * request, before Next.js sees it. The header carries a secret made when the server starts, so a client can't send a
 * stamp of its own that passes for one (as it could in the moment before the stamp is installed).
 */
const peerHeader = "x-amity-peer";
const installed = Symbol.for("amity.peer-address-stamp");

interface Stamp {
  secret: string;
}

type Holder = typeof globalThis & { [installed]?: Stamp };

function stampRequest(request: http.IncomingMessage, stamp: Stamp): void {
  const address = request.socket?.remoteAddress ?? "";
  request.headers[peerHeader] = `${stamp.secret} ${address}`;
}

/**
 * Installs the stamp on every HTTP(S) server of this process, those already listening included (the server `next start`
 * made before instrumentation.ts runs). Idempotent.
 */
export function installPeerAddressStamp(): void {
  const holder = globalThis as Holder;
  if (holder[installed]) return;
  const stamp: Stamp = { secret: crypto.randomBytes(18).toString("base64url") };
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit;
    // Patching emit (not adding a listener) puts the stamp before any listener, Next.js's included.
    Server.prototype.emit = function emitStamped(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === "request") stampRequest(args[0] as http.IncomingMessage, stamp);
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
  }
  holder[installed] = stamp;
}

/** The socket address from the stamp, or null if the request carries no genuine stamp. */
export function peerAddressOf(headers: Headers): string | null {
  const stamp = (globalThis as Holder)[installed];
  const value = headers.get(peerHeader);
  if (!stamp || !value) return null;
  const space = value.indexOf(" ");
  if (space < 0) return null;
  const secret = Buffer.from(value.slice(0, space));
  const expected = Buffer.from(stamp.secret);
  if (secret.length !== expected.length || !crypto.timingSafeEqual(secret, expected)) return null;
  return value.slice(space + 1) || null;
}
