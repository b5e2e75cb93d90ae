import "server-only";
import { cache } from "react";

// A cached public page can't read the request's headers, so it names itself: the 503 page then offers the way back
// to it (lib/unavailable.ts). One slot per render (React's cache is per request).
const slot = cache((): { path: string | null } => ({ path: null }));

/** Called by each public page as it starts rendering, with its own path (and query, for a twin route). */
export function renderingPage(path: string): void {
  slot().path = path;
}

/** The path the page being rendered gave, if any. */
export function pageBeingRendered(): string | null {
  return slot().path;
}
