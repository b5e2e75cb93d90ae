import { env } from "@/lib/env";

const addressShape = /^[0-9a-fA-F:.]{2,45}$/;

/**
 * The address a request came from, for per-client sign-in limits: the X-Forwarded-For entry set by the outermost
 * trusted proxy (AMITY_TRUSTED_PROXIES hops from the right). Without a proxy, Next.js fills the header from the socket,
 * but keeps one the client sent itself: the per-account limit, which no header can dodge, is the one that always
 * holds. Anything that is not an IP address counts as no address.
 */
export function clientAddressOf(headers: Headers, trustedProxies = env().AMITY_TRUSTED_PROXIES): string | null {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const address = hops[hops.length - 1 - Math.max(0, trustedProxies - 1)] ?? hops[0];
  if (!address) return null;
  const bare = address.replace(/^::ffff:/, "");
  return addressShape.test(bare) ? bare : null;
}
