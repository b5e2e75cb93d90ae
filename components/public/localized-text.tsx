import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { htmlLang, pick } from "@/lib/i18n/content";
import { Markdown } from "./markdown";

/**
 * A bilingual content field: the reader's language when it exists, else the other one, marked with its language so a
 * Chinese reader knows the text shown is the English original (and screen readers pronounce it right).
 */
export async function LocalizedText({
  locale,
  en,
  zh,
  as: Tag = "p",
  markdown = false,
  className,
}: {
  locale: Locale;
  en: string | null | undefined;
  zh: string | null | undefined;
  as?: "p" | "div" | "span";
  markdown?: boolean;
  className?: string;
}) {
  const value = pick(locale, en, zh);
  if (!value) return null;
  const t = await getTranslations({ locale, namespace: "Site" });
  const marker = value.fallback ? (
    <span lang={htmlLang[locale]} className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 align-middle text-xs text-slate-600">
      {t("englishText")}
    </span>
  ) : null;
  if (markdown) {
    return (
      <div className={className}>
        {marker && <p className="mb-2">{marker}</p>}
        <div lang={htmlLang[value.lang]}>
          <Markdown source={value.text} />
        </div>
      </div>
    );
  }
  return (
    <Tag className={className}>
      <span lang={htmlLang[value.lang]}>{value.text}</span>
      {marker}
    </Tag>
  );
}
