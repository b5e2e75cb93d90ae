/** JSON-LD for a script element: "<" escaped so no value can close the element early. */
export function jsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
