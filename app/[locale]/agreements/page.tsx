import type { Metadata } from "next";
import { AgreementsView, agreementsMetadata } from "@/components/public/agreements-view";
import { loadAgreementRegister } from "@/lib/kinds/agreement/public";
import { publicList, publicLocale } from "@/lib/public-page";

/** Cached, and revalidated by tag when staff change what it shows; hourly too, for what depends on the date. */
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/agreements">): Promise<Metadata> {
  return agreementsMetadata(await publicLocale(params));
}

/** The register's first page; a later one is served by /[locale]/agreement-list/[state] (proxy.ts). */
export default async function AgreementsPage({ params }: PageProps<"/[locale]/agreements">) {
  const { locale, state } = await publicList(params, "agreements");
  return <AgreementsView locale={locale} result={await loadAgreementRegister(state.page)} />;
}
