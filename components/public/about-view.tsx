import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { partnershipStatuses, partnershipTypes } from "@/lib/enums";
import { OfficeContact } from "@/components/public/office-contact";
import { officeContact } from "@/lib/env";
import { sectionMetadata } from "@/lib/i18n/metadata";

export function aboutMetadata(locale: Locale): Promise<Metadata> {
  return sectionMetadata(locale, "About", "/about");
}

/** About the portal (/about): the kinds of tie, their statuses, dates and sources. Static: no database. */
export async function AboutView({ locale }: { locale: Locale }) {
  const [t, types, statuses] = await Promise.all([
    getTranslations({ locale, namespace: "About" }),
    getTranslations({ locale, namespace: "Types" }),
    getTranslations({ locale, namespace: "Statuses" }),
  ]);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-brand-800">{t("title")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("intro")}</p>
      <h2 className="mt-10 font-serif text-2xl font-semibold text-brand-800">{t("typesHeading")}</h2>
      <dl className="mt-4 space-y-4">
        {partnershipTypes.map((type) => (
          <div key={type}>
            <dt className="font-semibold text-slate-900">{types(type)}</dt>
            <dd className="mt-1 text-slate-700">{t(`types.${type}`)}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-10 font-serif text-2xl font-semibold text-brand-800">{t("statusesHeading")}</h2>
      <dl className="mt-4 space-y-4">
        {partnershipStatuses.map((status) => (
          <div key={status}>
            <dt className="font-semibold text-slate-900">{statuses(status)}</dt>
            <dd className="mt-1 text-slate-700">{t(`statuses.${status}`)}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-10 font-serif text-2xl font-semibold text-brand-800">{t("datesHeading")}</h2>
      <p className="mt-4 text-slate-700">{t("dates")}</p>
      <h2 className="mt-10 font-serif text-2xl font-semibold text-brand-800">{t("sourcesHeading")}</h2>
      <p className="mt-4 text-slate-700">{t("sources")}</p>
      <h2 className="mt-10 font-serif text-2xl font-semibold text-brand-800">{t("contactHeading")}</h2>
      <OfficeContact locale={locale} contact={officeContact()} className="mt-4 text-slate-700" />
      <p className="mt-8">
        <Link href="/partners" className="text-brand-700 underline">{t("browse")}</Link>
      </p>
    </main>
  );
}
