import type { Metadata } from "next";
import { AgreementsView, agreementsMetadata } from "@/components/public/agreements-view";
import { loadAgreementRegister } from "@/lib/kinds/agreement/public";
import { publicList } from "@/lib/public-page";

export const revalidate = 3600;

/** Every page is rendered when first asked for, then cached: nothing at build time, which has no database. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/agreement-list/[state]">): Promise<Metadata> {
  const { locale, state } = await publicList(params, "agreements");
  return agreementsMetadata(locale, await loadAgreementRegister(state.page));
}

/** /agreements?page=… as proxy.ts rewrites it: the page is the segment (page=2). */
export default async function AgreementsStatePage({ params }: PageProps<"/[locale]/agreement-list/[state]">) {
  const { locale, state } = await publicList(params, "agreements");
  return <AgreementsView locale={locale} result={await loadAgreementRegister(state.page)} />;
}
