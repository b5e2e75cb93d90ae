/** A same-site path to return to after signing in; anything else (another host, "//evil") falls back to /staff. */
export function safeReturnPath(value: unknown, fallback = "/staff"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  return value.length > 2000 ? fallback : value;
}
