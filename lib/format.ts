import type { datePrecisions, partnershipTypes } from "@/db/schema";

type Precision = (typeof datePrecisions)[number];

/** A date at the precision its source gives: "1979", "October 2021", "20 October 2021". */
export function formatPartialDate(value: string | null, precision: Precision | null, locale = "en"): string | null {
  if (!value || !precision) return null;
  const date = new Date(`${value}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    precision === "year"
      ? { year: "numeric", timeZone: "UTC" }
      : precision === "month"
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

export const partnershipTypeLabels: Record<(typeof partnershipTypes)[number], string> = {
  sister_city: "Sister city",
  friendly_cooperation: "Friendly-cooperation city",
  province_state: "Province-state tie",
};

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
export function countryName(code: string, locale = "en"): string {
  if (locale === "en") return regionNames.of(code) ?? code;
  return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
}

/** Map.groupBy, which Node 20 lacks: groups in first-seen order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
