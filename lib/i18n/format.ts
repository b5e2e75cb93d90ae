import type { Locale } from "@/i18n/routing";
import { htmlLang } from "./content";

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

/**
 * Exact money from its numeric string: no float ever touches the amount's digits. Whole amounts show no minor units
 * ("€240,000,000"); others show the currency's own ("€10,000,000.50"), never rounded to a whole unit.
 */
export function formatMoney(locale: Locale, amount: string, currency: string): string {
  const whole = !/\.\d*[1-9]/.test(amount);
  return new Intl.NumberFormat(intlLocale[locale], { style: "currency", currency, ...(whole ? { maximumFractionDigits: 0 } : {}) }).format(
    // Intl formats a numeric string exactly (Intl.NumberFormat v3), digit for digit.
    amount as Intl.StringNumericLiteral,
  );
}
