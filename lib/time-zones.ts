import { officeTimeZone } from "@/lib/office-clock";

/**
 * The IANA time zones the runtime knows (its canonical names, and UTC, which some runtimes leave out), the office's
 * own first: what the event form offers. Made on the server and handed to the form, so that the page and the browser
 * (whose list may differ) never disagree.
 */
export const timeZoneChoices: readonly string[] = [
  officeTimeZone,
  ...[...new Set([...Intl.supportedValuesOf("timeZone"), "UTC"])].filter((zone) => zone !== officeTimeZone).sort(),
];

const byLowerCase = new Map(timeZoneChoices.map((zone) => [zone.toLowerCase(), zone]));

/** An IANA name as its database writes it: areas and places capitalized, "America/Port-au-Prince", "Etc/GMT+8". */
const ianaShape = /^[A-Z][A-Za-z_]*(?:\/[A-Z][A-Za-z0-9_+-]*)+$/;

/**
 * The IANA time zone that `typed` names, spelled as IANA spells it, or null. One of the list in any letter case
 * ("asia/shanghai"), or another IANA name the runtime accepts, written exactly (an older or newer spelling than the
 * runtime's list has: "Asia/Kolkata" where the list says "Asia/Calcutta"). Offsets ("+08:00") and abbreviations
 * ("CST", which is three different zones) are not time zones to store.
 */
export function ianaTimeZone(typed: string): string | null {
  const listed = byLowerCase.get(typed.toLowerCase());
  if (listed) return listed;
  if (!ianaShape.test(typed)) return null;
  try {
    new Intl.DateTimeFormat("en", { timeZone: typed });
    return typed;
  } catch {
    return null;
  }
}
