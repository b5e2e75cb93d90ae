import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, zonedTimeToUtc, type CalendarEvent } from "@/lib/calendar";

const base: CalendarEvent = {
  slug: "trade-talk",
  titleEn: "Trade talk with Vantaa",
  startsOn: "2026-05-10",
  endsOn: null,
  startTime: null,
  endTime: null,
  timeZone: "Asia/Shanghai",
  online: false,
  venueEn: "Jinan International Convention Center",
  organisersEn: "Jinan Foreign Affairs Office",
  descriptionEn: "Companies from both cities; commas, semicolons; and a\nnew line.",
  updatedAt: "2026-04-01T08:00:00.000Z",
};

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("the iCalendar feed", () => {
  it("is valid RFC 5545 that a real parser reads back, all-day events ending the day after", () => {
    const text = buildCalendar([{ ...base, endsOn: "2026-05-12" }], { siteUrl: "https://partners.example.gov", name: "Events" });
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const [event] = parse(text);
    expect(event!.summary).toBe("Trade talk with Vantaa");
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe("2026-05-10");
    expect(event!.endDate.toString()).toBe("2026-05-13");
    expect(event!.location).toBe("Jinan International Convention Center");
    expect(event!.description).toBe("Companies from both cities; commas, semicolons; and a\nnew line.\n\nOrganisers: Jinan Foreign Affairs Office");
    expect(event!.uid).toBe("trade-talk@amity");
  });

  it("places timed events at the right instant from the venue's time zone", () => {
    const text = buildCalendar([{ ...base, startTime: "14:30:00", endTime: "16:00:00", online: true }], { siteUrl: "https://x.example", name: "E" });
    const [event] = parse(text);
    expect(event!.startDate.toJSDate().toISOString()).toBe("2026-05-10T06:30:00.000Z");
    expect(event!.endDate.toJSDate().toISOString()).toBe("2026-05-10T08:00:00.000Z");
    expect(event!.location).toBe("Online");
  });

  it("converts wall-clock times in zones with daylight saving", () => {
    expect(zonedTimeToUtc("2026-07-01", "09:00", "Europe/Helsinki").toISOString()).toBe("2026-07-01T06:00:00.000Z");
    expect(zonedTimeToUtc("2026-01-15", "09:00", "Europe/Helsinki").toISOString()).toBe("2026-01-15T07:00:00.000Z");
  });

  it("leaves out events without a known day rather than invent one", () => {
    const text = buildCalendar([{ ...base, startsOn: null }], { siteUrl: "https://x.example", name: "E" });
    expect(parse(text)).toHaveLength(0);
  });
});
