import { env } from "@/lib/env";
import { peerAddressOf } from "./peer-address";

const addressShape = /^[0-9a-fA-F:.]{2,45}$/;

/**
 * The address a request came from, for per-client sign-in limits and the audit log. With no trusted proxy
 * (AMITY_TRUSTED_PROXIES=0) it is the socket's address (lib/auth/peer-address.ts) and X-Forwarded-For is ignored: any
 * client can write that header. With N proxies it is the X-Forwarded-For entry N places from the right, counting the
 * socket's address as the last entry (so the nearest proxy is the socket, and each proxy appended the address it saw).
 * Anything that is not an IP address, or a request without the socket stamp, counts as no address.
 */
export function clientAddressOf(headers: Headers, trustedProxies = env().AMITY_TRUSTED_PROXIES): string | null {
  const peer = peerAddressOf(headers);
  if (!peer) return null;
  const hops =
    trustedProxies === 0
      ? [peer]
      : [
          ...(headers.get("x-forwarded-for") ?? "")
            .split(",")
            .map((h) => h.trim())
            .filter(Boolean),
          peer,
        ];
  const address = hops[Math.max(0, hops.length - 1 - trustedProxies)];
  if (!address) return null;
  const bare = address.replace(/^::ffff:/, "");
  return addressShape.test(bare) ? bare : null;
}
