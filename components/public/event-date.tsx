import type { Locale } from "@/i18n/routing";
import { formatDateAt, formatRange } from "@/lib/i18n/format";

/**
 * An event's dates at their precision, with its local times when known: "20 October 2021, 14:30–16:00" /
 * "2021年10月20日，14:30至16:00", "2021年10月20日至22日".
 */
export function eventDateText(
  locale: Locale,
  e: { startsOn: string | null; endsOn: string | null; datePrecision: "year" | "month" | "day" | null; startTime: string | null; endTime: string | null },
): string | null {
  const start = formatDateAt(locale, e.startsOn, e.datePrecision);
  if (!start) return null;
  const end = e.endsOn && e.endsOn !== e.startsOn ? formatDateAt(locale, e.endsOn, "day") : null;
  const startTime = e.startTime?.slice(0, 5);
  const times = startTime ? (e.endTime ? formatRange(locale, startTime, e.endTime.slice(0, 5), "time") : startTime) : null;
  return [end ? formatRange(locale, start, end) : start, times].filter(Boolean).join(locale === "zh" ? "，" : ", ");
}
