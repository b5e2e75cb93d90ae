import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { PublicTie } from "@/lib/data/ties";
import { TieName } from "@/components/public/localized-text";
import { countryNameIn, formatDateAt } from "@/lib/i18n/format";
import { alternates } from "@/lib/i18n/metadata";

export async function countryMetadata(locale: Locale, code: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Country" });
  const country = countryNameIn(locale, code);
  return { title: t("title", { country }), description: t("description", { country }), ...alternates(locale, `/countries/${code.toLowerCase()}`) };
}

/** A country's page (/countries/{code}): the office's ties with its places, oldest first. */
export async function CountryView({ locale, code, ties }: { locale: Locale; code: string; ties: PublicTie[] }) {
  const [t, p, types] = await Promise.all([
    getTranslations({ locale, namespace: "Country" }),
    getTranslations({ locale, namespace: "Profile" }),
    getTranslations({ locale, namespace: "Types" }),
  ]);
  const country = countryNameIn(locale, code);
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
      <ul className="mt-6 divide-y divide-slate-100">
        {ties.map((item) => (
          <li key={item.slug} className="flex flex-wrap justify-between gap-2 py-2">
            <Link href={`/partners/${item.slug}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              <TieName locale={locale} home={{ nameEn: item.homeNameEn, nameZh: item.homeNameZh }} partner={{ nameEn: item.partnerNameEn, nameZh: item.partnerNameZh }} />
            </Link>
            <span className="text-sm text-slate-600">
              {types(item.type)}
              {item.establishedOn ? ` · ${formatDateAt(locale, item.establishedOn, item.establishedPrecision)}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
