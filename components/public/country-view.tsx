import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { CountryGroup } from "@/lib/kinds/place/public";
import { directoryHref } from "@/lib/validation/directory";
import { placeName } from "@/lib/i18n/content";
import { PlaceName } from "@/components/public/localized-text";
import { countryNameIn, formatDateAt } from "@/lib/i18n/format";
import { alternates } from "@/lib/i18n/metadata";

export async function countryMetadata(locale: Locale, code: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Country" });
  const country = countryNameIn(locale, code);
  return { title: t("title", { country }), description: t("description", { country }), ...alternates(locale, `/countries/${code.toLowerCase()}`) };
}

/** The groups by their Shandong side: the province first, then its cities by name (in pinyin order in Chinese). */
function inOrder(locale: Locale, groups: CountryGroup[]): (CountryGroup & { name: string })[] {
  const collator = new Intl.Collator(locale === "zh" ? "zh-Hans-u-co-pinyin" : "en");
  return groups
    .map((g) => ({ ...g, name: placeName(locale, g) }))
    .sort((a, b) => Number(b.kind === "province") - Number(a.kind === "province") || collator.compare(a.name, b.name));
}

/**
 * A country's page (/countries/{code}): the office's ties with its places, by Shandong side, each side's oldest first.
 * A side with more than a few lists its oldest and links to the directory for all of them (filtered by the side and
 * the country, paged there), so that the page stays the same size however many ties there are.
 */
export async function CountryView({ locale, code, groups }: { locale: Locale; code: string; groups: CountryGroup[] }) {
  const [t, p, c, types] = await Promise.all([
    getTranslations({ locale, namespace: "Country" }),
    getTranslations({ locale, namespace: "Profile" }),
    getTranslations({ locale, namespace: "City" }),
    getTranslations({ locale, namespace: "Types" }),
  ]);
  const country = countryNameIn(locale, code);
  const total = groups.reduce((n, g) => n + g.count, 0);
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs
        label={p("breadcrumbs")}
        trail={[
          { href: "/", label: p("home") },
          { href: "/partners", label: p("partners") },
        ]}
        current={<>{country}</>}
      />
      <h1 className="mt-3 font-serif text-3xl font-semibold text-brand-800">{t("title", { country })}</h1>
      <p className="mt-2 text-lg text-slate-700">{c("partnerships", { count: total })}</p>
      {inOrder(locale, groups).map((group) => (
        <section key={group.slug} aria-labelledby={`home-${group.slug}`} className="mt-8">
          <h2 id={`home-${group.slug}`} className="text-xl font-semibold text-brand-800">
            <Link href={`/cities/${group.slug}`} className="underline-offset-2 hover:underline">{group.name}</Link>
          </h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {group.ties.map((item) => (
              <li key={item.slug} className="flex flex-wrap justify-between gap-2 py-2">
                <Link href={`/partners/${item.slug}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  <PlaceName locale={locale} place={{ nameEn: item.partnerNameEn, nameZh: item.partnerNameZh }} />
                </Link>
                <span className="text-sm text-slate-600">
                  {types(item.type)}
                  {item.establishedOn ? ` · ${formatDateAt(locale, item.establishedOn, item.establishedPrecision)}` : ""}
                </span>
              </li>
            ))}
          </ul>
          {group.count > group.ties.length && (
            <p className="mt-2">
              <Link href={`/partners${directoryHref({ country: code, home: group.slug })}`} className="text-brand-700 underline">
                {t("allOfHome", { count: group.count, home: group.name, country })}
              </Link>
            </p>
          )}
        </section>
      ))}
    </main>
  );
}
