import "server-only";
import { headers } from "next/headers";
import { unstable_cache } from "next/cache";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/forms";
import { pageBeingRendered } from "@/lib/page-path";

/** The reference of this request (set by proxy.ts), as logged and as shown to the visitor. */
export async function requestId(): Promise<string> {
  return (await headers()).get("x-request-id") ?? crypto.randomUUID().slice(0, 13);
}

/**
 * Ends a page whose data needs the database while it can't be reached: one log line with the request's reference,
 * and the visitor sent to the 503 page, which offers the way back. `page`: called while rendering a cached public page.
 */
export async function databaseUnavailable(options: { page?: boolean } = {}): Promise<never> {
  if (options.page) {
    // A cached (ISR) page: its request headers can't be read, and what it renders is cached. The redirect is cached
    // too, so the page asks to be regenerated within a second (unstable_cache lowers the page's revalidate time): once
    // the database is back, the next visitor sets it right.
    await unstable_cache(async () => true, ["amity", "outage"], { revalidate: 1 })();
    const ref = crypto.randomUUID().slice(0, 13);
    const back = safeReturnPath(pageBeingRendered(), "/");
    console.error(`[amity] 503 ref=${ref} ${back}: the database can't be reached`);
    redirect(`/unavailable?ref=${encodeURIComponent(ref)}&back=${encodeURIComponent(back)}`);
  }
  const h = await headers();
  const ref = await requestId();
  const back = safeReturnPath(h.get("x-amity-url"), "/");
  console.error(`[amity] 503 ref=${ref} ${back}: the database can't be reached`);
  redirect(`/unavailable?ref=${encodeURIComponent(ref)}&back=${encodeURIComponent(back)}`);
}
