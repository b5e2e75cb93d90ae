import { buildCalendar } from "@/lib/calendar";
import { eventCalendar } from "@/lib/kinds/event/public";
import { isSlug } from "@/lib/validation/fields";
import { env } from "@/lib/env";

/** /events/{slug}.ics: one event as a calendar file. */
export async function GET(_request: Request, { params }: RouteContext<"/events/[file]">) {
  const { file } = await params;
  const slug = /^(.+)\.ics$/.exec(file)?.[1];
  // A name that can't be an event's is not looked up at all.
  const events = slug && isSlug(slug) ? await eventCalendar(slug) : [];
  if (!slug || events.length === 0) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const body = buildCalendar(events, { siteUrl: env().AMITY_SITE_URL, name: events[0]!.titleEn });
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${slug}.ics"` },
  });
}
