import type { Metadata } from "next";
import { DelegationsView, delegationsMetadata } from "@/components/public/delegations-view";
import { loadDelegationList } from "@/lib/kinds/delegation/public";
import { listQuery, publicList, publicLocale } from "@/lib/public-page";

export const revalidate = 3600;

/** Every filter is rendered when first asked for, then cached: nothing at build time, which has no database. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/delegation-list/[state]">): Promise<Metadata> {
  return delegationsMetadata(await publicLocale(params), await listQuery(params, "delegations"));
}

/** /delegations?… as proxy.ts rewrites it: the filter is the segment (direction=incoming&year=2021). */
export default async function DelegationsStatePage({ params }: PageProps<"/[locale]/delegation-list/[state]">) {
  const { locale, state } = await publicList(params, "delegations");
  return <DelegationsView locale={locale} filter={state} {...await loadDelegationList(state)} />;
}
