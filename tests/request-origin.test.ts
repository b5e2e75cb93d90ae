import { describe, expect, it } from "vitest";
import { isSameOrigin, type RequestOrigins } from "@/lib/request-origin";

const local: Omit<RequestOrigins, "origin"> = { host: "localhost:3100", protocol: "http", siteUrl: "http://localhost:3000" };
const behindProxy: Omit<RequestOrigins, "origin"> = { host: "partners.example.gov", protocol: "http", siteUrl: "https://partners.example.gov" };

describe("whether a POST comes from the portal's own pages", () => {
  it("accepts the portal's own origin, on localhost and behind a proxy that ends TLS", () => {
    expect(isSameOrigin({ ...local, origin: "http://localhost:3100" })).toBe(true);
    expect(isSameOrigin({ ...behindProxy, origin: "https://partners.example.gov" })).toBe(true);
    expect(isSameOrigin({ ...behindProxy, protocol: "https", origin: "https://partners.example.gov" })).toBe(true);
    expect(isSameOrigin({ ...behindProxy, origin: "https://partners.example.gov:443" })).toBe(true);
    expect(isSameOrigin({ ...behindProxy, host: "Partners.Example.gov", origin: "https://partners.example.gov" })).toBe(true);
    expect(isSameOrigin({ ...local, host: "amity.internal", protocol: "https", origin: "https://amity.internal" })).toBe(true);
  });

  it.each([
    ["no Origin", null],
    ["Origin: null", "null"],
    ["another site", "https://evil.example"],
    ["the same host over the other scheme", "https://localhost:3100"],
    ["the same host on another port", "http://localhost:3101"],
    ["a host that only starts like it", "http://localhost:3100.evil.example"],
    ["something that is not a URL", "localhost:3100"],
  ])("refuses %s on localhost", (_name, origin) => {
    expect(isSameOrigin({ ...local, origin })).toBe(false);
  });

  it("refuses an http:// page on the portal's https:// host, whatever the proxy says", () => {
    expect(isSameOrigin({ ...behindProxy, origin: "http://partners.example.gov" })).toBe(false);
    expect(isSameOrigin({ ...behindProxy, protocol: "https", origin: "http://partners.example.gov" })).toBe(false);
  });

  it("refuses a request that names no host, or a scheme that is not http(s)", () => {
    expect(isSameOrigin({ ...local, host: null, origin: "http://localhost:3100" })).toBe(false);
    expect(isSameOrigin({ ...local, protocol: null, origin: "http://localhost:3100" })).toBe(false);
    expect(isSameOrigin({ ...local, protocol: "ftp", origin: "ftp://localhost:3100" })).toBe(false);
  });
});
