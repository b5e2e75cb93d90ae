import { buildCalendar } from "@/lib/calendar";
import { publicReads } from "@/lib/data/public";
import { env } from "@/lib/env";

export async function GET() {
  const events = await publicReads.calendar();
  const body = buildCalendar(events, { siteUrl: env().AMITY_SITE_URL, name: "Shandong International Partnerships: events" });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="events.ics"',
    },
  });
}
