import { calendarFile } from "@/lib/kinds/event/public";
import { env } from "@/lib/env";

export async function GET() {
  const body = await calendarFile(env().AMITY_SITE_URL, "Shandong International Partnerships: events");
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="events.ics"',
    },
  });
}
