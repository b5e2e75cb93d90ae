import type { Locale } from "@/i18n/routing";
import { htmlLang, placeName } from "./content";

const intlLocale: Record<Locale, string> = { en: "en-GB", zh: "zh-CN" };

/** A date at the precision its source gives, in the reader's language: "1979", "October 2021" / "2021年10月". */
export function formatDateAt(locale: Locale, value: string | null, precision: "year" | "month" | "day" | null) {
  if (!value || !precision) return null;
  const date = new Date(`${value}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    precision === "year"
      ? { year: "numeric", timeZone: "UTC" }
      : precision === "month"
        ? { year: "numeric", month: "long", timeZone: "UTC" }
        : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intlLocale[locale], options).format(date);
}

/**
 * A range of two formatted dates or times. Chinese joins them with 至 and drops from the end what it shares with the
 * start ("2021年10月20日至22日", "2021年10月30日至11月2日"); English keeps its spaced en dash ("20 October 2021 –
 * 22 October 2021"). Times: "14:30至16:00" / "14:30–16:00".
 */
export function formatRange(locale: Locale, start: string, end: string, kind: "date" | "time" = "date"): string {
  if (locale === "en") return kind === "date" ? `${start} – ${end}` : `${start}–${end}`;
  if (kind === "time") return `${start}至${end}`;
  // "2021年10月22日" → ["2021年", "10月", "22日"]: the units a Chinese date is written in.
  const units = (text: string) => text.match(/\d+[年月日]/g) ?? [text];
  const [a, b] = [units(start), units(end)];
  let shared = 0;
  // Only between dates of one precision: "2021年10月至2021年10月22日" must not lose its second month.
  while (a.length === b.length && shared < b.length - 1 && a[shared] === b[shared]) shared++;
  return `${start}至${b.slice(shared).join("")}`;
}

/** A decade as the directory's filter shows it: "1980s" / "20世纪80年代" (2000 → "21世纪00年代"). */
export function formatDecade(locale: Locale, decade: number): string {
  if (locale === "en") return `${decade}s`;
  const century = Math.floor(decade / 100) + 1;
  return `${century}世纪${String(decade % 100).padStart(2, "0")}年代`;
}

const countryNames = {
  en: new Intl.DisplayNames(["en"], { type: "region" }),
  zh: new Intl.DisplayNames([htmlLang.zh], { type: "region" }),
};

export function countryNameIn(locale: Locale, code: string): string {
  return countryNames[locale].of(code) ?? code;
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

/** Names in the reader's order: English alphabetically, Chinese by pinyin (as Chinese dictionaries and indexes do). */
const collators: Record<Locale, Intl.Collator> = {
  en: new Intl.Collator("en"),
  zh: new Intl.Collator("zh-Hans-u-co-pinyin"),
};

export function compareNames(locale: Locale): (a: string, b: string) => number {
  return collators[locale].compare;
}

/** A copy of `items` sorted by the name each shows the reader, in the reader's order. */
export function sortByName<T>(locale: Locale, items: readonly T[], nameOf: (item: T) => string): T[] {
  const compare = compareNames(locale);
  return [...items].sort((a, b) => compare(nameOf(a), nameOf(b)));
}

/** The office's own places as lists offer them: the province first, then its cities by name (pinyin in Chinese). */
export function homesInOrder<T extends { kind: string; nameEn: string; nameZh: string | null }>(locale: Locale, homes: readonly T[]): T[] {
  // A stable sort keeps the names' order within each group.
  return sortByName(locale, homes, (h) => placeName(locale, h)).sort((a, b) => Number(b.kind === "province") - Number(a.kind === "province"));
}

/**
 * Names listed in a sentence: "Coventry and Wakayama" / "考文垂、和歌山市". Chinese lists with the enumeration comma
 * throughout: Intl's "和" before the last name would read "考文垂和和歌山市".
 */
export function formatNameList(locale: Locale, names: string[]): string {
  return locale === "zh" ? names.join("、") : new Intl.ListFormat(intlLocale.en, { type: "conjunction" }).format(names);
}

const currencyNames = new Intl.DisplayNames([htmlLang.zh], { type: "currency" });

/** What a Chinese amount is counted in: 元 for renminbi ("2.4亿元"), else the currency's name ("欧元", "美元"). */
function chineseCurrencyName(currency: string): string {
  return currency === "CNY" ? "元" : (currencyNames.of(currency) ?? currency);
}

/**
 * Exact money from its numeric string: no float ever touches the amount's digits (Intl formats a numeric string digit
 * for digit, Intl.NumberFormat v3).
 *
 * English: whole amounts show no minor units ("€240,000,000"); others show the currency's own ("€10,000,000.50").
 * Chinese: amounts counted in 万 and 亿 as Chinese writes them, the currency named after ("2.4亿欧元", "3000万欧元",
 * "2.4亿元" in renminbi), as long as that stays exact and short (at most four decimals before 万 or 亿); else all the
 * digits ("5000欧元", "10,000,000.50欧元").
 */
export function formatMoney(locale: Locale, amount: string, currency: string): string {
  const value = amount as Intl.StringNumericLiteral;
  const whole = !/\.\d*[1-9]/.test(amount);
  if (locale === "en") {
    return new Intl.NumberFormat(intlLocale.en, { style: "currency", currency, ...(whole ? { maximumFractionDigits: 0 } : {}) }).format(value);
  }
  const name = chineseCurrencyName(currency);
  if (whole && Number(amount) >= 10_000) {
    const compact = (maximumFractionDigits: number) =>
      new Intl.NumberFormat(intlLocale.zh, { notation: "compact", maximumFractionDigits, roundingMode: "trunc" }).format(value);
    const exact = new Intl.NumberFormat(intlLocale.zh, { notation: "compact", maximumSignificantDigits: 21 }).format(value);
    // Truncated to four decimals and still equal to every digit: short and exact ("2.405亿", never a rounded "2.4亿").
    if (compact(4) === exact) return `${exact}${name}`;
  }
  const digits = new Intl.NumberFormat(intlLocale.zh, {
    style: "currency",
    currency,
    currencyDisplay: "code",
    // Chinese groups no four-digit amount ("5000欧元"), as the 万 it counts in is four digits.
    useGrouping: "min2",
    ...(whole ? { maximumFractionDigits: 0 } : {}),
  })
    .formatToParts(value)
    .filter((part) => part.type !== "currency" && part.type !== "literal")
    .map((part) => part.value)
    .join("");
  return `${digits}${name}`;
}
