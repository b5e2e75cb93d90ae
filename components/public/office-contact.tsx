import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { OfficeContact as Contact } from "@/lib/env";
import { htmlLang } from "@/lib/i18n/content";

/**
 * How to reach the office (AMITY_OFFICE_*), in the footer and on the About page. Unconfigured, the demo's stand-in
 * address says that it is one.
 */
export async function OfficeContact({ locale, contact, className }: { locale: Locale; contact: Contact; className?: string }) {
  const t = await getTranslations({ locale, namespace: "Site" });
  const address = locale === "zh" ? contact.addressZh : contact.addressEn;
  return (
    <address className={`not-italic ${className ?? ""}`}>
      <span className="font-medium text-slate-800">{t("office")}</span>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        <dt className="text-slate-600">{t("address")}</dt>
        <dd lang={/[\u3400-\u9fff]/.test(address) ? htmlLang.zh : "en"}>{address}</dd>
        {contact.phone && (
          <>
            <dt className="text-slate-600">{t("phone")}</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/[^+0-9]/g, "")}`} className="text-brand-700 underline">{contact.phone}</a>
            </dd>
          </>
        )}
        {contact.email && (
          <>
            <dt className="text-slate-600">{t("email")}</dt>
            <dd>
              <a href={`mailto:${contact.email}`} className="break-all text-brand-700 underline">{contact.email}</a>
            </dd>
          </>
        )}
      </dl>
      {contact.placeholder && <p className="mt-1 text-xs text-slate-600">{t("contactPlaceholder")}</p>}
    </address>
  );
}
