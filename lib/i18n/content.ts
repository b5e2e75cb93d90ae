import type { Locale } from "@/i18n/routing";

export const htmlLang: Record<Locale, string> = { en: "en", zh: "zh-Hans" };

/** A text in one language, saying which, and whether it stands in for the reader's own (a fallback to mark). */
export interface Localized {
  text: string;
  lang: Locale;
  fallback: boolean;
}

/** A bilingual content field in the reader's language: Chinese when it exists, else English, saying which it is. */
export function pick(locale: Locale, en: string | null | undefined, zh: string | null | undefined): Localized | null {
  const [ownText, otherText] = locale === "zh" ? [zh?.trim(), en?.trim()] : [en?.trim(), zh?.trim()];
  if (ownText) return { text: ownText, lang: locale, fallback: false };
  if (otherText) return { text: otherText, lang: locale === "zh" ? "en" : "zh", fallback: true };
  return null;
}

/** A place's name for the reader: its Chinese name on Chinese pages when known (for titles and labels: plain text). */
export function placeName(locale: Locale, place: { nameEn: string; nameZh: string | null }): string {
  return placeNameIn(locale, place).text;
}

/**
 * The same, saying its language: a place with no Chinese name keeps its Latin one on a Chinese page, with lang="en"
 * (a proper name, not a translation missing, so it is not marked as a fallback; components/public/localized-text.tsx).
 */
export function placeNameIn(locale: Locale, place: { nameEn: string; nameZh: string | null }): Localized {
  return locale === "zh" && place.nameZh?.trim() ? { text: place.nameZh.trim(), lang: "zh", fallback: false } : { text: place.nameEn, lang: "en", fallback: false };
}

/**
 * A place's region ("Uusimaa" / "新地区"): the Chinese name on Chinese pages when the place has one, else the English,
 * saying which. Null when the place records none. (`regionZh` is optional until every reader selects it.)
 */
export function regionName(locale: Locale, place: { regionEn: string | null; regionZh?: string | null }): Localized | null {
  const value = pick(locale, place.regionEn, place.regionZh);
  // A region is a proper name: shown in Latin when it has no Chinese one, but not marked as a missing translation.
  return value && { ...value, fallback: false };
}

/**
 * How a tie is named in titles: "Jinan – Vantaa" / "济南市—万塔". Chinese joins two places with the 一字线 of GB/T 15834
 * ("北京—上海"), without spaces; English with a spaced en dash.
 */
export const tieJoin: Record<Locale, string> = { en: " – ", zh: "—" };

export function tieTitle(
  locale: Locale,
  home: { nameEn: string; nameZh: string | null },
  partner: { nameEn: string; nameZh: string | null },
): string {
  return `${placeName(locale, home)}${tieJoin[locale]}${placeName(locale, partner)}`;
}

/** A place with its country, as a label says it: "Shimonoseki, Japan" / "日本下关市" (Chinese: country first, no comma). */
export function placeWithCountry(locale: Locale, name: string, country: string): string {
  return locale === "zh" ? `${country}${name}` : `${name}, ${country}`;
}

/** A label's colon: full-width in Chinese, without a space after ("签署人："). */
export const colon: Record<Locale, string> = { en: ": ", zh: "：" };

/** A parenthesis after a word: " (2)" in English, "（2）" in Chinese, which takes full-width brackets and no space. */
export function parenthetical(locale: Locale, text: string): string {
  return locale === "zh" ? `（${text}）` : ` (${text})`;
}
