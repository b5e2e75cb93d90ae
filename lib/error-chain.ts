/**
 * The first answer `pick` gives for an error or anything it wraps (its `cause`, and theirs): drivers put the
 * SQLSTATE or the socket's error code on the error they throw, and drizzle and Auth.js wrap it. Five levels are
 * more than any wrapping seen here.
 */
export function findInCauses<T>(error: unknown, pick: (e: object) => T | undefined | null | false): T | undefined {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const found = pick(e);
    if (found !== undefined && found !== null && found !== false) return found;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
