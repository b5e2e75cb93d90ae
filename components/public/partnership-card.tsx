import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { TieName } from "@/components/public/localized-text";
import { countryNameIn, formatDateAt } from "@/lib/i18n/format";

export interface CardPartnership {
  slug: string;
  type: "sister_city" | "friendly_cooperation" | "province_state";
  establishedOn: string | null;
  establishedPrecision: "year" | "month" | "day" | null;
  homeNameEn: string;
  homeNameZh: string | null;
  partnerNameEn: string;
  partnerNameZh: string | null;
  countryCode: string;
}

export async function PartnershipCard({ locale, item, note }: { locale: Locale; item: CardPartnership; note?: string }) {
  const t = await getTranslations({ locale, namespace: "Types" });
  const since = formatDateAt(locale, item.establishedOn, item.establishedPrecision);
  return (
    <li className="rounded-lg border border-slate-200 p-4 hover:border-brand-600">
      <Link href={`/partners/${item.slug}`} className="block">
        <span className="block font-semibold text-brand-800 underline-offset-2 hover:underline">
          <TieName locale={locale} home={{ nameEn: item.homeNameEn, nameZh: item.homeNameZh }} partner={{ nameEn: item.partnerNameEn, nameZh: item.partnerNameZh }} />
        </span>
        <span className="mt-1 block text-sm text-slate-600">
          {countryNameIn(locale, item.countryCode)} · {t(item.type)}
          {since ? ` · ${since}` : ""}
        </span>
        {note && <span className="mt-2 block text-sm font-medium text-accent-600">{note}</span>}
      </Link>
    </li>
  );
}
