import type { Metadata } from "next";
import { AgreementsView, agreementsMetadata } from "@/components/public/agreements-view";
import { loadAgreementRegister } from "@/lib/kinds/agreement/public";
import { publicLocale } from "@/lib/public-page";

/** Cached, and revalidated by tag when staff change what it shows; hourly too, for what depends on the date. */
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/agreements">): Promise<Metadata> {
  return agreementsMetadata(await publicLocale(params));
}

export default async function AgreementsPage({ params }: PageProps<"/[locale]/agreements">) {
  const locale = await publicLocale(params, "/agreements");
  return <AgreementsView locale={locale} items={await loadAgreementRegister()} />;
}
