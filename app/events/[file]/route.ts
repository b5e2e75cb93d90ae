import { buildCalendar } from "@/lib/calendar";
import { publicReads } from "@/lib/data/public";
import { env } from "@/lib/env";

/** /events/{slug}.ics: one event as a calendar file. */
export async function GET(_request: Request, { params }: RouteContext<"/events/[file]">) {
  const { file } = await params;
  const slug = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.ics$/.exec(file)?.[1];
  const events = slug ? await publicReads.eventCalendar(slug) : [];
  if (!slug || events.length === 0) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const body = buildCalendar(events, { siteUrl: env().AMITY_SITE_URL, name: events[0]!.titleEn });
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${slug}.ics"` },
  });
}
