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

/** "Signatories: A (office); B (office)", with Chinese punctuation on Chinese pages. */
export function signatoryList(
  locale: Locale,
  label: string,
  people: { name: string; nameZh: string | null; office: string; officeZh: string | null }[],
): string {
  const zh = locale === "zh";
  const items = people.map((s) => {
    const name = zh && s.nameZh ? s.nameZh : s.name;
    const office = zh && s.officeZh ? s.officeZh : s.office;
    return zh ? `${name}（${office}）` : `${name} (${office})`;
  });
  return zh ? `${label}：${items.join("；")}` : `${label}: ${items.join("; ")}`;
}
