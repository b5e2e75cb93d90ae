import "server-only";
import { createTranslator } from "use-intl/core";
import en from "@/messages/staff.en.json";
import zh from "@/messages/staff.zh.json";
import type { StaffLocale } from "@/lib/enums";
import { officeTimeZone } from "@/lib/office-clock";
import { countryCodes } from "@/lib/countries";
import { staffLocale } from "./staff-locale";

/**
 * The staff workspace's words, in the signed-in account's language (lib/i18n/staff-locale.ts): messages/staff.en.json
 * and messages/staff.zh.json, a catalogue of their own, so public pages never carry them. Server code (pages, actions,
 * the data layer's messages) translates with `staffText`; client forms get the same catalogue through the staff
 * layout's NextIntlClientProvider (`staffCatalogue`).
 *
 * The English catalogue is the source and the type: a key the Chinese one lacks yet (added to English while the
 * translation catches up) falls back to English, key by key, rather than failing the page; tests/staff-catalogue.test.ts
 * fails while the Chinese lacks any.
 */
export type StaffMessages = typeof en;

type Tree = { [key: string]: string | Tree };

/** `base` with every string `over` has at the same path replaced: the result always has all of `base`'s keys. */
function overlay<T>(base: T, over: unknown): T {
  if (typeof base === "string") return (typeof over === "string" ? over : base) as T;
  if (!over || typeof over !== "object") return base;
  const out: Tree = {};
  for (const [key, value] of Object.entries(base as Tree)) out[key] = overlay(value, (over as Tree)[key]);
  return out as T;
}

const catalogues: Record<StaffLocale, StaffMessages> = { en, zh: overlay(en, zh) };

/** The whole catalogue in this request's staff language (for the client forms' provider). */
export function staffCatalogue(locale: StaffLocale = staffLocale()): StaffMessages {
  return catalogues[locale];
}

/**
 * The catalogue in this request's language, read as a plain object (`staffMessages.Users.fields`): each property is
 * looked up when it is read, so a module may hold it at its top level and still answer each request in its own
 * language.
 */
export const staffMessages: StaffMessages = new Proxy(en, {
  get: (_, key) => staffCatalogue()[key as keyof StaffMessages],
  ownKeys: () => Reflect.ownKeys(staffCatalogue()),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(staffCatalogue(), key),
});

/** The catalogue namespaces of record kinds: each names its section (`title`) and labels its fields. */
export type StaffNamespace = {
  [N in keyof StaffMessages]: StaffMessages[N] extends { title: string; fields: Record<string, string> } ? N : never;
}[keyof StaffMessages];

export const intlLocaleOf: Record<StaffLocale, string> = { en: "en-GB", zh: "zh-CN" };

function makeTranslator<N extends keyof StaffMessages>(locale: StaffLocale, namespace: N) {
  return createTranslator({ locale: intlLocaleOf[locale], messages: catalogues[locale], namespace, timeZone: officeTimeZone });
}

type StaffTranslator<N extends keyof StaffMessages> = ReturnType<typeof makeTranslator<N>>;

// One translator per language and namespace for the life of the process: they hold no one's data, only formatters.
const translators = new Map<string, StaffTranslator<keyof StaffMessages>>();

function translatorFor<N extends keyof StaffMessages>(locale: StaffLocale, namespace: N): StaffTranslator<N> {
  const id = `${locale}:${namespace}`;
  let t = translators.get(id);
  if (!t) translators.set(id, (t = makeTranslator(locale, namespace) as unknown as StaffTranslator<keyof StaffMessages>));
  return t as unknown as StaffTranslator<N>;
}

/**
 * A namespace's translator in the staff language of the request it is used in. The language is looked up at each
 * call, not when the translator is made, so `const t = staffText("Users")` at a module's top level is as right as one
 * inside a component, and one made before the access check settles the language still speaks it afterwards.
 */
export function staffText<N extends keyof StaffMessages>(namespace: N): StaffTranslator<N> {
  const current = () => translatorFor(staffLocale(), namespace);
  type T = StaffTranslator<N>;
  const t = ((...args: Parameters<T>) => (current() as (...a: Parameters<T>) => string)(...args)) as T;
  t.rich = ((...args: Parameters<T["rich"]>) => (current().rich as (...a: Parameters<T["rich"]>) => ReturnType<T["rich"]>)(...args)) as T["rich"];
  t.markup = ((...args: Parameters<T["markup"]>) => (current().markup as (...a: Parameters<T["markup"]>) => string)(...args)) as T["markup"];
  t.raw = ((key: Parameters<T["raw"]>[0]) => current().raw(key)) as T["raw"];
  t.has = ((key: Parameters<T["has"]>[0]) => current().has(key)) as T["has"];
  return t;
}

const officeClock: Record<StaffLocale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: officeTimeZone }),
  zh: new Intl.DateTimeFormat("zh-CN", { dateStyle: "long", timeStyle: "short", timeZone: officeTimeZone }),
};

/**
 * A moment as staff read it, on the office's clock whatever the server's: "23 Nov 2026, 14:05 Beijing time", or
 * "2026年11月23日 14:05（北京时间）".
 */
export function staffTime(iso: string | Date, locale: StaffLocale = staffLocale()): string {
  const text = officeClock[locale].format(typeof iso === "string" ? new Date(iso) : iso);
  return locale === "zh" ? `${text}（北京时间）` : `${text} Beijing time`;
}

/** A number as staff read it (grouping in the staff language's way). */
export function staffNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocaleOf[staffLocale()], options).format(value);
}

const countryNames: Record<StaffLocale, Intl.DisplayNames> = {
  en: new Intl.DisplayNames(["en"], { type: "region" }),
  zh: new Intl.DisplayNames(["zh"], { type: "region" }),
};

/**
 * The countries a staff form offers, named on the server: the browser's own country names differ from Node's for a
 * few codes (HK, MO, PS, FK), and names made in the browser would not match the page the server sent, so React would
 * render the form anew and lose what was typed before it hydrated.
 */
export function staffCountryOptions(): { value: string; label: string }[] {
  const locale = staffLocale();
  const collator = new Intl.Collator(intlLocaleOf[locale]);
  return countryCodes
    .map((code) => ({ value: code, label: `${countryNames[locale].of(code) ?? code} (${code})` }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** A country's name in the staff language (named on the server, see staffCountryOptions). */
export const staffCountryName = (code: string) => countryNames[staffLocale()].of(code) ?? code;

/** The site header's words in the staff language (components/layout/site-header.tsx). */
export function staffHeaderLabels() {
  const t = staffText("Header");
  return { office: t("office"), site: t("site"), skip: t("skip") };
}
