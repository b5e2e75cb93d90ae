/** What a request says about where it came from and where it arrived. */
export interface RequestOrigins {
  /** The Origin header: absent, "null" (a sandboxed or privacy-sensitive context), or scheme://host[:port]. */
  origin: string | null;
  /** The host the browser asked for: X-Forwarded-Host's first entry, else Host. */
  host: string | null;
  /** The scheme the browser used, as far as the server knows: X-Forwarded-Proto's first entry, else the connection's. */
  protocol: string | null;
  /** AMITY_SITE_URL, the portal's public address. */
  siteUrl: string;
}

/**
 * Whether a request comes from a page of this portal: its Origin has the same scheme and host as the address it was
 * sent to. An http:// page on the same host is another origin (anyone on the network can write one), so the scheme
 * counts. Which scheme is this portal's: for the host of AMITY_SITE_URL, that URL's (a proxy that ends TLS may not
 * say it did); for any other host (`next start` on localhost in tests), what the proxy or the connection says.
 */
export function isSameOrigin({ origin, host, protocol, siteUrl }: RequestOrigins): boolean {
  if (!origin || !host) return false;
  try {
    const from = new URL(origin);
    const site = new URL(siteUrl);
    const scheme = site.host === new URL(`http://${host}`).host ? site.protocol : `${protocol ?? ""}:`;
    if (scheme !== "http:" && scheme !== "https:") return false;
    // Built through URL, so that "https://example.gov:443" and "https://example.gov" are the same origin.
    return from.origin === new URL(`${scheme}//${host}`).origin;
  } catch {
    return false;
  }
}
