import type { Locale } from "@/i18n/routing";

export const htmlLang: Record<Locale, string> = { en: "en", zh: "zh-Hans" };

/** A bilingual content field in the reader's language: Chinese when it exists, else English, saying which it is. */
export function pick(locale: Locale, en: string | null | undefined, zh: string | null | undefined) {
  if (locale === "zh" && zh) return { text: zh, lang: "zh" as const, fallback: false };
  if (en) return { text: en, lang: "en" as const, fallback: locale === "zh" };
  if (zh) return { text: zh, lang: "zh" as const, fallback: locale === "en" };
  return null;
}

/** A place's name for the reader: its Chinese name on Chinese pages when known. */
export function placeName(locale: Locale, place: { nameEn: string; nameZh: string | null }): string {
  return locale === "zh" && place.nameZh ? place.nameZh : place.nameEn;
}
