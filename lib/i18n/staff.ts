import { createTranslator } from "use-intl/core";
import messages from "@/messages/staff.en.json";
import { officeTimeZone } from "@/lib/office-clock";
import { countryCodes } from "@/lib/countries";

/**
 * The staff workspace's words (English), from messages/staff.en.json: a catalogue of its own, so public pages never
 * carry it. Server code (pages, actions, the data layer's messages) translates with `staffText`; client forms get
 * the same catalogue through the staff layout's NextIntlClientProvider.
 */
export const staffMessages = messages;

export type StaffMessages = typeof messages;

/** The catalogue namespaces of record kinds: each names its section (`title`) and labels its fields. */
export type StaffNamespace = {
  [N in keyof StaffMessages]: StaffMessages[N] extends { title: string; fields: Record<string, string> } ? N : never;
}[keyof StaffMessages];

export function staffText<N extends keyof StaffMessages>(namespace: N) {
  return createTranslator({ locale: "en", messages, namespace, timeZone: officeTimeZone });
}

const beijing = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: officeTimeZone });

/** A moment as staff read it: "23 Nov 2026, 14:05 Beijing time" (the office's clock, whatever the server's). */
export function staffTime(iso: string | Date): string {
  return `${beijing.format(typeof iso === "string" ? new Date(iso) : iso)} Beijing time`;
}

const countryNamesEn = new Intl.DisplayNames(["en"], { type: "region" });

/**
 * The countries a staff form offers, named on the server: the browser's own country names differ from Node's for a
 * few codes (HK, MO, PS, FK), and names made in the browser would not match the page the server sent, so React would
 * render the form anew and lose what was typed before it hydrated.
 */
export function staffCountryOptions(): { value: string; label: string }[] {
  return countryCodes
    .map((code) => ({ value: code, label: `${countryNamesEn.of(code) ?? code} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** A country's English name as the staff pages give it (named on the server, see staffCountryOptions). */
export const staffCountryName = (code: string) => countryNamesEn.of(code) ?? code;
