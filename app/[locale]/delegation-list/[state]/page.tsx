import type { Metadata } from "next";
import { DelegationsView, delegationsMetadata } from "@/components/public/delegations-view";
import { loadDelegationList } from "@/lib/kinds/delegation/public";
import { listQuery, publicList } from "@/lib/public-page";

export const revalidate = 3600;

/** Every state is rendered when first asked for, then cached: nothing at build time, which has no database. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/delegation-list/[state]">): Promise<Metadata> {
  const { locale, state } = await publicList(params, "delegations");
  return delegationsMetadata(locale, await listQuery(params, "delegations"), (await loadDelegationList(state)).result);
}

/** /delegations?… as proxy.ts rewrites it: the filter and page are the segment (direction=incoming&page=2). */
export default async function DelegationsStatePage({ params }: PageProps<"/[locale]/delegation-list/[state]">) {
  const { locale, state } = await publicList(params, "delegations");
  return <DelegationsView locale={locale} filter={state} {...await loadDelegationList(state)} />;
}
