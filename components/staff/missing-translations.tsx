import { fieldId } from "@/components/ui/field";
import { staffText } from "@/lib/i18n/staff";
import { staffLocale } from "@/lib/i18n/staff-locale";
import type { RecordKind } from "@/lib/kinds";
import { translationLabels, type MissingTranslations } from "@/lib/records/translations";

/**
 * A record's public texts that lack a translation, by language: each named as its form labels it and linked to that
 * field, and what the public pages show meanwhile. Nothing when every text is in both languages.
 */
export function MissingTranslationsList({ kind, missing }: { kind: RecordKind; missing: MissingTranslations }) {
  const t = staffText("Translations");
  const languages = (["zh", "en"] as const).filter((language) => missing[language].length);
  if (!languages.length) return null;
  return (
    <section aria-labelledby="translation" className="mb-6 rounded-lg border border-sky-300 bg-sky-50 p-4 text-slate-900">
      <h2 id="translation" className="text-lg font-semibold text-slate-800">
        {t("heading")}
      </h2>
      {languages.map((language) => {
        const labels = translationLabels(kind, missing[language]);
        return (
          <div key={language} className="mt-2">
            <p>
              {/* "Missing Chinese: Title in Chinese", "缺少中文：中文标题" (no space after a full-width colon). */}
              <span className="font-medium">{t(`missing.${language}`)}</span>
              {staffLocale() === "zh" ? "" : " "}
              {missing[language].map((field, i) => (
                <span key={field}>
                  {i > 0 && t("listSeparator")}
                  <a href={`#${fieldId(field)}`} className="text-brand-700 underline">
                    {labels[i]}
                  </a>
                </span>
              ))}
            </p>
            <p className="text-sm text-slate-700">{t(`hint.${language}`)}</p>
          </div>
        );
      })}
    </section>
  );
}
