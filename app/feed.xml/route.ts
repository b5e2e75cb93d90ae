import { feedFile } from "@/lib/data/feeds";
import { env } from "@/lib/env";

/** Atom feed of recent published changes (English pages), built once per change like /events.ics. */
export async function GET() {
  const xml = await feedFile(env().AMITY_SITE_URL);
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
