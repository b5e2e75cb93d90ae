import ical, { ICalCalendarMethod } from "ical-generator";

export interface CalendarEvent {
  slug: string;
  titleEn: string;
  startsOn: string | null;
  endsOn: string | null;
  startTime: string | null;
  endTime: string | null;
  timeZone: string;
  online: boolean;
  venueEn: string | null;
  organisersEn: string | null;
  descriptionEn: string | null;
  /** ISO 8601 instant of the last change. */
  updatedAt: string;
}

/** The UTC instant of a wall-clock time in a time zone ("2026-05-10", "14:30", "Asia/Shanghai"). */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  // The zone's offset at that moment, read back through Intl (handles daylight saving where a zone has it).
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(asUtc));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const shown = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return new Date(asUtc - (shown - asUtc));
}

function nextDay(date: string): Date {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/**
 * An RFC 5545 calendar of events with a known day. An event known only by its month or year is left out: a
 * calendar cannot say "some day in October" and a guessed day would mislead.
 */
export function buildCalendar(items: CalendarEvent[], options: { siteUrl: string; name: string }): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "Amity", product: "Shandong International Partnerships", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    url: `${options.siteUrl}/events.ics`,
  });
  for (const event of items) {
    if (!event.startsOn) continue;
    const url = `${options.siteUrl}/en/events/${event.slug}`;
    const timed = event.startTime !== null;
    const start = timed ? zonedTimeToUtc(event.startsOn, event.startTime!, event.timeZone) : new Date(`${event.startsOn}T00:00:00Z`);
    const lastDay = event.endsOn ?? event.startsOn;
    const end = timed
      ? zonedTimeToUtc(lastDay, event.endTime ?? event.startTime!, event.timeZone)
      : nextDay(lastDay); // DTEND of an all-day event is the day after its last day
    calendar.createEvent({
      id: `${event.slug}@amity`,
      start,
      end,
      allDay: !timed,
      stamp: new Date(event.updatedAt),
      lastModified: new Date(event.updatedAt),
      summary: event.titleEn,
      description: [event.descriptionEn, event.organisersEn ? `Organisers: ${event.organisersEn}` : null].filter(Boolean).join("\n\n") || undefined,
      location: event.online ? "Online" : (event.venueEn ?? undefined),
      url,
    });
  }
  return calendar.toString();
}
