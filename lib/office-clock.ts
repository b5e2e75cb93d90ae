/** The office works on Beijing time: "today" is its today, whatever the server's clock zone. */
export const officeTimeZone = "Asia/Shanghai";

/** Today's date at the office, as YYYY-MM-DD. */
export function officeToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: officeTimeZone }).format(now);
}

/** An instant as the office's wall clock reads it, as a datetime-local field holds it ("2026-12-02T14:05"). */
export function officeWallClock(at: Date | string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: officeTimeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(new Date(at));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}
