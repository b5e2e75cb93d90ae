import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { htmlLang, pick, placeNameIn, regionName, tieJoin, type Localized } from "@/lib/i18n/content";
import { countryNameIn } from "@/lib/i18n/format";
import { Markdown } from "./markdown";

/**
 * Text in the language it is written in: plain on a page of that language, else in a span that says so (lang="en" on
 * a Chinese page), so screen readers pronounce it right and a check can tell marked English from untranslated chrome.
 */
export function InLanguage({ locale, value }: { locale: Locale; value: Localized }) {
  return value.lang === locale ? <>{value.text}</> : <span lang={htmlLang[value.lang]}>{value.text}</span>;
}

/**
 * A bilingual content field: the reader's language when it exists, else the other one, visibly marked ("（英文）") so
 * a Chinese reader knows the text shown is the English original, never a translation.
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
  if (markdown) {
    return (
      <div className={className}>
        {value.fallback && <p className="mb-2 text-sm text-slate-600">{t("fallbackBlock")}</p>}
        <div lang={htmlLang[value.lang]}>
          <Markdown source={value.text} />
        </div>
      </div>
    );
  }
  return (
    <Tag className={className}>
      <span lang={htmlLang[value.lang]}>{value.text}</span>
      {value.fallback && <span className="text-sm text-slate-600">{t("fallbackInline")}</span>}
    </Tag>
  );
}

/**
 * Chinese text that names something in Latin letters it has no Chinese name for ("EIN Presswire新闻稿"): each Latin
 * run is marked lang="en", as a proper name, so it is read (and checked) as the foreign name it is.
 */
export function WithLatinNames({ text }: { text: string }) {
  const parts = text.split(/([\p{Script=Latin}\d][\p{Script=Latin}\d '’.&/-]*[\p{Script=Latin}\d]|\p{Script=Latin})/u);
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 && /\p{Script=Latin}/u.test(part) ? <span key={i} lang="en">{part}</span> : part))}
    </>
  );
}

type Named = { nameEn: string; nameZh: string | null };

/** A place's name: Chinese on Chinese pages when it has one, else its Latin name marked lang="en" (a proper name). */
export function PlaceName({ locale, place }: { locale: Locale; place: Named }) {
  return <InLanguage locale={locale} value={placeNameIn(locale, place)} />;
}

/** A tie as lists and headings name it: "Jinan – Vantaa" / "济南市—万塔". */
export function TieName({ locale, home, partner }: { locale: Locale; home: Named; partner: Named }) {
  return (
    <>
      <PlaceName locale={locale} place={home} />
      {tieJoin[locale]}
      <PlaceName locale={locale} place={partner} />
    </>
  );
}

/** A region's name, in Chinese when the place has one, else marked as the Latin name it is. */
export function RegionName({ locale, place }: { locale: Locale; place: { regionEn: string | null; regionZh?: string | null } }) {
  const region = regionName(locale, place);
  return region && <InLanguage locale={locale} value={region} />;
}

/**
 * Where a place is, under its name. English: "City in Finland · Uusimaa". Chinese writes the place's address the
 * Chinese way, country then region with nothing between ("芬兰新地区", "中国山东省", "日本"), and leaves out the kind,
 * which the Chinese name carries (山口县, 巴伐利亚州, 济南市); a region with no Chinese name follows after " · ".
 */
export async function PlaceLocation({
  locale,
  place,
}: {
  locale: Locale;
  place: { kind: string; countryCode: string; regionEn: string | null; regionZh?: string | null };
}) {
  const t = await getTranslations({ locale, namespace: "City" });
  const country = countryNameIn(locale, place.countryCode);
  const region = regionName(locale, place);
  const lead = locale === "zh" ? country : t("inCountry", { kind: t(place.kind as "city"), country });
  if (!region) return <>{lead}</>;
  if (locale === "zh" && region.lang === "zh") return <>{`${country}${region.text}`}</>;
  return (
    <>
      {lead} · <InLanguage locale={locale} value={region} />
    </>
  );
}

/**
 * "Signatories: A (office); B (office)", with Chinese punctuation on Chinese pages, and any name or office that has no
 * Chinese marked lang="en" (a name is a proper name; an office title is shown as the source gives it).
 */
export function Signatories({
  locale,
  label,
  people,
}: {
  locale: Locale;
  label: string;
  people: { name: string; nameZh: string | null; office: string; officeZh: string | null }[];
}) {
  const zh = locale === "zh";
  const [colon, open, close, separator] = zh ? ["：", "（", "）", "；"] : [": ", " (", ")", "; "];
  return (
    <>
      {label}
      {colon}
      {people.map((s, i) => {
        const name = pick(locale, s.name, s.nameZh);
        const office = pick(locale, s.office, s.officeZh);
        return (
          <span key={i}>
            {i > 0 && separator}
            {name && <InLanguage locale={locale} value={name} />}
            {office && (
              <>
                {open}
                <InLanguage locale={locale} value={office} />
                {close}
              </>
            )}
          </span>
        );
      })}
    </>
  );
}
