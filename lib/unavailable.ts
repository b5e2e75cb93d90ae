import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/forms";

/** The reference of this request (set by proxy.ts), as logged and as shown to the visitor. */
export async function requestId(): Promise<string> {
  return (await headers()).get("x-request-id") ?? crypto.randomUUID().slice(0, 13);
}

/**
 * Ends a page whose data needs the database while it can't be reached: one log line with the request's reference,
 * and the visitor sent to the 503 page, which offers the way back.
 */
export async function databaseUnavailable(): Promise<never> {
  const h = await headers();
  const ref = await requestId();
  const back = safeReturnPath(h.get("x-amity-url"), "/");
  console.error(`[amity] 503 ref=${ref} ${back}: the database can't be reached`);
  redirect(`/unavailable?ref=${encodeURIComponent(ref)}&back=${encodeURIComponent(back)}`);
}
