import { calendarFile } from "@/lib/kinds/event/public";
import { env } from "@/lib/env";
import { officeToday } from "@/lib/office-clock";

export async function GET() {
  const body = await calendarFile(env().AMITY_SITE_URL, "Shandong International Partnerships: events", officeToday());
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="events.ics"',
    },
  });
}
