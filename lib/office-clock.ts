/** The office works on Beijing time: "today" is its today, whatever the server's clock zone. */
export const officeTimeZone = "Asia/Shanghai";

/** Today's date at the office, as YYYY-MM-DD. */
export function officeToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: officeTimeZone }).format(now);
}
